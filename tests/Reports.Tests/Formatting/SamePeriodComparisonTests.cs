using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class SamePeriodComparisonTests
{
    [Fact]
    public void Budget_golden()
    {
        SamePeriodComparison comparison = SamePeriodComparison.Of(187.5m, 225.9m);
        Assert.Equal(ComparisonKind.Lower, comparison.Kind);
        Assert.Equal("bằng 83% so với cùng kỳ", comparison.Wording());
        Assert.Equal("giảm 17% so với cùng kỳ", comparison.Wording(lowerAsDecrease: true));
    }

    [Fact]
    public void Higher() =>
        Assert.Equal("tăng 12,5% so với cùng kỳ", SamePeriodComparison.Of(112.5m, 100m).Wording());

    [Fact]
    public void Higher_ignores_the_decrease_option() =>
        Assert.Equal("tăng 12,5% so với cùng kỳ", SamePeriodComparison.Of(225m, 200m).Wording(lowerAsDecrease: true));

    [Theory]
    [InlineData("100", "100")]
    [InlineData("100.001", "100")]
    [InlineData("99.96", "100")]
    [InlineData("100.04", "100")]
    public void Equal_when_the_shown_percentage_is_100(string value, string samePeriod)
    {
        var comparison = SamePeriodComparison.Of(Parse(value), Parse(samePeriod));
        Assert.Equal(ComparisonKind.Equal, comparison.Kind);
        Assert.Equal("bằng cùng kỳ", comparison.Wording());
        Assert.Equal("bằng cùng kỳ", comparison.Wording(lowerAsDecrease: true));
    }

    [Theory]
    [InlineData("100.05", ComparisonKind.Higher, "tăng 0,05% so với cùng kỳ")]
    [InlineData("99.94", ComparisonKind.Lower, "bằng 99,9% so với cùng kỳ")]
    [InlineData("250", ComparisonKind.Higher, "tăng 150% so với cùng kỳ")]
    [InlineData("0", ComparisonKind.Lower, "bằng 0% so với cùng kỳ")]
    public void Edges(string value, ComparisonKind kind, string wording)
    {
        var comparison = SamePeriodComparison.Of(Parse(value), 100m);
        Assert.Equal(kind, comparison.Kind);
        Assert.Equal(wording, comparison.Wording());
    }

    [Fact]
    public void Keeps_full_precision() =>
        Assert.Equal(187.5m / 225.9m * 100m, SamePeriodComparison.Of(187.5m, 225.9m).Percent);

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Rejects_a_base_without_meaning(int samePeriod) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SamePeriodComparison.Of(10m, samePeriod));

    [Fact]
    public void Never_writes_a_zero_change_or_a_100_ratio() =>
        Prop.ForAll(Generators.Percents, Arb.From(Gen.Elements(false, true)), (percent, asDecrease) =>
            {
                var comparison = SamePeriodComparison.Of(percent, 100m);
                string text = comparison.Wording(asDecrease);
                bool saysNothing = text.StartsWith("tăng 0%", StringComparison.Ordinal)
                    || text.StartsWith("giảm 0%", StringComparison.Ordinal)
                    || text.StartsWith("bằng 100%", StringComparison.Ordinal);
                return !saysNothing && (comparison.Kind == ComparisonKind.Equal) == (text == "bằng cùng kỳ");
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Kind_follows_the_shown_percentage() =>
        Prop.ForAll(Generators.Percents, percent =>
                SamePeriodComparison.Of(percent, 100m).Kind
                == (Percent.Round(percent) == 100m ? ComparisonKind.Equal
                    : Percent.Round(percent) > 100m ? ComparisonKind.Higher
                    : ComparisonKind.Lower))
            .QuickCheckThrowOnFailure();

    private static decimal Parse(string invariant) =>
        decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
}
