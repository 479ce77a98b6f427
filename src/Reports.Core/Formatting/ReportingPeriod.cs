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
    /// (after a 6-month report), "năm 2025" after Q4 in both styles.
    /// </summary>
    public string NextName(PeriodStyle style) => Quarter switch
    {
        2 when style == PeriodStyle.Cumulative => $"6 tháng cuối năm {YearText}",
        4 => $"năm {(Year + 1).ToString(CultureInfo.InvariantCulture)}",
        _ => $"quý {RomanNumeral.Format(Quarter + 1)} năm {YearText}",
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
