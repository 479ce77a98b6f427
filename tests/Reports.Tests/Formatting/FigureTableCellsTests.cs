using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

/// <summary>The indicator table's cells follow the clerk's rules, compactly.</summary>
public sealed class FigureTableCellsTests
{
    private static readonly PlanTarget City = new("dự toán Thành phố giao", 1056.3m);
    private static readonly PlanTarget District = new("dự toán HĐND huyện giao", 1438.6m);

    private static FigureFacts Facts(decimal value, string unit = "tỷ đồng", decimal? samePeriod = null, params PlanTarget[] plans) =>
        new(value, unit, plans, samePeriod, null);

    [Fact]
    public void Rows_that_share_their_plan_labels_get_a_column_per_label()
    {
        var columns = FigureTableCells.PlanColumns([[City, District], [City with { Value = 50 }, District with { Value = 60 }]]);
        Assert.Equal(["dự toán Thành phố giao", "dự toán HĐND huyện giao"], columns.Select(c => c.Label));
        var budget = Facts(212.4m, plans: [City, District]);
        Assert.Equal(("1.056,3", "20,1%"), FigureTableCells.PlanCells(budget, 0, columns[0]));
        Assert.Equal(("1.438,6", "14,8%"), FigureTableCells.PlanCells(budget, 1, columns[1]));
    }

    [Fact]
    public void A_column_whose_labels_differ_names_each_plan_beside_its_value()
    {
        var columns = FigureTableCells.PlanColumns([[City, District], [new PlanTarget("kế hoạch năm", 120)], []]);
        Assert.Null(columns[0].Label);
        Assert.Equal("dự toán HĐND huyện giao", columns[1].Label);
        var yearly = Facts(30, "cuộc", null, new PlanTarget("kế hoạch năm", 120));
        Assert.Equal(("120 (kế hoạch năm)", "25%"), FigureTableCells.PlanCells(yearly, 0, columns[0]));
        Assert.Equal(("-", "-"), FigureTableCells.PlanCells(yearly, 1, columns[1]));
    }

    [Fact]
    public void Percentages_never_say_more_or_less_than_the_numbers()
    {
        var column = new PlanColumn("kế hoạch");
        Assert.Equal("99,97%", FigureTableCells.PlanCells(Facts(9997, plans: new PlanTarget("kế hoạch", 10000)), 0, column).Share);
        Assert.Equal("100%", FigureTableCells.PlanCells(Facts(10000, plans: new PlanTarget("kế hoạch", 10000)), 0, column).Share);
        Assert.Equal("-", FigureTableCells.PlanCells(Facts(5, plans: new PlanTarget("kế hoạch", 0)), 0, column).Share);
        Assert.Equal("0,004", FigureTableCells.Value(0.004m));
        Assert.Equal("-", FigureTableCells.Value(null));
        Assert.Equal("0,004", FigureTableCells.PlanCells(Facts(0.001m, plans: new PlanTarget("kế hoạch", 0.004m)), 0, column).Plan);
        Assert.Equal("99,99%", FigureTableCells.SamePeriod(Facts(99.99m, samePeriod: 100)));
        Assert.Equal("82,9%", FigureTableCells.SamePeriod(Facts(212.4m, samePeriod: 256.1m)));
        Assert.Equal("-", FigureTableCells.SamePeriod(Facts(5, samePeriod: 0)));
        Assert.Equal("-", FigureTableCells.SamePeriod(Facts(5)));
    }

    [Fact]
    public void A_rate_changes_in_points_and_a_less_is_better_figure_by_its_change()
    {
        Assert.Equal("+1,2 điểm", FigureTableCells.SamePeriod(Facts(93.7m, "%", 92.5m)));
        Assert.Equal("-0,5 điểm", FigureTableCells.SamePeriod(Facts(3m, "%", 3.5m)));
        Assert.Equal("+0,01 điểm", FigureTableCells.SamePeriod(Facts(93.71m, "%", 93.7m)));
        Assert.Equal("bằng", FigureTableCells.SamePeriod(Facts(93.7m, "%", 93.7m)));
        Assert.Equal("+0,7 điểm", FigureTableCells.PlanCells(Facts(93.7m, "%", null, new PlanTarget("kế hoạch", 93)), 0, new PlanColumn("kế hoạch")).Share);

        FigureFacts Fewer(decimal value, decimal before) => Facts(value, "vụ", before) with { Direction = Direction.LowerIsBetter };
        Assert.Equal("giảm 18,4%", FigureTableCells.SamePeriod(Fewer(31, 38)));
        Assert.Equal("tăng 5,3%", FigureTableCells.SamePeriod(Fewer(40, 38)));
        Assert.Equal("giảm 100%", FigureTableCells.SamePeriod(Fewer(0, 4)));
        Assert.Equal("giảm 0,03%", FigureTableCells.SamePeriod(Fewer(9997, 10000)));
        Assert.Equal("bằng", FigureTableCells.SamePeriod(Fewer(4, 4)));
    }
}
