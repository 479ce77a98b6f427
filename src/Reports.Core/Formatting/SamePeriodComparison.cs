namespace Reports.Core.Formatting;

/// <summary>A value against the same period last year ("cùng kỳ"), and the phrase that says so.</summary>
public sealed record SamePeriodComparison
{
    private SamePeriodComparison(decimal value, decimal samePeriod)
    {
        Value = value;
        SamePeriod = samePeriod;
        Percent = samePeriod > 0m && Formatting.Percent.TryOf(value, samePeriod, out decimal percent) ? percent : null;
        // Decided on the numbers, not on a rounded percentage: the wording adds decimals so that what is shown
        // agrees (100,001% of the base is "tăng 0,001%", never "bằng cùng kỳ").
        Kind = value == samePeriod ? ComparisonKind.Equal
            : value > samePeriod ? ComparisonKind.Higher
            : ComparisonKind.Lower;
    }

    /// <summary>This period's value.</summary>
    public decimal Value { get; }

    /// <summary>The value of the same period last year.</summary>
    public decimal SamePeriod { get; }

    /// <summary>Value / same period × 100, full precision; null when the base is zero or less, or the ratio overflows.</summary>
    public decimal? Percent { get; }

    /// <summary>Equal, Higher or Lower, on the exact values.</summary>
    public ComparisonKind Kind { get; }

    /// <summary>Compares a value with its same-period value; any decimals (see <see cref="PeriodComparison"/>).</summary>
    public static SamePeriodComparison Of(decimal value, decimal samePeriod) => new(value, samePeriod);

    /// <summary>
    /// The more-is-better phrase without a unit: "bằng 83% so với cùng kỳ" (or "giảm 17% so với cùng kỳ" when
    /// <paramref name="lowerAsDecrease"/>), "tăng 12,5% so với cùng kỳ", "gấp 2,4 lần so với cùng kỳ", "bằng cùng kỳ".
    /// </summary>
    public string Wording(bool lowerAsDecrease = false) =>
        PeriodComparison.Write(new FigureFacts(Value, "", [], SamePeriod, null, LowerAsDecrease: lowerAsDecrease), SamePeriod, "cùng kỳ");
}
