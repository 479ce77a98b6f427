using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

/// <summary>
/// The clerk's rules as properties: for random values, plans and bases the words and the numbers in a
/// sentence agree with the numbers it was written from.
/// </summary>
public partial class FigurePropertiesTests
{
    private static readonly PlanTarget[] NoPlans = [];

    // Verdict edges are rare among random pairs; more cases than the default 100 find them (about 1 s in all).
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(1_000);

    private static string Compare(decimal value, decimal basis, Direction direction, string unit = "vụ", bool lowerAsDecrease = false) =>
        PeriodComparison.Write(
            new FigureFacts(value, unit, NoPlans, basis, null, LowerAsDecrease: lowerAsDecrease) { Direction = direction }, basis, "cùng kỳ");

    [Fact]
    public void More_is_better_verdict_and_numbers_agree() =>
        Prop.ForAll(Generators.ValueAndBase, Arb.From(Gen.Elements(false, true)), (pair, asDecrease) =>
            {
                (decimal value, decimal basis) = pair;
                string text = Compare(value, basis, Direction.HigherIsBetter, lowerAsDecrease: asDecrease);
                CommonRules(text);
                Assert.Equal(value == basis, text == "bằng cùng kỳ");
                if (text.StartsWith("tăng", StringComparison.Ordinal) || text.StartsWith("gấp", StringComparison.Ordinal))
                {
                    Assert.True(value > basis, text);
                }

                if (text.StartsWith("giảm", StringComparison.Ordinal) || text.StartsWith("bằng ", StringComparison.Ordinal) && text != "bằng cùng kỳ")
                {
                    Assert.True(value < basis, text);
                }

                if (basis > 0m && Shown(text, @"^bằng (\S+)%") is { } share)
                {
                    AssertShows(value / basis * 100m, share, text);
                }

                if (basis > 0m && Shown(text, @"^giảm (\S+)%") is { } fall)
                {
                    AssertShows(100m - (value / basis * 100m), fall, text);
                }

                if (basis > 0m && Shown(text, @"^tăng (\S+)%") is { } rise)
                {
                    Assert.True(value < 2m * basis, text);
                    AssertShows((value / basis * 100m) - 100m, rise, text);
                }

                if (Shown(text, @"^gấp (\S+) lần") is { } times)
                {
                    Assert.True(value >= 2m * basis, text);
                    AssertShows(value / basis, times, text);
                    decimal n = VietnameseNumber.Parse(times);
                    Assert.True(n != decimal.Truncate(n) || n == value / basis, text);
                }

                return true;
            })
            .Check(Many);

    [Fact]
    public void Less_is_better_states_the_difference() =>
        Prop.ForAll(Generators.ValueAndBase, pair =>
            {
                (decimal value, decimal basis) = pair;
                string text = Compare(value, basis, Direction.LowerIsBetter);
                CommonRules(text);
                Assert.Equal(value == basis, text == "bằng cùng kỳ");
                Assert.True(text == "bằng cùng kỳ" || text.StartsWith(value > basis ? "tăng " : "giảm ", StringComparison.Ordinal), text);
                if (Shown(text, @"^(?:tăng|giảm) (\S+) vụ") is { } change)
                {
                    AssertShows(Math.Abs(value - basis), change, text);
                }

                if (basis > 0m && Shown(text, @"\((\S+)%\)") is { } size)
                {
                    AssertShows(Math.Abs(value - basis) / basis * 100m, size, text);
                }

                return true;
            })
            .Check(Many);

