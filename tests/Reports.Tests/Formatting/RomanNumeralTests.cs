using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class RomanNumeralTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(2, "II")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(40, "XL")]
    [InlineData(90, "XC")]
    [InlineData(400, "CD")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(2024, "MMXXIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void Formats(int n, string expected) => Assert.Equal(expected, RomanNumeral.Format(n));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(4000)]
    public void Rejects_numbers_without_a_standard_form(int n) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumeral.Format(n));

    [Fact]
    public void Round_trips_through_a_parser() =>
        Prop.ForAll(Gen.Choose(1, 3999).ToArbitrary(), n => Parse(RomanNumeral.Format(n)) == n)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Every_number_has_a_distinct_numeral() =>
        Assert.Equal(3999, Enumerable.Range(1, 3999).Select(RomanNumeral.Format).Distinct().Count());

    // Subtractive reading: a symbol smaller than the next one is subtracted.
    private static int Parse(string numeral)
    {
        static int Value(char c) => c switch
        {
            'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, 'M' => 1000,
            _ => throw new FormatException($"Not a Roman digit: {c}"),
        };

        int total = 0;
        for (int i = 0; i < numeral.Length; i++)
        {
            int value = Value(numeral[i]);
            total += i + 1 < numeral.Length && value < Value(numeral[i + 1]) ? -value : value;
        }

        return total;
    }
}
