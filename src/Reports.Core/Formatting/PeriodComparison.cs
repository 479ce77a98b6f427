namespace Reports.Core.Formatting;

/// <summary>
/// A figure against an earlier period ("cùng kỳ", "quý trước"), worded so that the verdict and every number
/// agree with the two values: "bằng" only for equal values, "tăng" / "giảm" by the sign of the difference.
/// </summary>
public static class PeriodComparison
{
    /// <summary>
    /// The phrase comparing <paramref name="facts"/>' value with <paramref name="basis"/>, the value of the period
    /// named <paramref name="label"/>:
    /// <list type="bullet">
    /// <item>equal values: "bằng cùng kỳ";</item>
    /// <item>a rate (unit "%"): "tăng 1,2 điểm phần trăm so với cùng kỳ", "giảm ...";</item>
    /// <item>more is better: "bằng 83% so với cùng kỳ" (or "giảm 17% ..." with LowerAsDecrease), "tăng 12,5% so với
    /// cùng kỳ", from twice the base "gấp 2,4 lần so với cùng kỳ";</item>
    /// <item>less is better: "giảm 7 vụ (18,4%) so với cùng kỳ", "tăng 2 vụ (5,3%) so với cùng kỳ";</item>
    /// <item>a base of zero: "tăng 5 vụ so với cùng kỳ (cùng kỳ không có)";</item>
    /// <item>a negative value or base, where a ratio means nothing: "giảm 2 tỷ đồng so với cùng kỳ (cùng kỳ: 1 tỷ đồng)".</item>
    /// </list>
    /// Never throws for any decimal: a ratio or difference a decimal cannot hold is left out of the wording.
    /// </summary>
    public static string Write(FigureFacts facts, decimal basis, string label)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Unit);
        ArgumentNullException.ThrowIfNull(label);
        string period = label.Trim();
        string against = "so với " + period;
        decimal value = facts.Value;
        if (value == basis)
        {
            return "bằng " + period;
        }

        string direction = value > basis ? "tăng" : "giảm";
        bool hasDifference = SafeArithmetic.TrySubtract(value, basis, out decimal difference);
        string basisNote = $"({period}: {Quantity.Write(basis, facts.Unit)})";

        // A difference a decimal cannot hold is only possible far outside FigureLimits: say the direction.
        if (!hasDifference)
        {
            return $"{direction} {against} {basisNote}";
        }

        if (facts.IsRate)
        {
            // Rates are compared in points, never as a ratio of ratios.
            return $"{direction} {Percent.Points(difference)} {against}";
        }

        string change = Quantity.Write(Math.Abs(difference), facts.Unit);
        if (basis == 0m && value > 0m)
        {
            return $"tăng {change} {against} ({period} không có)";
        }

        if (basis <= 0m || value < 0m)
        {
            return $"{direction} {change} {against} {basisNote}";
        }

        return facts.Direction == Direction.LowerIsBetter
            ? LowerIsBetter(direction, difference, basis, change, against)
            : HigherIsBetter(facts, value, basis, direction, change, against);
    }

    // "giảm 7 vụ (18,4%) so với cùng kỳ": the change as a count, its size as a share of the base.
    private static string LowerIsBetter(string direction, decimal difference, decimal basis, string change, string against) =>
        Percent.TryOf(Math.Abs(difference), basis, out decimal percent)
            ? $"{direction} {change} ({Percent.FormatApart(percent, 0m, 100m)}) {against}"
            : $"{direction} {change} {against}";

    private static string HigherIsBetter(FigureFacts facts, decimal value, decimal basis, string direction, string change, string against)
    {
        // A ratio a decimal cannot hold (only outside FigureLimits) falls back to the difference.
        string absolute = $"{direction} {change} {against}";
        if (!SafeArithmetic.TryDivide(value, basis, out decimal ratio) || !Percent.TryOf(value, basis, out decimal percent))
        {
            return absolute;
        }

        if (value > basis)
        {
            if (ratio >= 2m)
            {
                return $"gấp {Times(ratio)} lần {against}";
            }

            // 100% is forbidden too: 1,9999 times the base is not "tăng 100%".
            decimal rise = percent - 100m;
            return rise > 0m ? $"tăng {Percent.FormatApart(rise, 0m, 100m)} {against}" : absolute;
        }

        if (facts.LowerAsDecrease)
        {
            decimal fall = 100m - percent;
            return fall > 0m ? $"giảm {Percent.FormatApart(fall, 0m, 100m)} {against}" : absolute;
        }

        return percent < 100m ? $"bằng {Percent.FormatApart(percent, 100m)} {against}" : absolute;
    }

    /// <summary>
    /// "4,9" in "gấp 4,9 lần": one decimal, more when rounding would make an inexact ratio look whole
    /// (2,04 times is not "gấp 2 lần", 2,96 times not "gấp 3 lần").
    /// </summary>
    public static string Times(decimal ratio)
    {
        for (int places = 1; ; places++)
        {
            decimal shown = Math.Round(ratio, places, MidpointRounding.AwayFromZero);
            if (shown == ratio || shown != decimal.Truncate(shown) || places >= 28)
            {
                return VietnameseNumber.Format(shown, 28);
            }
        }
    }
}
