using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// The appendix (phụ lục) in the tree: asked for by <c>phu_luc: true</c>, on landscape pages after the
/// closing, its heading lines worded for each regime and for drafts, one table of every figure.
/// </summary>
public sealed class AppendixTests
{
    private const string Party = "huyen-uy-dan-phuong-q1-2024.yaml";
    private const string State = "ubnd-huyen-my-duc-q2-2024.yaml";

    private static ReportData WithAppendix(string fixture) => Composed.Data(fixture) with { HasAppendix = true };

    private static Section Appendix(ReportData data) => Assert.Single(Composed.Report(data).Appendices);

    private static string[] HeadingLines(Section appendix) =>
        appendix.Blocks.OfType<Paragraph>().Select(p => p.Content.PlainText()).ToArray();

    private static Table TableOf(Section appendix) => Assert.Single(appendix.Blocks.OfType<Table>());

    private static string Cell(TableRow row, int column) => row.Cells[column].Content.PlainText();

    [Fact]
    public void Only_a_file_that_asks_for_it_gets_an_appendix()
    {
        Assert.False(Composed.Data(State).HasAppendix);
        Assert.Empty(Composed.Report(State).Appendices);
        Assert.True(Composed.Data(Party).HasAppendix);
        Assert.Single(Composed.Report(Party).Appendices);
    }

    [Fact]
    public void Asked_for_without_any_figure_it_is_left_out_with_a_located_warning()
    {
        // The minimal file with its one figure removed, and the appendix asked for at the end.
        var lines = File.ReadAllLines(TestPaths.Minimal).ToList();
        var figures = lines.FindIndex(l => l.Trim() == "chi_tieu:");
        lines.RemoveRange(figures, 4);
        lines.Add("phu_luc: true");
        var result = DataFileLoader.Load("khong-chi-tieu.yaml", System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((Severity.Warning, MessageId.AppendixWithoutFigures, "phu_luc"), (warning.Severity, warning.Id, warning.KeyPath));
        Assert.Equal(lines.Count, warning.Location.Line);
        Assert.Empty(Composed.Report(result.Data!).Appendices);
    }

    [Fact]
    public void The_appendix_is_a4_landscape_with_the_portrait_margins_turned_to_the_binding_edge()
    {
        var report = Composed.Report(Party);
        var p = report.Presentation;
        var page = Assert.Single(report.Appendices).Page;
        Assert.Equal(new PageFormat(PageOrientation.Landscape, 297, 210,
            MarginTopMm: p.MarginLeftMm, MarginBottomMm: p.MarginRightMm, MarginLeftMm: p.MarginBottomMm, MarginRightMm: p.MarginTopMm), page);
    }

    [Fact]
    public void Party_heading_names_the_period_and_the_report_it_goes_with()
    {
        Assert.Equal(
            ["Phụ lục", "MỘT SỐ CHỈ TIÊU CHỦ YẾU QUÝ I NĂM 2024",
             "(Kèm theo Báo cáo số 45-BC/HU ngày 04/4/2024 của Ban Thường vụ Huyện ủy Đan Phượng)"],
            HeadingLines(Appendix(Composed.Data(Party))));
    }

    [Fact]
    public void State_heading_cites_the_number_as_nd30_writes_it()
    {
        Assert.Equal(
            ["Phụ lục", "MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2024",
             "(Kèm theo Báo cáo số 05/BC-UBND ngày 20/6/2024 của Ủy ban nhân dân huyện Mỹ Đức)"],
            HeadingLines(Appendix(WithAppendix(State))));
    }

    [Theory]
    [InlineData(Party, "-BC/HU", "/4/2024 của Ban Thường vụ Huyện ủy Đan Phượng)")]
    [InlineData(State, "/BC-UBND", "/6/2024 của Ủy ban nhân dân huyện Mỹ Đức)")]
    public void A_draft_leaves_the_number_and_the_day_blank_as_its_letterhead_does(string fixture, string symbol, string rest)
    {
        var data = WithAppendix(fixture);
        data = data with { Document = data.Document with { IsDraft = true } };
        var blank = HandwrittenBlank.Text;
        Assert.Equal($"(Kèm theo Báo cáo số {blank}{symbol} ngày {blank}{rest}", HeadingLines(Appendix(data))[2]);
    }

    [Theory]
    [InlineData(Party)]
    [InlineData(State)]
    public void The_table_holds_every_figure_once_in_order_under_its_domain(string fixture)
    {
        var data = WithAppendix(fixture);
        var table = TableOf(Appendix(data));
        var figures = data.Results.SelectMany(d => d.Figures.Concat(d.Children.SelectMany(c => c.Figures))).ToList();
        var figureRows = table.Rows.Where(r => int.TryParse(Cell(r, 0), out _)).ToList();
        Assert.Equal(figures.Count, figureRows.Count);
        Assert.Equal(figures.Select(f => f.Name), figureRows.Select(r => Cell(r, 1)));
        Assert.Equal(Enumerable.Range(1, figures.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), figureRows.Select(r => Cell(r, 0)));

        // One row per domain and sub-domain with figures, numbered like headings, kept with the row after it.
        var groupRows = table.Rows.Except(figureRows).ToList();
        var domains = data.Results.Where(d => d.Figures.Count > 0 || d.Children.Any(c => c.Figures.Count > 0)).ToList();
        Assert.Equal(domains.Count + domains.Sum(d => d.Children.Count(c => c.Figures.Count > 0)), groupRows.Count);
        Assert.Equal(domains.Select(d => d.Title), groupRows.Where(r => Cell(r, 0).TrimEnd('.').All(c => "IVXLC".Contains(c))).Select(r => Cell(r, 1)));
        Assert.Equal("I.", Cell(groupRows[0], 0));
        Assert.All(groupRows, r => Assert.True(r.KeepWithNext));
        Assert.All(figureRows, r => Assert.False(r.KeepWithNext));
    }

    [Fact]
    public void Headers_name_the_periods_and_numbers_are_right_aligned()
    {
        var table = TableOf(Appendix(Composed.Data(Party)));
        var headers = Assert.Single(table.HeaderRows).Cells.Select(c => c.Content.PlainText()).ToList();
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT"], headers.Take(3));
        Assert.Contains("TH quý I/2024", headers);
        Assert.Contains("TH quý IV/2023", headers);
        Assert.Contains("Cùng kỳ 2023", headers);
        Assert.Equal("TH/CK (%)", headers[^1]);
        Assert.All(table.Columns.Skip(3), c => Assert.Equal(ColumnAlignment.Right, c.Alignment));
        var budget = table.Rows.Single(r => Cell(r, 1) == "Tổng thu ngân sách nhà nước trên địa bàn");
        Assert.Equal("212,4", Cell(budget, headers.IndexOf("TH quý I/2024")));
        Assert.Equal("256,1", Cell(budget, headers.IndexOf("Cùng kỳ 2023")));
        Assert.Equal("82,9%", Cell(budget, headers.IndexOf("TH/CK (%)")));
    }

    [Fact]
    public void A_column_appears_only_when_some_figure_has_its_number()
    {
        static Domain Strip(Domain d) => d with
        {
            Figures = d.Figures.Select(f => f with { Previous = null, SamePeriod = null, Plans = [] }).ToList(),
            Children = d.Children.Select(Strip).ToList(),
        };
        var data = Composed.Data(Party);
        var table = TableOf(Appendix(data with { Results = data.Results.Select(Strip).ToList() }));
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT", "TH quý I/2024"], Assert.Single(table.HeaderRows).Cells.Select(c => c.Content.PlainText()));
        Assert.Equal(4, table.Columns.Count);
    }
}
