using System.Globalization;
using NodaTime;

namespace Reports.Core.Formatting;

/// <summary>The quarter a report covers, and how that period (and the next) is named.</summary>
public readonly record struct ReportingPeriod
{
    /// <summary>Creates the period; quarters are 1..4 and years 1..9999.</summary>
    public ReportingPeriod(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        Year = year;
        Quarter = quarter;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>1..4.</summary>
    public int Quarter { get; }

    private string YearText => Year.ToString(CultureInfo.InvariantCulture);

    private string QuarterName => "quý " + RomanNumeral.Format(Quarter);

    /// <summary>The name in titles and headings: "quý I năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024", "năm 2024".</summary>
    public string Name(PeriodStyle style) => CumulativeName(style) ?? $"{QuarterName} năm {YearText}";

    /// <summary>The name in news articles: "quý I/2024"; cumulative periods keep their full name.</summary>
    public string ShortName(PeriodStyle style) => CumulativeName(style) ?? $"{QuarterName}/{YearText}";

    /// <summary>
    /// The period the "nhiệm vụ trọng tâm" section plans for: "quý II năm 2024", "6 tháng cuối năm 2024"
    /// (after a 6-month report); after Q4 the quarter style plans "quý I năm 2025", the cumulative style
    /// "năm 2025".
    /// </summary>
    public string NextName(PeriodStyle style) =>
        NextWithoutYear(style) is { Length: > 0 } next ? $"{next} năm {NextYearText}" : $"năm {NextYearText}";

    /// <summary>The next period in news articles: "quý II/2024", "quý I/2025"; "6 tháng cuối năm 2024" and "năm 2025" stay whole.</summary>
    public string NextShortName(PeriodStyle style) =>
        NextIsQuarter(style) ? $"{NextWithoutYear(style)}/{NextYearText}" : NextName(style);

    /// <summary>
    /// Both periods in one phrase, the year said once when they share it (DOMAIN.md, "Periods and wording"):
    /// "quý I, nhiệm vụ trọng tâm quý II năm 2024", "6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024";
    /// across years both: "quý IV năm 2024, nhiệm vụ trọng tâm quý I năm 2025".
    /// </summary>
    /// <param name="style">How the periods are named.</param>
    /// <param name="between">The words between the two periods, spaces included.</param>
    public string PairName(PeriodStyle style, string between = ", nhiệm vụ trọng tâm ")
    {
        ArgumentNullException.ThrowIfNull(between);
        var first = NextYear == Year ? NameWithoutYear(style) : Name(style);
        return first + between + NextName(style);
    }

    /// <summary>The quarter's last day: 31/3, 30/6, 30/9 or 31/12.</summary>
    public LocalDate LastDay => new LocalDate(Year, 3 * Quarter, 1).PlusMonths(1).PlusDays(-1);

    /// <summary>
    /// The last day of the period the report plans for (<see cref="NextName"/>): the next quarter's, or 31/12
    /// for "6 tháng cuối năm", or the next year's 31/12 after a cumulative year.
    /// </summary>
    public LocalDate NextLastDay(PeriodStyle style) => (style, Quarter) switch
    {
        (PeriodStyle.Cumulative, 2) => new LocalDate(Year, 12, 31),
        (PeriodStyle.Cumulative, 4) => new LocalDate(Year + 1, 12, 31),
        _ => LastDay.PlusDays(1).PlusMonths(3).PlusDays(-1),
    };

    /// <summary>The quarter after: Q1 of the next year after Q4 (a chain's next file, whatever its style).</summary>
    public ReportingPeriod Following => Quarter == 4 ? new(Year + 1, 1) : new(Year, Quarter + 1);

    /// <summary>The quarter before: Q4 of the year before for Q1 (the report a <c>bao_cao_truoc</c> points at).</summary>
    public ReportingPeriod Preceding => Quarter == 1 ? new(Year - 1, 4) : new(Year, Quarter - 1);

    /// <summary>The year the next period falls in, which an article's closing aims at: after Q4, the next year.</summary>
    public int NextYear => Quarter == 4 ? Year + 1 : Year;

    public string NextYearText => NextYear.ToString(CultureInfo.InvariantCulture);

    // A quarter is next except after a 6-month report ("6 tháng cuối") and after a cumulative year.
    private bool NextIsQuarter(PeriodStyle style) => style != PeriodStyle.Cumulative || Quarter is 1 or 3;

    private string NextWithoutYear(PeriodStyle style) => (style, Quarter) switch
    {
        (PeriodStyle.Cumulative, 2) => "6 tháng cuối",
        (PeriodStyle.Cumulative, 4) => "", // the whole next year: "năm 2025"
        _ => "quý " + RomanNumeral.Format(Quarter % 4 + 1),
    };

    // The period's name before a shared year: "quý I", "6 tháng đầu năm", "9 tháng". Only used when the next
    // period falls in the same year, so never for Q4.
    private string NameWithoutYear(PeriodStyle style) => (style, Quarter) switch
    {
        (PeriodStyle.Cumulative, 2) => "6 tháng đầu năm",
        (PeriodStyle.Cumulative, 3) => "9 tháng",
        _ => QuarterName,
    };

    /// <summary>
    /// The days whose data the report covers (Nghị định 09/2019/NĐ-CP, art. 12): from the 15th of the month
    /// before the period to the 14th of its last month. A cumulative period starts on 15/12 of the year before.
    /// </summary>
    public DateInterval CutOff(PeriodStyle style)
    {
        int firstMonth = style == PeriodStyle.Cumulative ? 1 : 3 * Quarter - 2;
        LocalDate start = new LocalDate(Year, firstMonth, 15).PlusMonths(-1);
        LocalDate end = new(Year, 3 * Quarter, 14);
        return new DateInterval(start, end);
    }

    // Null when the cumulative name is the quarter's own (Q1, or quarter style).
    private string? CumulativeName(PeriodStyle style) => (style, Quarter) switch
    {
        (PeriodStyle.Cumulative, 2) => $"6 tháng đầu năm {YearText}",
        (PeriodStyle.Cumulative, 3) => $"9 tháng năm {YearText}",
        (PeriodStyle.Cumulative, 4) => $"năm {YearText}",
        _ => null,
    };
}
