namespace Reports.Core.Formatting;

/// <summary>A figure against the same period last year ("cùng kỳ"), and the phrase that says so.</summary>
public sealed record SamePeriodComparison
{
    private SamePeriodComparison(decimal value, decimal samePeriod)
    {
        Value = value;
        SamePeriod = samePeriod;
        Percent = Formatting.Percent.Of(value, samePeriod);

        // Decided on the percentage as shown, so that no text ever reads "bằng 100%", "tăng 0%" or "giảm 0%":
        // 100,001% and 99,96% both show as 100% and are Equal.
        decimal shown = Formatting.Percent.Round(Percent);
        Kind = shown == 100m ? ComparisonKind.Equal
            : shown > 100m ? ComparisonKind.Higher
            : ComparisonKind.Lower;
    }

    /// <summary>This period's value.</summary>
    public decimal Value { get; }

    /// <summary>The value of the same period last year.</summary>
    public decimal SamePeriod { get; }

    /// <summary>Value / same period × 100, full precision.</summary>
    public decimal Percent { get; }

    /// <summary>Equal, Higher or Lower, on the shown percentage.</summary>
    public ComparisonKind Kind { get; }

    /// <summary>
    /// Compares a value with its same-period value. A ratio against a zero or negative base says nothing
    /// true, so those are rejected (callers skip them).
    /// </summary>
    public static SamePeriodComparison Of(decimal value, decimal samePeriod)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samePeriod);
        return new SamePeriodComparison(value, samePeriod);
    }

    /// <summary>
    /// "bằng 83% so với cùng kỳ" (or "giảm 17% so với cùng kỳ" when <paramref name="lowerAsDecrease"/>),
    /// "tăng 12,5% so với cùng kỳ", "bằng cùng kỳ".
    /// </summary>
    public string Wording(bool lowerAsDecrease = false) => Kind switch
    {
        ComparisonKind.Equal => "bằng cùng kỳ",
        ComparisonKind.Higher => $"tăng {Formatting.Percent.Format(Percent - 100m)} so với cùng kỳ",
        _ when lowerAsDecrease => $"giảm {Formatting.Percent.Format(100m - Percent)} so với cùng kỳ",
        _ => $"bằng {Formatting.Percent.Format(Percent)} so với cùng kỳ",
    };
}
