namespace Reports.Core.Formatting;

/// <summary>
/// What is known about one figure: its value and unit, the plans it is measured against, last year's
/// same-period value, the previous period's value, and the whole it is a part of ("4/21 xã").
/// </summary>
/// <param name="Value">This period's value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The printed unit: "tỷ đồng", "xã", "lao động", "%" for a rate; may be empty.</param>
/// <param name="Plans">Plans in the order the report names them; each keeps its label and all are shown.</param>
/// <param name="SamePeriod">The same period last year, if known.</param>
/// <param name="Whole">The whole of which Value is a part, if the figure is a count of units.</param>
/// <param name="Verb">The verb that opens the clause.</param>
/// <param name="LowerAsDecrease">For a more-is-better figure, write a fall as "giảm X%" rather than "bằng Y%".</param>
public sealed record FigureFacts(
    decimal Value,
    string Unit,
    IReadOnlyList<PlanTarget> Plans,
    decimal? SamePeriod,
    decimal? Whole,
    string Verb = "đạt",
    bool LowerAsDecrease = false)
{
    /// <summary>Which way the figure is good (data key <c>chieu_tot: giam</c> → <see cref="Direction.LowerIsBetter"/>).</summary>
    public Direction Direction { get; init; } = Direction.HigherIsBetter;

    /// <summary>An estimate (data key <c>uoc_tinh: true</c>): the verb reads "ước đạt", "ước thực hiện".</summary>
    public bool Estimated { get; init; }

    /// <summary>How a part of <see cref="Whole"/> is written (data key <c>cach_ghi_tong</c>).</summary>
    public WholeStyle WholeStyle { get; init; } = WholeStyle.Fraction;

    /// <summary>The previous period's value, if known (data key <c>ky_truoc</c>).</summary>
    public decimal? Previous { get; init; }

    /// <summary>What the previous period is called after "so với": "quý trước", "6 tháng đầu năm".</summary>
    public string PreviousLabel { get; init; } = "quý trước";

    /// <summary>The figure over its other span, written in brackets after the value: "(riêng quý II: 234,3 tỷ đồng)".</summary>
    public SpanValue? OtherSpan { get; init; }

    /// <summary>What the same period last year is called after "so với".</summary>
    public string SamePeriodLabel { get; init; } = "cùng kỳ";

    /// <summary>True when the unit is "%": compared in percentage points, printed "93,7%".</summary>
    public bool IsRate => Quantity.IsRate(Unit);
}

/// <summary>A value over another span than the report's and that span's name: ("lũy kế 9 tháng", 310).</summary>
public sealed record SpanValue(string Label, decimal Value);
