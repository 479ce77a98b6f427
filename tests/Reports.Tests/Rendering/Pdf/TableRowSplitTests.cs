using Reports.Compose.Layout;
using Reports.Document;
using Reports.Tests.Compose;
using Reports.Tests.Support;
using Reports.Typography;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>
/// Issue 13: a long table row that reaches the page foot fills the page and continues on the next one under
/// the repeated header, at least two lines on each side; a short row still moves whole. Read back from the
/// finished PDF with PdfPig and from the DOCX's row properties.
/// </summary>
public sealed class TableRowSplitTests
{
    private const string Fixture = "huyen-uy-dan-phuong-q1-2024.yaml";
    private const string HeaderWord = "Nội dung nhiệm vụ";

    private static ITextMeasurer Measurer => new FontMeasurer(Fonts);

    /// <summary>The fixture's report with its body replaced: <paramref name="lead"/> paragraphs, then the table, resolved by the layout step.</summary>
    private static ReportDocument WithTable(int lead, params TableRow[] rows)
    {
        var report = Composed.Report(Fixture);
        var header = new TableRow([Cell("STT"), Cell(HeaderWord), Cell("Chủ trì")]);
        var table = new Table(
            [new TableColumn(ColumnAlignment.Center, 1), new TableColumn(ColumnAlignment.Left, 6), new TableColumn(ColumnAlignment.Left, 2)],
            [header], rows);
        var body = Enumerable.Range(0, lead).Select(i => (Block)new Paragraph([new Text(Words(60, i) + (i == lead - 1 ? " [cuối]" : ""))]))
            .Append(table).ToList();
        var (resolved, presentation) = TableRules.Apply(body, report.Presentation, Measurer);
        return report with { Body = resolved, Presentation = presentation };
    }

    private static TableCell Cell(string text) => new([new Text(text)]);

    private static TableRow Row(string number, string text, string lead = "Ban Tuyên giáo") => new([Cell(number), Cell(text), Cell(lead)]);

    /// <summary>A long statement: opens with "[mở]", ends with "[đóng]", about <paramref name="words"/> words between.</summary>
    private static string Long(int words) => "[mở] " + Words(words, 3) + " [đóng]";

    [Fact]
    public void The_layout_step_lets_long_rows_split_and_keeps_short_rows_whole()
    {
        var document = WithTable(0, Row("1", Words(12)), Row("2", Long(300)));
        var rows = document.Body.OfType<Table>().Single().Rows;
        Assert.True(rows[0].KeepTogether);
        Assert.False(rows[1].KeepTogether);
        Assert.True(RowSplitting.TallestCell(rows[1], [60, 300, 100], 13, Measurer) >= RowSplitting.SplittableLines);
    }

    [Fact]
    public void A_long_row_at_the_page_foot_fills_the_page_and_continues_under_the_repeated_header()
    {
        var document = LongTable();
        var pages = PdfFacts.Lines(Renderer.Render(document));

        var opens = PageOf(pages, "[mở]");
        var closes = PageOf(pages, "[đóng]");
        Assert.Equal(opens + 1, closes);
        // The row starts on the page where the lead paragraphs end: it did not move whole.
        Assert.Equal(PageOf(pages, "[12]"), opens);

        var first = CellLines(pages[opens - 1], "[mở]", null);
        var second = CellLines(pages[closes - 1], null, "[đóng]");
        Assert.True(first.Count >= 2, $"{first.Count} lines before the break");
        Assert.True(second.Count >= 2, $"{second.Count} lines after the break");
        // The first part reaches the foot of the text area: less than two of its lines are left empty.
        var lineHeight = first[^2].Baseline - first[^1].Baseline;
        var bottomMargin = document.Presentation.MarginBottomMm * 72 / 25.4;
        Assert.InRange(first[^1].Baseline - bottomMargin, 0, 3 * lineHeight);
        // The header row is repeated above the continuation.
        Assert.Contains(pages[closes - 1], l => l.Text.Contains(HeaderWord, StringComparison.Ordinal) && l.Baseline > second[0].Baseline);
    }

