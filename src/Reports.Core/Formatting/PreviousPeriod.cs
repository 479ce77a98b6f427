namespace Reports.Core.Formatting;

/// <summary>
/// The period before a report's, and what it is called after "so với". A 9-month report compared with the
/// 6-month one says "so với 6 tháng đầu năm", never "so với quý trước"; two quarters say "quý trước".
/// </summary>
public static class PreviousPeriod
{
    public const string QuarterBefore = "quý trước";

    /// <summary>True when a report's figures cover one quarter: quarter style, or Q1 in either style.</summary>
    public static bool CoversOneQuarter(ReportingPeriod period, PeriodStyle style) =>
        style == PeriodStyle.Quarter || period.Quarter == 1;

    /// <summary>
    /// The label for a <c>ky_truoc</c> the file gives itself, taken to be in the report's own style: "quý trước"
    /// for a quarter, else the previous cumulative period ("quý I", "6 tháng đầu năm", "9 tháng").
    /// </summary>
    public static string LabelFor(ReportingPeriod period, PeriodStyle style) =>
        CoversOneQuarter(period, style) ? QuarterBefore : Label(period.Preceding, style, period, style);

    /// <summary>
    /// The label for the value of report <paramref name="previous"/> (its own style) seen from report
    /// <paramref name="current"/>: "quý trước" between two quarters; otherwise the previous period's name,
    /// without its year when both share it ("6 tháng đầu năm", "quý I"), with it across years ("năm 2023").
    /// </summary>
    public static string Label(ReportingPeriod previous, PeriodStyle previousStyle, ReportingPeriod current, PeriodStyle currentStyle)
    {
        if (CoversOneQuarter(previous, previousStyle) && CoversOneQuarter(current, currentStyle)) return QuarterBefore;
        if (previous.Year != current.Year) return previous.Name(previousStyle);
        return (previousStyle, previous.Quarter) switch
        {
            (PeriodStyle.Cumulative, 2) => "6 tháng đầu năm",
            (PeriodStyle.Cumulative, 3) => "9 tháng",
            _ => "quý " + RomanNumeral.Format(previous.Quarter),
        };
    }
}
