using System.Globalization;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Tests.Compose;
using Reports.Tests.Support;
using Xunit;
using static Reports.Tests.Rendering.DocxReading;
using D = Reports.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Tests.Rendering;

/// <summary>
/// The appendix in every format, read back from the finished files: landscape pages after the report's
/// portrait ones, page numbers running on, the table's header on every page and every figure in it.
/// </summary>
public sealed class AppendixRenderingTests
{
    private const string Fixture = "huyen-uy-dan-phuong-q1-2024.yaml";

    private static readonly Lazy<byte[]> Pdf = new(() => PdfFacts.Build(Path.Combine(TestPaths.Fixtures, Fixture)));

    private static int FigureCount => Composed.Data(Fixture).Results.Sum(d => d.Figures.Count + d.Children.Sum(c => c.Figures.Count));

    private static D.Table AppendixTable => Assert.Single(Assert.Single(Composed.Report(Fixture).Appendices).Blocks.OfType<D.Table>());

    [Fact]
    public void Pdf_appendix_pages_are_landscape_after_the_portrait_report()
    {
        var sizes = PdfFacts.PageSizes(Pdf.Value);
        var portrait = sizes.TakeWhile(s => s == (595d, 842d)).Count();
        Assert.True(portrait >= 2);
        // The fixture's 22 figures take two landscape pages: the header must repeat on the second.
        Assert.Equal(2, sizes.Count - portrait);
        Assert.All(sizes.Skip(portrait), s => Assert.Equal((842d, 595d), s));
    }

    [Fact]
    public void Pdf_landscape_pages_number_on_and_repeat_the_table_header()
    {
        var pages = PdfFacts.Lines(Pdf.Value);
        var sizes = PdfFacts.PageSizes(Pdf.Value);
        var landscape = Enumerable.Range(0, pages.Count).Where(i => sizes[i] == (842d, 595d)).ToList();
        Assert.NotEmpty(landscape);
        foreach (var i in landscape)
        {
            // The page number first, centred over the landscape text width.
            Assert.Equal((i + 1).ToString(CultureInfo.InvariantCulture), pages[i][0].Text);
            Assert.Contains(pages[i], l => l.Text.StartsWith("STT Chỉ tiêu ĐVT", StringComparison.Ordinal));
        }
        var first = pages[landscape[0]].Select(l => l.Text).ToList();
        Assert.Equal("Phụ lục", first[1]);
        Assert.Equal("MỘT SỐ CHỈ TIÊU CHỦ YẾU QUÝ I NĂM 2024", first[2]);
        Assert.StartsWith("(Kèm theo Báo cáo số 45-BC/HU ngày 04/4/2024", first[3], StringComparison.Ordinal);
        // Nothing of the appendix before its pages: the closing's page ends the report.
        Assert.DoesNotContain(pages.Take(landscape[0]).SelectMany(p => p), l => l.Text.Contains("Phụ lục", StringComparison.Ordinal));
    }

    [Fact]
    public void Pdf_table_shows_every_figure_number_once_in_order()
    {
        var pages = PdfFacts.Lines(Pdf.Value);
        var sizes = PdfFacts.PageSizes(Pdf.Value);
        var left = Assert.Single(Composed.Report(Fixture).Appendices).Page.MarginLeftMm * 72 / 25.4;
        // The STT column is the table's first, a few points in from the left margin.
        var numbers = Enumerable.Range(0, pages.Count).Where(i => sizes[i] == (842d, 595d))
            .SelectMany(i => pages[i])
            .Where(l => l.Left < left + 30 && int.TryParse(l.Text.Split(' ')[0], out _))
            .Select(l => int.Parse(l.Text.Split(' ')[0], CultureInfo.InvariantCulture))
            .ToList();
        Assert.Equal(Enumerable.Range(1, FigureCount), numbers);
    }

