using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>Previous-period (<c>ky_truoc</c>) and cumulative (<c>cong_don</c>) values found through the chain.</summary>
public sealed class ChainFigureTests
{
    private static Figure Figure(ReportData data, string code) =>
        data.Results.SelectMany(d => d.Figures.Concat(d.Children.SelectMany(c => c.Figures))).Single(f => f.Code == code);

    private static LoadResult Fixture(string name) => DataFileLoader.LoadFile(Path.Combine(TestPaths.Fixtures, name));

    [Fact]
    public void Six_month_fixture_takes_its_quarter_values_and_previous_figures_from_q1()
    {
        var result = Fixture("huyen-uy-quoc-oai-q2-2024.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        var data = result.Data!;

        var revenue = Figure(data, "thu_ngan_sach");
        Assert.Equal(402.7m, revenue.YearToDate);
        Assert.Equal(402.7m - 168.4m, revenue.QuarterValue);
        // A 6-month flow is not compared with one quarter: no ky_truoc is invented.
        Assert.Null(revenue.Previous);
        Assert.Equal(97m - 38m, Figure(data, "ket_nap_dang_vien").QuarterValue);

        var communes = Figure(data, "xa_nong_thon_moi_nang_cao");
        Assert.Equal(9m, communes.Previous);
        Assert.Equal("quý I", communes.PreviousLabel);
        Assert.Equal(91.2m, Figure(data, "bao_hiem_y_te").Previous);
        Assert.Equal(2024, data.PreviousReport!.Reporting.Period.Year);
        Assert.StartsWith("đạt 402,7 tỷ đồng (riêng quý II: 234,3 tỷ đồng), đạt 49,1% dự toán Thành phố giao",
            Reports.Core.Formatting.FigureClause.Write(revenue.Facts), StringComparison.Ordinal);
    }

    [Fact]
    public void Q1_without_a_predecessor_is_its_own_year_to_date()
    {
        var data = Fixture("huyen-uy-quoc-oai-q1-2024.yaml").Data!;
        var revenue = Figure(data, "thu_ngan_sach");
        Assert.Equal(168.4m, revenue.YearToDate);
        Assert.Equal(168.4m, revenue.QuarterValue);
        Assert.Null(revenue.Previous);
        Assert.Null(data.PreviousReport);
        Assert.Null(data.TaskReview);
    }

    [Fact]
    public void Quarter_style_q4_adds_up_a_chain_that_starts_in_q1()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { Revenue = 100m, Members = 10m, Rate = 90m }.WriteTo(temp, "q1.yaml");
        new ChainFile(2024, 2) { Previous = "q1.yaml", Revenue = 120m, Members = 12m, Rate = 91m }.WriteTo(temp, "q2.yaml");
        new ChainFile(2024, 3) { Previous = "q2.yaml", Revenue = 90m, Members = 8m, Rate = 91.5m }.WriteTo(temp, "q3.yaml");
        var q4 = new ChainFile(2024, 4) { Previous = "q3.yaml", Revenue = 150m, Members = 20m, Rate = 92m }.WriteTo(temp, "q4.yaml");

        var data = DataFileLoader.LoadFile(q4).Data!;
        var revenue = Figure(data, "thu_ngan_sach");
        Assert.Equal(460m, revenue.YearToDate);
        Assert.Equal(150m, revenue.QuarterValue);
        Assert.Equal(90m, revenue.Previous);
        Assert.Equal("quý trước", revenue.PreviousLabel);
        Assert.Equal(50m, Figure(data, "ket_nap").YearToDate);
        Assert.Equal("đạt 150 tỷ đồng (lũy kế cả năm: 460 tỷ đồng), tăng 66,7% so với quý trước",
            Reports.Core.Formatting.FigureClause.Write(revenue.Facts));
        var rate = Figure(data, "bao_hiem_y_te");
        Assert.Equal(91.5m, rate.Previous);
        Assert.Null(rate.YearToDate);
        Assert.Equal(3, ChainDepth(data));
    }

