using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Reports.Tests.Formatting;

/// <summary>Generators for property tests: values in the range real reports use.</summary>
internal static class Generators
{
    /// <summary>Decimals up to ±10^12 with up to 6 decimal places, including exact zeros and midpoints.</summary>
    public static Arbitrary<decimal> Decimals { get; } =
        (from high in Gen.Choose(0, 999_999)
         from low in Gen.Choose(0, 999_999)
         from scale in Gen.Choose(0, 6)
         from negative in Gen.Elements(false, true)
         let magnitude = (high * 1_000_000m + low) / Pow10(scale)
         select negative ? -magnitude : magnitude)
        .ToArbitrary();

    /// <summary>Percentages from -1000% to 1000% with up to 5 decimals, dense near zero and near 100.</summary>
    public static Arbitrary<decimal> Percents { get; } =
        Gen.OneOf(
                from units in Gen.Choose(-100_000_000, 100_000_000) select units / 100_000m,
                from units in Gen.Choose(-200_000, 200_000) select units / 100_000m,
                from units in Gen.Choose(-20_000, 20_000) select 100m + units / 100_000m)
            .ToArbitrary();

    /// <summary>
    /// Figures within <see cref="Reports.Core.Formatting.FigureLimits"/>: counts, amounts with decimals, and
    /// tiny ones, nonnegative (report values), with exact zeros.
    /// </summary>
    public static Gen<decimal> FigureGen { get; } =
        Gen.OneOf(
            Gen.Choose(0, 60).Select(n => (decimal)n),
            from high in Gen.Choose(0, 999_999)
            from low in Gen.Choose(0, 999_999)
            from scale in Gen.Choose(0, 6)
            select (high * 1_000_000m + low) / Pow10(scale),
            from units in Gen.Choose(1, 1_000) select units / 1_000_000m);

    /// <summary>A value and a base, often equal or nearly so, so that the edges of every verdict are tried.</summary>
    public static Arbitrary<(decimal Value, decimal Basis)> ValueAndBase { get; } =
        (from basis in FigureGen
         from kind in Gen.Choose(0, 5)
         from other in FigureGen
         from tweak in Gen.Choose(-1_000, 1_000)
         from scale in Gen.Choose(0, 8)
         let value = kind switch
         {
             0 => basis,
             1 => basis + tweak / Pow10(scale),
             2 => basis * 2m + tweak / Pow10(scale),
             3 => basis * (1m + tweak / 100_000m),
             _ => other,
         }
         select (Math.Max(0m, value), basis))
        .ToArbitrary();

    /// <summary>
    /// Any decimal at all: the extremes (decimal.MaxValue, 10^-28, zero, negatives) and random bit patterns of
    /// every scale, for totality.
    /// </summary>
    public static Gen<decimal> AnyDecimalGen { get; } =
        Gen.OneOf(
            Gen.Elements(
                decimal.MaxValue, decimal.MinValue, 0m, 1m, -1m, 0.0000000000000000000000000001m,
                -0.0000000000000000000000000001m, 79228162514264337593543950334m, 0.5m, 1000m, 2m,
                1_000_000_000_000_000m, 0.000001m),
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(int.MinValue, int.MaxValue)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale));

    /// <summary>Dates from 1900 to 2100.</summary>
    public static Arbitrary<LocalDate> Dates { get; } =
        (from days in Gen.Choose(0, 73_000) select new LocalDate(1900, 1, 1).PlusDays(days)).ToArbitrary();

    /// <summary>Maximum decimals for Format.</summary>
    public static Arbitrary<int> MaxDecimals { get; } = Gen.Choose(0, 6).ToArbitrary();

    private static decimal Pow10(int n)
    {
        decimal result = 1m;
        for (int i = 0; i < n; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
