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
