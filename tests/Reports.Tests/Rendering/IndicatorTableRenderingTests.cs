using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Rendering.Pdf.Layout;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Tests.Rendering.Pdf;
using Xunit;
using static Reports.Tests.Rendering.DocxReading;
using D = Reports.Document;
using DocTableLayout = Reports.Document.TableLayout;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Tests.Rendering;

/// <summary>
/// Each renderer obeys the page rules the layout step resolved for a table (<see cref="TableLayout"/>): the
/// caption above it, kept whole on a page when it fits, two rows at least on each side of a break, the
/// header repeated.
/// </summary>
public sealed class IndicatorTableRenderingTests
{
    private const string CaptionWord = "MOCTENBANG";

    private static readonly DocTableLayout Resolved = new(KeepTogether: true, MinRowsAtBreak: 2, RepeatHeader: true, CaptionSpaceAfterPt: 3, SpaceAfterPt: 12);

    private static string RowWord(int i) => "MOCHANG" + i.ToString("000", CultureInfo.InvariantCulture);

    private static D.Table IndicatorTable(int rows, DocTableLayout layout) => new(
        [new(ColumnAlignment.Center, 0.6), new(ColumnAlignment.Left, 4), new(ColumnAlignment.Right, 1.5), new(ColumnAlignment.Right, 1.5)],
        [SampleDocuments.Row("STT", "Chỉ tiêu", "TH quý I/2024", "TH/CK (%)")],
        Enumerable.Range(1, rows).Select(i => SampleDocuments.Row(i.ToString(CultureInfo.InvariantCulture), RowWord(i) + " chỉ tiêu", "187,5", "83%")).ToList())
    {
        Caption = Inlines.Plain($"Bảng 1. {CaptionWord} chỉ tiêu chủ yếu"),
        Layout = layout,
    };

    /// <summary>Filler lines of one line each, then the table, then a heading.</summary>
    private static ReportDocument Document(int fillerLines, D.Table table) => SampleDocuments.WithBody(
        [
            .. Enumerable.Range(0, fillerLines).Select(i => (Block)new D.Paragraph(Inlines.Plain("Dòng " + i))),
            table,
            new Heading(2, Inlines.Plain("3. Văn hóa - xã hội")),
        ]);

    // ---- DOCX ----------------------------------------------------------------------------------------

