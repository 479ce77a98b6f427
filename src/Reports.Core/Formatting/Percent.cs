namespace Reports.Core.Formatting;

/// <summary>
/// Percentages as reports print them: one decimal, two below 1, no trailing ",0" ("35%", "93,7%", "0,09%"),
/// with as many more decimals as it takes for the shown number not to say what the value is not.
/// </summary>
public static class Percent
{
    /// <summary>
    /// part / whole × 100 at full precision. A zero whole, or a ratio no decimal can hold, has no percentage:
    /// that is an <see cref="ArgumentException"/> (never an OverflowException); <see cref="TryOf"/> does not throw.
    /// </summary>
    public static decimal Of(decimal part, decimal whole) =>
        TryOf(part, whole, out decimal percent)
            ? percent
            : throw new ArgumentException(
                whole == 0m ? "A percentage of zero is undefined." : "The percentage is outside the range of decimal.",
                nameof(whole));

    /// <summary>part / whole × 100; false for a zero whole, overflow, or a nonzero ratio too small for decimal.</summary>
    public static bool TryOf(decimal part, decimal whole, out decimal percent)
    {
        percent = 0m;
        return SafeArithmetic.TryDivide(part, whole, out decimal ratio)
            && SafeArithmetic.TryMultiply(ratio, 100m, out percent);
    }

    /// <summary>
    /// The value <see cref="Format"/> shows: one decimal, two below 1 (99,96% is shown as 100%), and a nonzero
    /// percentage keeps its first significant digit (0,001% is not "0%").
    /// </summary>
    public static decimal Round(decimal percent) => RoundApart(percent);

    /// <summary>
    /// As <see cref="Round"/>, and never shows one of <paramref name="forbidden"/> unless the percentage is exactly
    /// that: 99,97% against 100 stays 99,97, not 100, so "đạt 100%" is said only of a value equal to its plan.
    /// </summary>
    public static decimal RoundApart(decimal percent, params ReadOnlySpan<decimal> forbidden) =>
        SafeArithmetic.RoundApart(percent, Math.Abs(percent) < 1m ? 2 : 1, forbidden);

    /// <summary>"35%", "93,7%", "0,09%", "112,5%", "0,001%".</summary>
    public static string Format(decimal percent) => Number(Round(percent)) + "%";

    /// <summary>As <see cref="Format"/>, with the decimals <see cref="RoundApart"/> needs.</summary>
    public static string FormatApart(decimal percent, params ReadOnlySpan<decimal> forbidden) =>
        Number(RoundApart(percent, forbidden)) + "%";

    /// <summary>A difference of two rates: "1,2 điểm phần trăm" (magnitude only; the verb carries the sign).</summary>
    public static string Points(decimal difference) => Number(Round(Math.Abs(difference))) + " điểm phần trăm";

    // The rounded value is printed as it is: its places were chosen above.
    private static string Number(decimal shown) => VietnameseNumber.Format(shown, 28);
}
