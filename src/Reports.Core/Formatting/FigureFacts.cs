namespace Reports.Core.Formatting;

/// <summary>
/// What is known about one figure: its value and unit, the plans it is measured against, last year's
/// same-period value, and the whole it is a part of ("4/21 xã").
/// </summary>
/// <param name="Value">This period's value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The printed unit: "tỷ đồng", "xã", "lao động"; may be empty.</param>
/// <param name="Plans">Plans in the order the report names them; the first takes "đạt".</param>
/// <param name="SamePeriod">The same period last year, if known.</param>
/// <param name="Whole">The whole of which Value is a part, if the figure is a count of units.</param>
/// <param name="Verb">The verb that opens the clause.</param>
/// <param name="LowerAsDecrease">Write a fall against last year as "giảm X%" rather than "bằng Y%".</param>
public sealed record FigureFacts(
    decimal Value,
    string Unit,
    IReadOnlyList<PlanTarget> Plans,
    decimal? SamePeriod,
    decimal? Whole,
    string Verb = "đạt",
    bool LowerAsDecrease = false);
