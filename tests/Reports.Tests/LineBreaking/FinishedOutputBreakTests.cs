using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Reports.Compose;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Rendering.Pdf;
using Reports.Samples;
using Reports.Tests.Compose;
using Reports.Tests.Rendering;
using Reports.Tests.Support;
using Xunit;
using Xunit.Abstractions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Tests.LineBreaking;

/// <summary>
/// Issue 13, read from the finished files: in the PDF (PdfPig) no printed line ends inside a document number,
/// a number and its unit, a date's day and month or a period phrase, on every fixture and 200 samples; in the
/// DOCX the same pieces carry no-break spaces and hyphens, so Word keeps them too. The pieces are found here
/// by patterns of their own, not by the code under test; text in tables is left out (a narrow header cell
/// may wrap "TH 6 tháng" / "đầu năm 2024").
/// </summary>
public sealed partial class FinishedOutputBreakTests(ITestOutputHelper output)
{
    public static TheoryData<string> Fixtures => TestPaths.FixtureNames();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_pdfs_print_every_protected_piece_on_one_line(string fixture)
    {
        foreach (var document in Composed.Documents(Composed.Data(fixture)))
        {
            var pieces = ProtectedPieces(document);
            Assert.Contains(pieces, p => Period().IsMatch(p));
            Assert.Empty(Broken(document, Rendering.Pdf.PdfTestSupport.Renderer));
        }
    }

