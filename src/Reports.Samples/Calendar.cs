namespace Reports.Samples;

/// <summary>When a sample's report is signed and its meeting held: working days near the period's end.</summary>
internal static class Calendar
{
    /// <summary>The last day documents of the old units (districts, unmerged communes) could carry.</summary>
    private static readonly DateOnly LastDayBeforeReform = new(2025, 6, 30);

    /// <summary>
    /// A State report is written once the data are cut off on the 14th of the period's last month (Nghị định
    /// 09/2019/NĐ-CP) and mostly signed before the month ends; a Party report goes to the committee's meeting at
    /// the end of the period or in the first days of the next month. Never a weekend or a public holiday, and a
    /// report of the second quarter of 2025 is signed by 30 June, while its unit still exists.
    /// </summary>
    public static DateOnly DocumentDate(SampleRandom r, int year, int quarter, bool party)
    {
        var lastMonth = new DateOnly(year, quarter * 3, 1);
        var beforeReform = year == 2025 && quarter == 2;
        var inPeriod = beforeReform || (party ? r.Chance(0.4) : r.Chance(0.75));
        var date = inPeriod
            ? lastMonth.AddDays(party ? r.Between(18, 26) : r.Between(14, 25))
            : lastMonth.AddMonths(1).AddDays(r.Between(1, party ? 8 : 5));
        date = NextWorkday(date);
        return beforeReform && date > LastDayBeforeReform ? PreviousWorkday(LastDayBeforeReform, 0) : date;
    }

    /// <summary>The meeting that discusses the report: the same day or a few working days before it.</summary>
    public static DateOnly MeetingDate(SampleRandom r, DateOnly documentDate) => PreviousWorkday(documentDate, r.Between(0, 3));

    /// <summary>The day itself when it is a working day, else the next one.</summary>
    public static DateOnly NextWorkday(DateOnly date)
    {
        while (!IsWorkday(date)) date = date.AddDays(1);
        return date;
    }

    /// <summary>The working day <paramref name="back"/> working days before <paramref name="date"/> (0: the day, or the one before if it is off).</summary>
    public static DateOnly PreviousWorkday(DateOnly date, int back)
    {
        while (!IsWorkday(date)) date = date.AddDays(-1);
        for (var i = 0; i < back; i++)
        {
            date = date.AddDays(-1);
            while (!IsWorkday(date)) date = date.AddDays(-1);
        }
        return date;
    }

    /// <summary>Not a Saturday, Sunday or a fixed public holiday (1/1, 30/4, 1/5, 1-2/9); Tết never falls near a quarter's end.</summary>
    public static bool IsWorkday(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && (date.Month, date.Day) is not ((1, 1) or (4, 30) or (5, 1) or (9, 1) or (9, 2));
}