    [Fact]
    public void Rates_are_compared_in_points() =>
        Prop.ForAll(Generators.ValueAndBase, Arb.From(Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)), (pair, direction) =>
            {
                (decimal value, decimal basis) = pair;
                string text = Compare(value, basis, direction, "%");
                CommonRules(text);
                Assert.DoesNotContain("%", text.Replace("điểm phần trăm", "", StringComparison.Ordinal), StringComparison.Ordinal);
                if (value == basis)
                {
                    Assert.Equal("bằng cùng kỳ", text);
                }
                else
                {
                    Assert.StartsWith(value > basis ? "tăng " : "giảm ", text, StringComparison.Ordinal);
                    AssertShows(Math.Abs(value - basis), Shown(text, @"^(?:tăng|giảm) (\S+) điểm phần trăm")!, text);
                }

                return true;
            })
            .Check(Many);

    [Fact]
    public void Plan_percentage_is_100_only_for_the_plan() =>
        Prop.ForAll(Generators.ValueAndBase, pair =>
            {
                (decimal value, decimal plan) = pair;
                string text = FigureClause.Write(new FigureFacts(value, "ha", [new PlanTarget("kế hoạch", plan)], null, null));
                CommonRules(text);
                if (plan > 0m)
                {
                    string shown = Shown(text, @"đạt (\S+)% kế hoạch")!;
                    Assert.Equal(value == plan, shown == "100");
                    AssertShows(value / plan * 100m, shown, text);
                }

                return true;
            })
            .Check(Many);

    [Fact]
    public void Part_of_whole_is_complete_only_when_equal() =>
        Prop.ForAll(Generators.ValueAndBase, pair =>
            {
                (decimal part, decimal whole) = pair;
                string text = PartOfWhole.Format(part, whole, "xã");
                CommonRules(text);
                Assert.Equal(whole > 0m && part == whole, text.Contains("đạt 100%", StringComparison.Ordinal));
                if (whole > 0m && part != whole)
                {
                    AssertShows(part / whole * 100m, Shown(text, @"đạt (\S+)%$")!, text);
                }

                return true;
            })
            .Check(Many);

    [Fact]
    public void A_nonzero_value_never_prints_as_zero() =>
        Prop.ForAll(Generators.FigureGen.ToArbitrary(), Arb.From(Gen.Elements("ha", "%", "", "tỷ đồng", "triệu đồng")), (value, unit) =>
            {
                string text = Quantity.Write(value, unit);
                Assert.Equal(value == 0m, Regex.IsMatch(text, @"^0( |%|$)") || text == "0 đồng");
                Assert.DoesNotContain(" %", text, StringComparison.Ordinal);
                return true;
            })
            .Check(Many);

    [Fact]
    public void Every_function_is_total_for_any_decimal()
    {
        Gen<FigureFacts> facts =
            from value in Generators.AnyDecimalGen
            from plan in Generators.AnyDecimalGen
            from basis in Generators.AnyDecimalGen
            from previous in Generators.AnyDecimalGen
            from whole in Gen.OneOf(Gen.Constant<decimal?>(null), Generators.AnyDecimalGen.Select(w => (decimal?)w))
            from unit in Gen.Elements("vụ", "%", "tỷ đồng", "triệu đồng", "")
            from direction in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
            from style in Gen.Elements(WholeStyle.Fraction, WholeStyle.Share)
            from flags in Gen.Choose(0, 3)
            select new FigureFacts(value, unit, [new PlanTarget("kế hoạch", plan)], basis, whole, LowerAsDecrease: (flags & 1) != 0)
            {
                Direction = direction,
                WholeStyle = style,
                Estimated = (flags & 2) != 0,
                Previous = previous,
            };

        Prop.ForAll(facts.ToArbitrary(), f =>
            {
                string text = FigureClause.Write(f);
                Assert.DoesNotContain(" %", text, StringComparison.Ordinal);
                _ = FigureClause.SamePeriodText(f);
                _ = SamePeriodComparison.Of(f.Value, f.SamePeriod!.Value).Wording(f.LowerAsDecrease);
                _ = Percent.FormatApart(f.Value, 0m, 100m);
                _ = PartOfWhole.Format(f.Value, f.Whole ?? f.Value, f.Unit, f.WholeStyle);
                foreach (MoneyUnit unit in Enum.GetValues<MoneyUnit>())
                {
                    _ = Money.Spelled(f.Value, unit);
                    _ = Money.Short(f.Value, unit);
                    _ = Money.Written(f.Value, unit);
                }

                _ = FigureLimits.Reason(f.Value);
                return true;
            })
            .Check(Many);
    }

    // Rules every sentence obeys whatever its numbers.
    private static void CommonRules(string text)
    {
        Assert.DoesNotContain(" %", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(tăng|giảm) 0( |%|$)", text);
        Assert.DoesNotMatch(@"bằng 100%", text);
        Assert.DoesNotMatch(@"\(0%\)", text);
    }

    private static string? Shown(string text, string pattern)
    {
        Match match = Regex.Match(text, pattern);
        return match.Success ? match.Groups[1].Value : null;
    }

    // The shown number is the true one rounded at its last shown place (or finer, trailing zeros dropped).
    private static void AssertShows(decimal exact, string shown, string text)
    {
        decimal number = VietnameseNumber.Parse(shown);
        int comma = shown.IndexOf(',', StringComparison.Ordinal);
        int places = comma < 0 ? 0 : shown.Length - comma - 1;
        decimal halfStep = 0.5m / (decimal)Math.Pow(10, places);
        Assert.True(Math.Abs(number - exact) <= halfStep, $"\"{text}\": {shown} is not {exact.ToString(CultureInfo.InvariantCulture)}");
    }
}
