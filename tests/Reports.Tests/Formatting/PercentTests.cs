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
    [InlineData("0.001", "0%")]
    [InlineData("-0.001", "0%")]
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
                return Regex.IsMatch(text, @"\A-?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]{1,2})?%\z")
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
                return decimals <= (Math.Abs(p) < 1m ? 2 : 1);
            })
            .QuickCheckThrowOnFailure();
}
