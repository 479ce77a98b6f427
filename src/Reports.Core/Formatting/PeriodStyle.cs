namespace Reports.Core.Formatting;

/// <summary>How a report names its period: the quarter alone, or everything since the start of the year.</summary>
public enum PeriodStyle
{
    /// <summary>"quý II năm 2024".</summary>
    Quarter,

    /// <summary>"6 tháng đầu năm 2024": usual for Q2-Q4 reports.</summary>
    Cumulative,
}