    private static (Paragraph? Caption, W.Table Table) Docx(ReportDocument document)
    {
        using var doc = Open(DocxReading.Renderer.Render(document));
        var table = doc.Body().Elements<W.Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle?.Val?.Value == DocxStyleIds.TableGrid);
        var caption = table.PreviousSibling() as Paragraph;
        Assert.NotNull(doc.Style(DocxStyleIds.TableCaption).StyleParagraphProperties!.KeepNext);
        return ((Paragraph?)caption?.CloneNode(true), (W.Table)table.CloneNode(true));
    }

    private static bool KeptWithNext(W.TableRow row) => row.Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null);

    [Fact]
    public void Docx_keeps_a_short_table_whole_with_its_caption_and_repeats_the_header()
    {
        var (caption, table) = Docx(Document(0, IndicatorTable(4, Resolved)));
        Assert.Equal(DocxStyleIds.TableCaption, caption!.StyleId());
        Assert.Contains(CaptionWord, caption!.InnerText);
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        // Every row but the last is kept with the next: Word moves the table whole when it fits on a page.
        Assert.All(rows.SkipLast(1), r => Assert.True(KeptWithNext(r)));
        Assert.False(KeptWithNext(rows[^1]));
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
    }

    [Fact]
    public void Docx_breaks_a_long_table_only_between_pairs_of_rows()
    {
        var (_, table) = Docx(Document(0, IndicatorTable(80, Resolved)));
        var body = table.Elements<W.TableRow>().Skip(1).ToList();
        // The first row goes with the second, the last but one with the last; the others may break.
        Assert.Equal([0, body.Count - 2], body.Select((r, i) => (r, i)).Where(x => KeptWithNext(x.r)).Select(x => x.i));
    }

    [Fact]
    public void Docx_leaves_the_space_the_layout_asks_for_after_the_table()
    {
        using var doc = Open(DocxReading.Renderer.Render(Document(0, IndicatorTable(3, Resolved with { SpaceAfterPt = 15 }))));
        var table = doc.Body().Elements<W.Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle?.Val?.Value == DocxStyleIds.TableGrid);
        var after = Assert.IsType<Paragraph>(table.NextSibling());
        Assert.Equal(DocxStyleIds.AfterTable, after.StyleId());
        Assert.Equal("300", after.ParagraphProperties!.SpacingBetweenLines!.Line!.Value); // 15 pt, exactly
    }

    // ---- HTML ----------------------------------------------------------------------------------------

    [Fact]
    public void Html_has_the_caption_and_the_css_that_keeps_the_table_whole()
    {
        var html = Encoding.UTF8.GetString(new HtmlRenderer().Render(Document(0, IndicatorTable(6, Resolved))));
        var page = new HtmlParser().ParseDocument(html);
        var table = Assert.Single(page.QuerySelectorAll("table.data"));
        Assert.Contains("keep", table.ClassList);
        Assert.Contains(CaptionWord, table.QuerySelector("caption")!.TextContent);
        Assert.Contains("margin-bottom: 12pt", table.GetAttribute("style"));
        Assert.Equal(["1", "5"], table.QuerySelectorAll("tbody tr.keep-next").Select(tr => tr.QuerySelector("td")!.TextContent));
        var css = Assert.Single(page.QuerySelectorAll("style")).TextContent;
        Assert.Contains("table.data.keep { break-inside: avoid;", css);
        Assert.Contains("table.data thead { display: table-header-group; }", css);
        Assert.Contains("table.data tr.keep-next { break-after: avoid;", css);
        Assert.Contains("table.data caption {", css);
    }

    // ---- PDF -----------------------------------------------------------------------------------------

    private static IReadOnlyList<LaidOutPage> Pages(ReportDocument document) => PdfTestSupport.Renderer.Paginate(document);

    private static int PageOf(IReadOnlyList<LaidOutPage> pages, string word) =>
        pages.Select((p, i) => (p, i)).Single(x => x.p.Texts.Any(t => t.Text.Contains(word, StringComparison.Ordinal))).i;

    private static int[] RowPages(IReadOnlyList<LaidOutPage> pages, int rows) =>
        Enumerable.Range(1, rows).Select(i => PageOf(pages, RowWord(i))).ToArray();

    [Fact]
    public void Pdf_moves_a_table_that_would_straddle_the_page_foot_whole_to_the_next_page()
    {
        // The first amount of filler at which the table, free to break, would straddle the foot of page 1.
        var lines = Enumerable.Range(0, 120).First(n =>
        {
            var loose = Pages(Document(n, IndicatorTable(4, D.TableLayout.Unresolved)));
            var at = RowPages(loose, 4);
            return at[0] != at[^1];
        });
        var pages = Pages(Document(lines, IndicatorTable(4, Resolved)));
        var caption = PageOf(pages, CaptionWord);
        Assert.Equal(PageOf(pages, "Dòng " + (lines - 1)) + 1, caption);
        Assert.All(RowPages(pages, 4), p => Assert.Equal(caption, p));
        // The header is on that page, right under the caption.
        Assert.Contains(pages[caption].Texts, t => t.Text == "STT");
    }

    [Fact]
    public void Pdf_splits_a_long_table_with_two_rows_at_least_on_each_side_and_the_header_repeated()
    {
        var stranded = false;
        foreach (var rows in new[] { 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50 })
        {
            foreach (var lines in new[] { 0, 5, 10, 15, 20 })
            {
                var loose = RowPages(Pages(Document(lines, IndicatorTable(rows, D.TableLayout.Unresolved))), rows);
                stranded |= loose.GroupBy(p => p).Any(g => g.Count() == 1);

                var pages = Pages(Document(lines, IndicatorTable(rows, Resolved)));
                var at = RowPages(pages, rows);
                Assert.True(at.Distinct().Count() > 1, "a long table breaks");
                Assert.All(at.GroupBy(p => p), g => Assert.True(g.Count() >= 2, $"{rows} rows after {lines} lines: page {g.Key} holds {g.Count()} row(s)"));
                Assert.Equal(at.OrderBy(p => p), at); // rows stay in order
                foreach (var page in at.Distinct())
                    Assert.Contains(pages[page].Texts, t => t.Text == "STT"); // the header on every page of the table
            }
        }
        Assert.True(stranded, "some layouts would leave a lone row without the rule");
    }
}