    [Fact]
    public void Cumulative_style_q3_takes_the_quarter_as_the_difference_and_names_the_six_months()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { Style = "luy_ke", Revenue = 100m, Rate = 90m }.WriteTo(temp, "q1.yaml");
        new ChainFile(2024, 2) { Style = "luy_ke", Previous = "q1.yaml", Revenue = 230m, Rate = 91m }.WriteTo(temp, "q2.yaml");
        var q3 = new ChainFile(2024, 3) { Style = "luy_ke", Previous = "q2.yaml", Revenue = 355m, Rate = 92m }.WriteTo(temp, "q3.yaml");

        var data = DataFileLoader.LoadFile(q3).Data!;
        var revenue = Figure(data, "thu_ngan_sach");
        Assert.Equal(355m, revenue.YearToDate);
        Assert.Equal(125m, revenue.QuarterValue);
        var rate = Figure(data, "bao_hiem_y_te");
        Assert.Equal(91m, rate.Previous);
        Assert.Equal("6 tháng đầu năm", rate.PreviousLabel);
        Assert.Contains("tăng 1 điểm phần trăm so với 6 tháng đầu năm", Reports.Core.Formatting.FigureClause.Write(rate.Facts));
    }

    [Fact]
    public void Q1_compares_with_last_years_q4_but_does_not_follow_last_years_chain()
    {
        using var temp = new TempFolder();
        // Last year's Q4 points at a file that does not exist: that is last year's business, not Q1's.
        new ChainFile(2023, 4) { Previous = "khong-co.yaml", Revenue = 140m, Rate = 89m }.WriteTo(temp, "q4-2023.yaml");
        var q1 = new ChainFile(2024, 1) { Previous = "q4-2023.yaml", Revenue = 100m, Rate = 90m }.WriteTo(temp, "q1.yaml");

        var result = DataFileLoader.LoadFile(q1);
        var data = result.Data!;
        Assert.Equal(100m, Figure(data, "thu_ngan_sach").YearToDate);
        Assert.Equal(140m, Figure(data, "thu_ngan_sach").Previous);
        Assert.Equal(89m, Figure(data, "bao_hiem_y_te").Previous);
        Assert.Null(data.PreviousReport!.PreviousReport);
    }

    [Fact]
    public void A_chain_that_does_not_reach_q1_leaves_year_to_date_unknown_and_warns()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 2) { Revenue = 120m }.WriteTo(temp, "q2.yaml");
        var q3 = new ChainFile(2024, 3) { Previous = "q2.yaml", Revenue = 90m }.WriteTo(temp, "q3.yaml");

        var result = DataFileLoader.LoadFile(q3);
        Assert.Null(Figure(result.Data!, "thu_ngan_sach").YearToDate);
        Assert.Equal(90m, Figure(result.Data!, "thu_ngan_sach").QuarterValue);
        Assert.Contains(result.Diagnostics, d => d.Id == MessageId.AddsUpNoChain && d.Location.File.EndsWith("q3.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_given_ky_truoc_in_a_nine_month_report_is_named_after_six_months_not_the_quarter()
    {
        var text = new ChainFile(2024, 3) { Style = "luy_ke" }.Text().Replace("    thuc_hien: 90\n", "    thuc_hien: 90\n        ky_truoc: 88\n", StringComparison.Ordinal);
        var data = DataFileLoader.Load("q3.yaml", System.Text.Encoding.UTF8.GetBytes(text)).Data!;
        Assert.Equal("6 tháng đầu năm", Figure(data, "bao_hiem_y_te").PreviousLabel);
    }

    private static int ChainDepth(ReportData data)
    {
        var depth = 0;
        for (var d = data.PreviousReport; d is not null; d = d.PreviousReport) depth++;
        return depth;
    }
}