    [Fact]
    public void Short_rows_never_split_across_pages()
    {
        // Forty rows of three or four lines each run over several pages; each row's lines stay on one page.
        var rows = Enumerable.Range(1, 40).Select(i => Row(i.ToString("00"), $"[{i:00}] {Words(30 + i % 10, i)} [/{i:00}]")).ToArray();
        var document = WithTable(2, rows);
        Assert.All(document.Body.OfType<Table>().Single().Rows, r => Assert.True(r.KeepTogether));
        var pages = PdfFacts.Lines(Renderer.Render(document));
        Assert.True(pages.Count >= 3);
        for (var i = 1; i <= 40; i++) Assert.Equal(PageOf(pages, $"[{i:00}]"), PageOf(pages, $"[/{i:00}]"));
    }

    [Fact]
    public void Docx_marks_only_the_short_rows_cant_split()
    {
        var document = LongTable();
        using var docx = DocxReading.Open(DocxReading.Renderer.Render(document));
        var table = docx.MainDocumentPart!.Document.Body!.Descendants<W.Table>()
            .Single(t => t.InnerText.Contains(HeaderWord, StringComparison.Ordinal));
        var cantSplit = table.Elements<W.TableRow>().Select(r => r.TableRowProperties?.GetFirstChild<W.CantSplit>() is not null).ToArray();
        Assert.Equal([.. Enumerable.Repeat(true, 13), false, true], cantSplit);
        // Nor is the long row held to the next one (Word and LibreOffice would then move it whole).
        var longRow = table.Elements<W.TableRow>().ElementAt(13);
        Assert.DoesNotContain(longRow.Descendants<W.KeepNext>(), _ => true);
    }

    [Fact]
    public void Html_lets_only_the_long_row_break_inside()
    {
        var html = new Reports.Rendering.Html.HtmlRenderer().RenderPage(LongTable());
        Assert.Contains("table.data tr.may-split { break-inside: auto;", html, StringComparison.Ordinal);
        Assert.Equal(1, html.Split("class=\"may-split\"").Length - 1);
        var row = html[html.IndexOf("class=\"may-split\"", StringComparison.Ordinal)..];
        Assert.StartsWith("class=\"may-split\"><td", row, StringComparison.Ordinal);
        Assert.Contains("[mở]", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    /// <summary>
    /// Twelve short rows fill most of the first page; the long thirteenth row is too tall for what is left, but
    /// not for a page, and the table as a whole is longer than a page, so only the row's split can fill the foot.
    /// </summary>
    private static ReportDocument LongTable()
    {
        var shortRows = Enumerable.Range(1, 12).Select(i => Row(i.ToString("00"), $"[{i:00}] {Words(20, i)}", "Văn phòng"));
        return WithTable(0, [.. shortRows, Row("13", Long(600)), Row("14", Words(10))]);
    }

    private static int PageOf(IReadOnlyList<IReadOnlyList<PdfLine>> pages, string word) =>
        pages.SelectMany(p => p).Single(l => l.Text.Contains(word, StringComparison.Ordinal)).Page;

    /// <summary>
    /// The lines of the long cell on a page: those whose left edge is the cell's, from the line with
    /// <paramref name="from"/> (or the first below the header) to the line with <paramref name="to"/> (or the last).
    /// </summary>
    private static List<PdfLine> CellLines(IReadOnlyList<PdfLine> page, string? from, string? to)
    {
        var start = from is null
            ? page.Select((l, i) => (l, i)).Last(x => x.l.Text.Contains(HeaderWord, StringComparison.Ordinal)).i + 1
            : page.Select((l, i) => (l, i)).Single(x => x.l.Text.Contains(from, StringComparison.Ordinal)).i;
        var end = to is null ? page.Count - 1 : page.Select((l, i) => (l, i)).Single(x => x.l.Text.Contains(to, StringComparison.Ordinal)).i;
        return page.Skip(start).Take(end - start + 1).ToList();
    }
}
