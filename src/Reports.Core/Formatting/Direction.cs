namespace Reports.Core.Formatting;

/// <summary>Which way a figure is good: it decides how a change against an earlier period is worded.</summary>
public enum Direction
{
    /// <summary>More is better (revenue, households reached): "bằng 83%", "tăng 12,5%", "gấp 2,4 lần".</summary>
    HigherIsBetter,

    /// <summary>
    /// Less is better (violations, accidents, poor households, party members disciplined): the change and its
    /// size, "giảm 7 vụ (18,4%)", so that a good fall never reads like a shortfall. Data key <c>chieu_tot: giam</c>.
    /// </summary>
    LowerIsBetter,
}
