using NodaTime;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý I năm 2024")]
    [InlineData(1, PeriodStyle.Cumulative, "quý I năm 2024")]
    [InlineData(2, PeriodStyle.Quarter, "quý II năm 2024")]
    [InlineData(2, PeriodStyle.Cumulative, "6 tháng đầu năm 2024")]
    [InlineData(3, PeriodStyle.Quarter, "quý III năm 2024")]
    [InlineData(3, PeriodStyle.Cumulative, "9 tháng năm 2024")]
    [InlineData(4, PeriodStyle.Quarter, "quý IV năm 2024")]
    [InlineData(4, PeriodStyle.Cumulative, "năm 2024")]
    public void Names(int quarter, PeriodStyle style, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(2024, quarter).Name(style));

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý I/2024")]
    [InlineData(1, PeriodStyle.Cumulative, "quý I/2024")]
    [InlineData(2, PeriodStyle.Quarter, "quý II/2024")]
    [InlineData(2, PeriodStyle.Cumulative, "6 tháng đầu năm 2024")]
    [InlineData(3, PeriodStyle.Quarter, "quý III/2024")]
    [InlineData(3, PeriodStyle.Cumulative, "9 tháng năm 2024")]
    [InlineData(4, PeriodStyle.Quarter, "quý IV/2024")]
    [InlineData(4, PeriodStyle.Cumulative, "năm 2024")]
    public void Short_names(int quarter, PeriodStyle style, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(2024, quarter).ShortName(style));

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý II năm 2024")]
    [InlineData(1, PeriodStyle.Cumulative, "quý II năm 2024")]
    [InlineData(2, PeriodStyle.Quarter, "quý III năm 2024")]
    [InlineData(2, PeriodStyle.Cumulative, "6 tháng cuối năm 2024")]
    [InlineData(3, PeriodStyle.Quarter, "quý IV năm 2024")]
    [InlineData(3, PeriodStyle.Cumulative, "quý IV năm 2024")]
    [InlineData(4, PeriodStyle.Quarter, "năm 2025")]
    [InlineData(4, PeriodStyle.Cumulative, "năm 2025")]
    public void Next_names(int quarter, PeriodStyle style, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(2024, quarter).NextName(style));

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "2023-12-15", "2024-03-14")]
    [InlineData(2, PeriodStyle.Quarter, "2024-03-15", "2024-06-14")]
    [InlineData(3, PeriodStyle.Quarter, "2024-06-15", "2024-09-14")]
    [InlineData(4, PeriodStyle.Quarter, "2024-09-15", "2024-12-14")]
    [InlineData(1, PeriodStyle.Cumulative, "2023-12-15", "2024-03-14")]
    [InlineData(2, PeriodStyle.Cumulative, "2023-12-15", "2024-06-14")]
    [InlineData(3, PeriodStyle.Cumulative, "2023-12-15", "2024-09-14")]
    [InlineData(4, PeriodStyle.Cumulative, "2023-12-15", "2024-12-14")]
    public void Cut_off_follows_decree_09_2019(int quarter, PeriodStyle style, string start, string end)
    {
        DateInterval interval = new ReportingPeriod(2024, quarter).CutOff(style);
        Assert.Equal(start, interval.Start.ToString("yyyy-MM-dd", null));
        Assert.Equal(end, interval.End.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData(2024, 0)]
    [InlineData(2024, 5)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void Rejects_impossible_periods(int year, int quarter) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportingPeriod(year, quarter));

    [Fact]
    public void Compares_by_value() => Assert.Equal(new ReportingPeriod(2024, 2), new ReportingPeriod(2024, 2));
}
