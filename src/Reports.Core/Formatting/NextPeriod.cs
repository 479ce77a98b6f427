using System.Globalization;

namespace Reports.Core.Formatting;

/// <summary>
/// What the news article says of the period after the report's: its short name and its year. Kept apart
/// from <see cref="ReportingPeriod"/> so that it follows whatever <see cref="ReportingPeriod.NextName"/> says.
/// </summary>
public static class NextPeriod
{
    /// <summary>"quý II/2024" for "quý II năm 2024"; other names ("6 tháng cuối năm 2024", "năm 2025") stay whole.</summary>
    public static string ShortName(ReportingPeriod period, PeriodStyle style) => period.NextShortName(style);

    /// <summary>The year the next period falls in, which the article's closing aims at: after Q4, the next year.</summary>
    public static int Year(ReportingPeriod period) => period.Quarter == 4 ? period.Year + 1 : period.Year;

    public static string YearText(ReportingPeriod period) => Year(period).ToString(CultureInfo.InvariantCulture);
}
