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

    [Fact]
    public void Equal_only_for_equal_values()
    {
        var comparison = SamePeriodComparison.Of(100m, 100m);
        Assert.Equal(ComparisonKind.Equal, comparison.Kind);
        Assert.Equal("bằng cùng kỳ", comparison.Wording());
        Assert.Equal("bằng cùng kỳ", comparison.Wording(lowerAsDecrease: true));
    }

    // Rounding never changes the verdict: these used to read "bằng cùng kỳ".
    [Theory]
    [InlineData("100.001", ComparisonKind.Higher, "tăng 0,001% so với cùng kỳ")]
    [InlineData("99.96", ComparisonKind.Lower, "bằng 99,96% so với cùng kỳ")]
    [InlineData("100.04", ComparisonKind.Higher, "tăng 0,04% so với cùng kỳ")]
    public void Near_equal_values_are_not_equal(string value, ComparisonKind kind, string wording)
    {
        var comparison = SamePeriodComparison.Of(Parse(value), 100m);
        Assert.Equal(kind, comparison.Kind);
        Assert.Equal(wording, comparison.Wording());
    }

    [Theory]
    [InlineData("100.05", ComparisonKind.Higher, "tăng 0,05% so với cùng kỳ")]
    [InlineData("99.94", ComparisonKind.Lower, "bằng 99,9% so với cùng kỳ")]
    [InlineData("250", ComparisonKind.Higher, "gấp 2,5 lần so với cùng kỳ")]
    [InlineData("199.9", ComparisonKind.Higher, "tăng 99,9% so với cùng kỳ")]
    [InlineData("199.99", ComparisonKind.Higher, "tăng 99,99% so với cùng kỳ")]
    [InlineData("200", ComparisonKind.Higher, "gấp 2 lần so với cùng kỳ")]
    [InlineData("0", ComparisonKind.Lower, "bằng 0% so với cùng kỳ")]
    public void Edges(string value, ComparisonKind kind, string wording)
    {
        var comparison = SamePeriodComparison.Of(Parse(value), 100m);
        Assert.Equal(kind, comparison.Kind);
        Assert.Equal(wording, comparison.Wording());
    }

    [Fact]
    public void Keeps_full_precision() =>
        Assert.Equal((decimal?)(187.5m / 225.9m * 100m), SamePeriodComparison.Of(187.5m, 225.9m).Percent);

    // A ratio against a zero or negative base says nothing true: the difference is stated instead.
    [Theory]
    [InlineData(0, "tăng 10 so với cùng kỳ (cùng kỳ không có)")]
    [InlineData(-5, "tăng 15 so với cùng kỳ (cùng kỳ: -5)")]
    public void Words_a_base_without_a_ratio(int samePeriod, string wording)
    {
        Assert.Null(SamePeriodComparison.Of(10m, samePeriod).Percent);
        Assert.Equal(wording, SamePeriodComparison.Of(10m, samePeriod).Wording());
    }

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
    public void Kind_follows_the_numbers() =>
        Prop.ForAll(Generators.Percents, percent =>
                SamePeriodComparison.Of(percent, 100m).Kind
                == (percent == 100m ? ComparisonKind.Equal
                    : percent > 100m ? ComparisonKind.Higher
                    : ComparisonKind.Lower))
            .QuickCheckThrowOnFailure();

    private static decimal Parse(string invariant) =>
        decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
}
