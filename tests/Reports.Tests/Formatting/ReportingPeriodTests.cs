using NodaTime;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class ReportingPeriodTests
{
    // Every phrase of a period, both styles, all four quarters (DOMAIN.md, "Periods and wording"): name,
    // short name, next name, next short name, and the pair with the year said once.
    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý I năm 2024", "quý I/2024", "quý II năm 2024", "quý II/2024", "quý I, nhiệm vụ trọng tâm quý II năm 2024")]
    [InlineData(2, PeriodStyle.Quarter, "quý II năm 2024", "quý II/2024", "quý III năm 2024", "quý III/2024", "quý II, nhiệm vụ trọng tâm quý III năm 2024")]
    [InlineData(3, PeriodStyle.Quarter, "quý III năm 2024", "quý III/2024", "quý IV năm 2024", "quý IV/2024", "quý III, nhiệm vụ trọng tâm quý IV năm 2024")]
    [InlineData(4, PeriodStyle.Quarter, "quý IV năm 2024", "quý IV/2024", "quý I năm 2025", "quý I/2025", "quý IV năm 2024, nhiệm vụ trọng tâm quý I năm 2025")]
    [InlineData(1, PeriodStyle.Cumulative, "quý I năm 2024", "quý I/2024", "quý II năm 2024", "quý II/2024", "quý I, nhiệm vụ trọng tâm quý II năm 2024")]
    [InlineData(2, PeriodStyle.Cumulative, "6 tháng đầu năm 2024", "6 tháng đầu năm 2024", "6 tháng cuối năm 2024", "6 tháng cuối năm 2024", "6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024")]
    [InlineData(3, PeriodStyle.Cumulative, "9 tháng năm 2024", "9 tháng năm 2024", "quý IV năm 2024", "quý IV/2024", "9 tháng, nhiệm vụ trọng tâm quý IV năm 2024")]
    [InlineData(4, PeriodStyle.Cumulative, "năm 2024", "năm 2024", "năm 2025", "năm 2025", "năm 2024, nhiệm vụ trọng tâm năm 2025")]
    public void Every_phrase_of_a_period(int quarter, PeriodStyle style, string name, string shortName, string next, string nextShort, string pair)
    {
        var period = new ReportingPeriod(2024, quarter);
        Assert.Equal(
            (name, shortName, next, nextShort, pair),
            (period.Name(style), period.ShortName(style), period.NextName(style), period.NextShortName(style), period.PairName(style)));
    }

    [Theory]
    [InlineData(2026, 4, PeriodStyle.Quarter, "quý I năm 2027")]
    [InlineData(2026, 4, PeriodStyle.Cumulative, "năm 2027")]
    [InlineData(2099, 4, PeriodStyle.Quarter, "quý I năm 2100")]
    public void After_the_fourth_quarter_the_next_year(int year, int quarter, PeriodStyle style, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(year, quarter).NextName(style));

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý I, nhiệm vụ, giải pháp trọng tâm quý II năm 2024")]
    [InlineData(4, PeriodStyle.Quarter, "quý IV năm 2024, nhiệm vụ, giải pháp trọng tâm quý I năm 2025")]
    public void Pair_takes_the_words_between(int quarter, PeriodStyle style, string expected) =>
        Assert.Equal(expected, new ReportingPeriod(2024, quarter).PairName(style, ", nhiệm vụ, giải pháp trọng tâm "));

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "2024-03-31", "2024-06-30")]
    [InlineData(2, PeriodStyle.Quarter, "2024-06-30", "2024-09-30")]
    [InlineData(3, PeriodStyle.Quarter, "2024-09-30", "2024-12-31")]
    [InlineData(4, PeriodStyle.Quarter, "2024-12-31", "2025-03-31")]
    [InlineData(1, PeriodStyle.Cumulative, "2024-03-31", "2024-06-30")]
    [InlineData(2, PeriodStyle.Cumulative, "2024-06-30", "2024-12-31")]
    [InlineData(3, PeriodStyle.Cumulative, "2024-09-30", "2024-12-31")]
    [InlineData(4, PeriodStyle.Cumulative, "2024-12-31", "2025-12-31")]
    public void Last_days_of_the_period_and_the_next(int quarter, PeriodStyle style, string last, string nextLast)
    {
        var period = new ReportingPeriod(2024, quarter);
        Assert.Equal(last, period.LastDay.ToString("yyyy-MM-dd", null));
        Assert.Equal(nextLast, period.NextLastDay(style).ToString("yyyy-MM-dd", null));
    }

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

    [Theory]
    [InlineData(2024, 1, 2023, 4, 2024, 2)]
    [InlineData(2024, 2, 2024, 1, 2024, 3)]
    [InlineData(2024, 4, 2024, 3, 2025, 1)]
    public void The_quarters_before_and_after_cross_the_year_at_its_ends(int year, int quarter, int beforeYear, int before, int afterYear, int after)
    {
        var period = new ReportingPeriod(year, quarter);
        Assert.Equal(new ReportingPeriod(beforeYear, before), period.Preceding);
        Assert.Equal(new ReportingPeriod(afterYear, after), period.Following);
    }
}