    [Fact]
    public void Two_hundred_sample_pdfs_print_every_protected_piece_on_one_line()
    {
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var failures = new ConcurrentBag<string>();
        var samples = SampleGenerator.Many(200).ToList();
        // One worker a core: composing has a time limit per template, which an oversubscribed machine could reach.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(samples, options, () => new PdfRenderer(Rendering.Pdf.PdfTestSupport.Options), (sample, _, renderer) =>
        {
            var data = DataFileLoader.Load(sample.FileName, Encoding.UTF8.GetBytes(sample.Text)).Data!;
            foreach (var document in Composed.Documents(data))
            {
                foreach (var broken in Broken(document, renderer)) failures.Add($"{sample.FileName}: {broken}");
            }
            return renderer;
        }, _ => { });
        output.WriteLine($"{samples.Count} samples, report and article PDFs, rendered and read back in {watch.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of processor time)");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_docx_glues_every_protected_piece(string fixture)
    {
        var document = Composed.Report(fixture);
        using var docx = DocxReading.Open(DocxReading.Renderer.Render(document));
        var xml = DocxReading.BodyText(docx);
        var pieces = ProtectedPieces(document);
        Assert.NotEmpty(pieces);
        foreach (var group in pieces.GroupBy(p => p))
        {
            var glued = group.Key.Replace(' ', '\u00A0').Replace('-', '\u2011');
            Assert.True(Count(xml, glued) >= group.Count(), $"\"{group.Key}\" is not glued in the DOCX");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_pdf_subject_lines_are_centred_and_balanced(string fixture)
    {
        var document = Composed.Report(fixture);
        var expected = document.Title!.Subject.Split('\n');
        var lines = PdfFacts.Lines(Rendering.Pdf.PdfTestSupport.Renderer.Render(document))[0];
        var start = lines.ToList().FindIndex(l => l.Text == "BÁO CÁO") + 1;
        Assert.True(start > 0);
        var subject = lines.Skip(start).Take(expected.Length).ToList();
        Assert.Equal(expected, subject.Select(l => l.Text));
        var presentation = document.Presentation;
        var centre = (presentation.MarginLeftMm + (presentation.PageWidthMm - presentation.MarginLeftMm - presentation.MarginRightMm) / 2) * 72 / 25.4;
        Assert.All(subject, l => Assert.InRange((l.Left + l.Right) / 2, centre - 2, centre + 2));
        if (subject.Count > 1)
        {
            var widths = subject.Select(l => l.Right - l.Left).ToList();
            Assert.True(widths.Min() >= 0.6 * widths.Max(), $"unbalanced subject lines: {string.Join(" | ", subject.Select(l => l.Text))}");
        }
    }

    [Fact]
    public void The_draft_fixture_pdf_leaves_the_number_and_the_day_blank()
    {
        var document = Composed.Report("dang-uy-xa-o-dien-q3-2025.yaml");
        using var pdf = PdfFacts.Open(Rendering.Pdf.PdfTestSupport.Renderer.Render(document));
        var words = pdf.GetPage(1).GetWords().ToList();
        // Room for a handwritten number between "Số" and "-BC/ĐU", and for a day between "ngày" and "tháng".
        double Gap(string before, string after)
        {
            var left = words.First(w => w.Text == before);
            var right = words.First(w => w.Text == after && Math.Abs(w.BoundingBox.Bottom - left.BoundingBox.Bottom) < 1);
            return right.BoundingBox.Left - left.BoundingBox.Right;
        }
        Assert.True(Gap("Số", "-BC/ĐU") >= 15, "no blank for the number");
        Assert.True(Gap("ngày", "tháng") >= 15, "no blank for the day");
        Assert.Contains(words, w => w.Text == "THẢO");
    }

    [Theory]
    [InlineData("theo Quy định số 11-QĐ/TW ngày 11/7/2023 của Bộ Chính trị", "11-QĐ/TW|ngày 11/7/2023")]
    [InlineData("Số: 05/BC-UBND", "Số: 05/BC-UBND")]
    [InlineData("thu 187,5 tỷ đồng, ngày 04 tháng 4", "187,5 tỷ|ngày 04 tháng 4")]
    [InlineData("quý II năm 2024, 6 tháng đầu năm, 9 tháng năm 2025", "quý II năm 2024|6 tháng đầu năm|9 tháng năm 2025")]
    public void The_patterns_find_the_issue_examples(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Pieces(text));

    /// <summary>The protected pieces of a document's text outside tables: body, letterhead lines, subject, article title.</summary>
    private static List<string> ProtectedPieces(ReportDocument document)
    {
        var texts = document.Body.SelectMany(block => block switch
        {
            Heading h => [h.Content.PlainText()],
            Reports.Document.Paragraph p => [p.Content.PlainText()],
            BulletList l => l.Items.Select(i => i.PlainText()),
            _ => [],
        }).Concat(new[] { document.Letterhead?.NumberAndSymbol, document.Letterhead?.PlaceAndDate, document.Title?.Subject, document.ArticleHeader?.Title }.OfType<string>());
        return texts.SelectMany(Pieces).ToList();
    }

    /// <summary>The pieces of one text, its line breaks read as spaces.</summary>
    private static IEnumerable<string> Pieces(string text)
    {
        var flat = Spaces().Replace(text, " ");
        return Protected().Matches(flat).Select(m => m.Value);
    }

    /// <summary>The protected pieces the finished PDF does not print whole on a line as often as the text has them.</summary>
    private static IEnumerable<string> Broken(ReportDocument document, PdfRenderer renderer)
    {
        var lines = PdfFacts.Lines(renderer.Render(document)).SelectMany(p => p).Select(l => l.Text).ToList();
        foreach (var group in ProtectedPieces(document).GroupBy(p => p))
        {
            var whole = lines.Sum(l => Count(l, group.Key));
            if (whole < group.Count()) yield return $"\"{group.Key}\" broken across lines ({whole} of {group.Count()} whole)";
        }
    }

    private static int Count(string text, string piece)
    {
        var count = 0;
        for (var at = text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = text.IndexOf(piece, at + piece.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// A document number ("11-QĐ/TW", "30/2020/NĐ-CP", "Số: 05/BC-UBND"), a number and a common unit
    /// ("187,5 tỷ", "46 đảng viên"), a day and month ("ngày 04 tháng 4", "ngày 11/7/2023") or a period.
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:"
        + @"(?:Số:? )?\d+(?:/\d+)*[-/]\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*"
        + @"|ngày \d{1,2} tháng \d{1,2}|ngày \d{1,2}/\d{1,2}(?:/\d{4})?"
        + @"|" + PeriodPattern
        + @"|(?<!(?:năm|tháng|ngày|quý|số|Điều|khoản) )\d+(?:[.,]\d+)* (?:tỷ|triệu|đảng viên|hộ|ha|vụ|lao động|xã)"
        + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Protected();

    private const string PeriodPattern =
        @"[Qq]uý (?:IV|I{1,3})(?: năm \d{4}|/\d{4})?|\d{1,2} tháng (?:đầu|cuối) năm(?: \d{4})?|\d{1,2} tháng năm \d{4}";

    [GeneratedRegex(PeriodPattern)]
    private static partial Regex Period();
}
