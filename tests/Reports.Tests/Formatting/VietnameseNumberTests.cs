using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("7396.54", 2, "7.396,54")]
    [InlineData("1250", 2, "1.250")]
    [InlineData("187.50", 2, "187,5")]
    [InlineData("3015", 2, "3.015")]
    [InlineData("-1234.5", 2, "-1.234,5")]
    [InlineData("0.5", 2, "0,5")]
    [InlineData("0", 2, "0")]
    [InlineData("-0.001", 2, "0")]
    [InlineData("1250000", 2, "1.250.000")]
    [InlineData("999.995", 2, "1.000")]
    [InlineData("2.345", 2, "2,35")]
    [InlineData("-2.345", 2, "-2,35")]
    [InlineData("2.5", 0, "3")]
    [InlineData("12.3456", 4, "12,3456")]
    [InlineData("100.000", 2, "100")]
    [InlineData("123456789.1", 2, "123.456.789,1")]
    public void Formats_golden_cases(string invariant, int maxDecimals, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture), maxDecimals));

    [Fact]
    public void Default_is_two_decimals() => Assert.Equal("7.396,54", VietnameseNumber.Format(7396.544m));

    [Fact]
    public void Rejects_negative_decimals() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseNumber.Format(1m, -1));

    [Theory]
    [InlineData("7.396,54", "7396.54")]
    [InlineData("1.250", "1250")]
    [InlineData("-1.234,5", "-1234.5")]
    [InlineData("0,5", "0.5")]
    [InlineData("0", "0")]
    public void Parses_canonical_text(string text, string invariant) =>
        Assert.Equal(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture), VietnameseNumber.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("1250")]
    [InlineData("1,250.5")]
    [InlineData("1.25")]
    [InlineData("01")]
    [InlineData("-0")]
    [InlineData("1,50")]
    [InlineData(",5")]
    [InlineData("5,")]
    [InlineData(" 1")]
    [InlineData("1.250\n")]
    [InlineData("١")]
    public void Rejects_text_Format_cannot_produce(string text)
    {
        Assert.False(VietnameseNumber.TryParse(text, out _));
        Assert.Throws<FormatException>(() => VietnameseNumber.Parse(text));
    }

    [Fact]
    public void Parse_inverts_Format() =>
        Prop.ForAll(Generators.Decimals, Generators.MaxDecimals, (x, d) =>
                VietnameseNumber.Parse(VietnameseNumber.Format(x, d)) == Math.Round(x, d, MidpointRounding.AwayFromZero))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Format_inverts_Parse_on_canonical_text() =>
        Prop.ForAll(Generators.Decimals, x =>
            {
                string text = VietnameseNumber.Format(x);
                return VietnameseNumber.Format(VietnameseNumber.Parse(text)) == text;
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Groups_every_three_digits_with_at_most_one_comma() =>
        Prop.ForAll(Generators.Decimals, Generators.MaxDecimals, (x, d) =>
                Regex.IsMatch(VietnameseNumber.Format(x, d), @"\A-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?\z")
                && VietnameseNumber.Format(x, d).Count(c => c == ',') <= 1)
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Never_ends_in_a_zero_decimal() =>
        Prop.ForAll(Generators.Decimals, x =>
            {
                string text = VietnameseNumber.Format(x, 4);
                return !text.Contains(',') || !text.EndsWith('0');
            })
            .QuickCheckThrowOnFailure();
}
