using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class PercentTests
{
    [Theory]
    [InlineData("35.0028", "35%")]
    [InlineData("93.7", "93,7%")]
    [InlineData("0.09", "0,09%")]
    [InlineData("0.094", "0,09%")]
    [InlineData("0.095", "0,1%")]
    [InlineData("100", "100%")]
    [InlineData("112.46", "112,5%")]
    [InlineData("112.45", "112,5%")]
    [InlineData("0.996", "1%")]
    [InlineData("0.001", "0,001%")]
    [InlineData("-0.001", "-0,001%")]
    [InlineData("0.0000000000000000000000000001", "0,0000000000000000000000000001%")]
    [InlineData("-12.34", "-12,3%")]
    [InlineData("1234.56", "1.234,6%")]
    public void Formats_golden_cases(string invariant, string expected) =>
        Assert.Equal(expected, Percent.Format(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Budget_share_golden() => Assert.Equal("35%", Percent.Format(Percent.Of(187.5m, 535.7m)));

    [Fact]
    public void Of_keeps_full_precision() => Assert.Equal(12.5m, Percent.Of(1m, 8m));

    [Fact]
    public void Of_rejects_zero_whole() => Assert.Throws<ArgumentException>(() => Percent.Of(1m, 0m));

    [Fact]
    public void Of_is_an_argument_error_never_an_overflow()
    {
        Assert.Throws<ArgumentException>(() => Percent.Of(decimal.MaxValue, 0.5m));
        Assert.False(Percent.TryOf(decimal.MaxValue, 0.0000000000000000000000000001m, out _));
        Assert.False(Percent.TryOf(0.0000000000000000000000000001m, decimal.MaxValue, out _));
        Assert.True(Percent.TryOf(0m, decimal.MaxValue, out decimal zero));
        Assert.Equal(0m, zero);
    }

    [Theory]
    [InlineData("99.97", "99.97")]
    [InlineData("99.996", "99.996")]
    [InlineData("100.04", "100.04")]
    [InlineData("100", "100")]
    [InlineData("93.74", "93.7")]
    public void Round_apart_never_shows_100_for_another_value(string invariant, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Percent.RoundApart(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture), 100m));

    [Fact]
    public void Nonzero_never_shows_zero_and_forbidden_only_when_exact() =>
        Prop.ForAll(Generators.Percents, p =>
            {
                decimal shown = Percent.RoundApart(p, 0m, 100m);
                return (shown != 0m || p == 0m) && (shown != 100m || p == 100m);
            })
            .QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("99.96", "100")]
    [InlineData("0.094", "0.09")]
    [InlineData("35.0028", "35")]
    public void Round_gives_the_shown_value(string invariant, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Percent.Round(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Format_always_has_the_report_shape() =>
        Prop.ForAll(Generators.Percents, p =>
            {
                string text = Percent.Format(p);
                return Regex.IsMatch(text, @"\A-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]*[1-9])?%\z")
                    && !text.EndsWith(",0%", StringComparison.Ordinal);
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Format_shows_Round() =>
        Prop.ForAll(Generators.Percents, p => VietnameseNumber.Parse(Percent.Format(p).TrimEnd('%')) == Percent.Round(p))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Two_decimals_only_below_one() =>
        Prop.ForAll(Generators.Percents, p =>
            {
                string text = Percent.Format(p);
                int comma = text.IndexOf(',');
                int decimals = comma < 0 ? 0 : text.Length - comma - 2;
                // More only to keep a nonzero percentage from reading "0%".
                return decimals <= (Math.Abs(p) < 1m ? 2 : 1) || (Math.Round(p, 2) == 0m && p != 0m);
            })
            .QuickCheckThrowOnFailure();
}
