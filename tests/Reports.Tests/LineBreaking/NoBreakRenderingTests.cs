using System.Text;
using System.Text.RegularExpressions;
using Reports.Compose;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Rendering.Html;
using Reports.Rendering.Pdf.Layout;
using Reports.Samples;
using Reports.Tests.Compose;
using Reports.Tests.Rendering;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.LineBreaking;

/// <summary>
/// Issue 13: a document number, a number and its unit, a long date's day and month are never split across
/// lines, in the PDF's laid-out lines, the DOCX's marks and the HTML's spans, on every fixture and on 200
/// generated samples; and the PDF's text is the same characters as before, only its lines are different.
/// </summary>
public sealed partial class NoBreakRenderingTests
{
    public static TheoryData<string> Fixtures => TestPaths.FixtureNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixtures_keep_every_glued_piece_on_one_pdf_line_and_draw_the_same_text(string fixture)
    {
        foreach (var document in Composed.Documents(Composed.Data(fixture)))
        {
            if (DocumentNumber().IsMatch(string.Join("\n", document.Body.Select(b => b is Reports.Document.Paragraph p ? p.Content.PlainText() : ""))))
                Assert.Contains(NoBreakSpans.Of(document), s => DocumentNumber().IsMatch(s));
            AssertPdfLinesKeepGlue(document, fixture);
            Assert.Equal(DrawnCharacters(NoBreakSpans.Unmarked(document)), DrawnCharacters(document));
        }
    }

    [Fact]
    public void Two_hundred_samples_keep_every_glued_piece_on_one_pdf_line()
    {
        foreach (var (name, text) in SampleGenerator.Many(200))
        {
            var data = DataFileLoader.Load(name, Encoding.UTF8.GetBytes(text)).Data!;
            foreach (var document in Composed.Documents(data)) AssertPdfLinesKeepGlue(document, name);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Docx_glues_with_no_break_spaces_and_hyphens(string fixture)
    {
        var document = Composed.Report(fixture);
        using var docx = DocxReading.Open(DocxReading.Renderer.Render(document));
        var xml = DocxReading.BodyText(docx);
        var spans = NoBreakSpans.Of(document);
        Assert.NotEmpty(spans);
        foreach (var span in spans)
            Assert.Contains(span.Replace(' ', '\u00A0').Replace('-', '\u2011'), xml, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Html_wraps_each_glued_piece_in_a_nowrap_span(string fixture)
    {
        var document = Composed.Report(fixture);
        var html = new HtmlRenderer().RenderPage(document);
        Assert.Contains(".nowrap { white-space: nowrap; }", html, StringComparison.Ordinal);
        foreach (var span in NoBreakSpans.Of(document))
            Assert.Contains($"<span class=\"nowrap\">{span.Replace("&", "&amp;", StringComparison.Ordinal)}</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_portal_fragment_has_the_glued_text_plain_without_classes()
    {
        var article = new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data("dang-uy-xa-o-dien-q3-2025.yaml"))!.Document!;
        var spans = NoBreakSpans.Of(article).Except(NoBreakSpans.TitleSpans(article)).ToList();
        Assert.NotEmpty(spans);
        var fragment = new HtmlRenderer().RenderFragment(article);
        Assert.DoesNotContain("<span", fragment, StringComparison.Ordinal);
        Assert.All(spans, s => Assert.Contains(s, fragment, StringComparison.Ordinal));
    }

    /// <summary>Each glued piece stands whole on some line, as often as the body has it; nothing is drawn as U+00A0 or U+2011.</summary>
    private static void AssertPdfLinesKeepGlue(ReportDocument document, string name)
    {
        var pages = Renderer.Paginate(document);
        var items = pages.SelectMany(p => p.Texts).ToList();
        // (A draft's blanks for the handwritten number and day are U+00A0 of their own: "Số      -BC/ĐU",
        // "ngày      tháng 9".)
        var blank = new string('\u00A0', 6);
        Assert.DoesNotContain(items, t => (t.Text.Contains('\u00A0') && !t.Text.Contains(blank, StringComparison.Ordinal)) || t.Text.Contains('\u2011'));
        // A drawn chunk ends at a space, a change of style or the end of a line: "11-" was broken at its hyphen.
        var broken = items.Where(t => HyphenAfterNumber().IsMatch(t.Text)).Select(t => t.Text).ToList();
        Assert.True(broken.Count == 0, $"{name}: broken after a hyphen: {string.Join(" | ", broken)}");

        var lines = pages.SelectMany(p => Lines(p.Texts)).Select(LineText).ToList();
        foreach (var group in NoBreakSpans.Of(document).GroupBy(s => s))
        {
            var whole = lines.Sum(line => Occurrences(line, group.Key));
            Assert.True(whole >= group.Count(), $"{name}: \"{group.Key}\" is split across lines ({whole} of {group.Count()} whole)");
        }
    }

    private static int Occurrences(string text, string piece)
    {
        var count = 0;
        for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + piece.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    /// <summary>Every character the PDF draws below the top margin (not the page numbers), in order, without spaces.</summary>
    private static string DrawnCharacters(ReportDocument document)
    {
        var top = document.Presentation.MarginTopMm * PageSetup.PointsPerMillimetre;
        var drawn = string.Concat(Renderer.Paginate(document).SelectMany(p => p.Texts.Where(t => t.Baseline > top)).Select(t => t.Text));
        return string.Concat(drawn.Where(c => !char.IsWhiteSpace(c)));
    }

    [GeneratedRegex(@"\d-\s*$")]
    private static partial Regex HyphenAfterNumber();

    [GeneratedRegex(@"\d+-\p{Lu}+/\p{Lu}+")]
    private static partial Regex DocumentNumber();
}