    [Fact]
    public void Docx_appendix_is_a_landscape_section_with_an_editable_table()
    {
        using var doc = Open(Bytes(Fixture));
        var sections = doc.Body().Descendants<SectionProperties>().ToList();
        Assert.Equal(2, sections.Count);

        // The report's section ends at the paragraph before the appendix: portrait, no number on page one.
        var report = sections[0];
        Assert.IsType<W.ParagraphProperties>(report.Parent);
        Assert.Null(report.GetFirstChild<PageSize>()!.Orient);
        Assert.NotNull(report.GetFirstChild<TitlePage>());

        // The appendix's section closes the body: landscape A4, numbered from its first page, numbers running on.
        var appendix = sections[1];
        Assert.Same(doc.Body().LastChild, appendix);
        var size = appendix.GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal((16838u, 11906u), (size.Width!.Value, size.Height!.Value));
        Assert.Null(appendix.GetFirstChild<TitlePage>());
        Assert.Null(appendix.GetFirstChild<PageNumberType>()!.Start);
        Assert.Equal(DocxBody.DefaultHeaderId, Assert.Single(appendix.Elements<HeaderReference>()).Id!.Value);
        var page = Assert.Single(Composed.Report(Fixture).Appendices).Page;
        var margin = appendix.GetFirstChild<PageMargin>()!;
        Assert.Equal(Twips(page.MarginTopMm), margin.Top!.Value);
        Assert.Equal((uint)Twips(page.MarginLeftMm), margin.Left!.Value);

        // The table after the break: header row repeated, no row split, one row per figure and group.
        var afterBreak = doc.Body().Elements().SkipWhile(e => e is not W.Paragraph { ParagraphProperties.SectionProperties: not null }).ToList();
        var table = Assert.Single(afterBreak.OfType<W.Table>());
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(1 + AppendixTable.Rows.Count, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.Equal(FigureCount, rows.Count(r => int.TryParse(r.Elements<W.TableCell>().First().Text(), out _)));
        // Its columns fill the landscape text width.
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture));
        Assert.Equal(size.Width!.Value - (uint)margin.Left!.Value - margin.Right!.Value, (uint)grid);
    }

    [Fact]
    public void Html_appendix_prints_on_a_named_landscape_page()
    {
        var html = new HtmlRenderer().RenderPage(Composed.Report(Fixture));
        var doc = new HtmlParser().ParseDocument(html);
        var sheet = Assert.Single(doc.QuerySelectorAll("section.sheet"));
        var name = sheet.ClassList.Single(c => c.StartsWith("landscape-", StringComparison.Ordinal));
        var style = doc.QuerySelector("style")!.TextContent;
        Assert.Contains($"@page {name} {{ size: A4 landscape;", style, StringComparison.Ordinal);
        Assert.Contains($"page: {name};", style, StringComparison.Ordinal);
        // After the report's sheet, which holds the signature; the table has every row.
        Assert.Null(sheet.Closest(".paper:not(section)"));
        Assert.Equal(AppendixTable.Rows.Count, sheet.QuerySelectorAll("table.data tbody tr").Length);
        Assert.Equal(1, sheet.QuerySelectorAll("table.data thead tr").Length);
    }

    [Fact]
    public void Markdown_appendix_is_a_plain_table_after_the_signature()
    {
        var report = Composed.Report(Fixture);
        var text = new MarkdownRenderer().RenderText(report);
        var signature = text.IndexOf(report.Closing!.Signature.Name, StringComparison.Ordinal);
        var heading = text.IndexOf("**Phụ lục**", StringComparison.Ordinal);
        var table = text.IndexOf("| STT | Chỉ tiêu | ĐVT |", Math.Max(0, heading), StringComparison.Ordinal);
        Assert.True(signature > 0 && heading > signature && table > heading);
        Assert.Equal(1 + 1 + AppendixTable.Rows.Count, text[table..].TrimEnd().Split('\n').Length);
    }

    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440, MidpointRounding.AwayFromZero);
}
