using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

/// <summary>Golden cases for the clerk's rules (DOMAIN.md, "Numbers and figures"), one per example of issue 11.</summary>
public class FigureWordingTests
{
    private static readonly PlanTarget[] NoPlans = [];

    private static string Clause(decimal value, string unit, decimal? samePeriod = null, params PlanTarget[] plans) =>
        FigureClause.Write(new FigureFacts(value, unit, plans, samePeriod, null));

    private static string Lower(decimal value, string unit, decimal? samePeriod, string verb = "xảy ra") =>
        FigureClause.Write(new FigureFacts(value, unit, NoPlans, samePeriod, null, verb) { Direction = Direction.LowerIsBetter });

    // 1. Precision that never changes the verdict.
    [Fact]
    public void A_less_is_better_count_is_stated_not_achieved_and_its_estimate_reads_ước_khoảng()
    {
        Assert.Equal("là", Reports.Core.Model.Figure.DefaultVerbFor(Direction.LowerIsBetter));
        Assert.Equal("đạt", Reports.Core.Model.Figure.DefaultVerbFor(Direction.HigherIsBetter));
        var facts = new FigureFacts(31m, "vụ", NoPlans, 38m, null, FigureClause.StatedVerb) { Direction = Direction.LowerIsBetter, Estimated = true };
        Assert.Equal("ước khoảng 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ", FigureClause.Write(facts));
    }

    [Fact]
    public void Almost_the_plan_is_not_100_percent() =>
        Assert.Equal("đạt 9.997 hồ sơ, đạt 99,97% kế hoạch năm", Clause(9997m, "hồ sơ", null, new PlanTarget("kế hoạch năm", 10000m)));

    [Fact]
    public void Exactly_the_plan_is_100_percent() =>
        Assert.Equal("đạt 10.000 hồ sơ, đạt 100% kế hoạch năm", Clause(10000m, "hồ sơ", null, new PlanTarget("kế hoạch năm", 10000m)));

    [Fact]
    public void Almost_last_year_is_not_equal() =>
        Assert.Equal("đạt 13.752 hồ sơ, tăng 0,01% so với cùng kỳ", Clause(13752m, "hồ sơ", 13751m));

    [Theory]
    [InlineData(9997, 2040, "gấp 4,9 lần so với cùng kỳ")]
    [InlineData(1999, 1000, "tăng 99,9% so với cùng kỳ")]
    [InlineData(19999, 10000, "tăng 99,99% so với cùng kỳ")]
    [InlineData(2000, 1000, "gấp 2 lần so với cùng kỳ")]
    [InlineData(2040, 1000, "gấp 2,04 lần so với cùng kỳ")]
    [InlineData(2960, 1000, "gấp 2,96 lần so với cùng kỳ")]
    [InlineData(2400, 1000, "gấp 2,4 lần so với cùng kỳ")]
    [InlineData(1125, 1000, "tăng 12,5% so với cùng kỳ")]
    [InlineData(830, 1000, "bằng 83% so với cùng kỳ")]
    [InlineData(9997, 10000, "bằng 99,97% so với cùng kỳ")]
    [InlineData(1000, 1000, "bằng cùng kỳ")]
    [InlineData(0, 1000, "bằng 0% so với cùng kỳ")]
    public void More_is_better_against_last_year(int value, int samePeriod, string expected) =>
        Assert.Equal(expected, SamePeriodComparison.Of(value, samePeriod).Wording());

    [Fact]
    public void A_nonzero_value_never_prints_as_zero() =>
        Assert.Equal("đạt 0,004 ha", Clause(0.004m, "ha"));

    // 2. Less is better.
    [Theory]
    [InlineData(31, 38, "xảy ra 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ")]
    [InlineData(40, 38, "xảy ra 40 vụ, tăng 2 vụ (5,3%) so với cùng kỳ")]
    [InlineData(38, 38, "xảy ra 38 vụ, bằng cùng kỳ")]
    [InlineData(0, 4, "không xảy ra (cùng kỳ: 4 vụ)")]
    [InlineData(0, 0, "không xảy ra, bằng cùng kỳ")]
    [InlineData(5, 0, "xảy ra 5 vụ, tăng 5 vụ so với cùng kỳ (cùng kỳ không có)")]
    [InlineData(13752, 13751, "xảy ra 13.752 vụ, tăng 1 vụ (0,01%) so với cùng kỳ")]
    public void Less_is_better_says_the_change_and_its_size(int value, int samePeriod, string expected) =>
        Assert.Equal(expected, Lower(value, "vụ", samePeriod));

    [Fact]
    public void Disciplined_members_fall_is_not_a_shortfall() =>
        Assert.Equal(
            "thi hành kỷ luật 3 đảng viên, giảm 2 đảng viên (40%) so với cùng kỳ",
            Lower(3m, "đảng viên", 5m, "thi hành kỷ luật"));

    [Fact]
    public void Fall_to_zero_names_both_earlier_periods() =>
        Assert.Equal(
            "không xảy ra (cùng kỳ: 4 vụ; quý trước: 1 vụ)",
            FigureClause.Write(new FigureFacts(0m, "vụ", NoPlans, 4m, null, "xảy ra")
            {
                Direction = Direction.LowerIsBetter,
                Previous = 1m,
            }));

    [Theory]
    [InlineData("-2", "1", "giảm 3 tỷ đồng so với cùng kỳ (cùng kỳ: 1 tỷ đồng)")]
    [InlineData("2", "-1", "tăng 3 tỷ đồng so với cùng kỳ (cùng kỳ: -1 tỷ đồng)")]
    [InlineData("-2", "0", "giảm 2 tỷ đồng so với cùng kỳ (cùng kỳ: 0 tỷ đồng)")]
    public void Negative_values_are_compared_by_difference(string value, string samePeriod, string expected) =>
        Assert.Equal(expected, FigureClause.SamePeriodText(new FigureFacts(D(value), "tỷ đồng", NoPlans, D(samePeriod), null)));

    // 3. Rates.
    [Fact]
    public void Rate_has_no_space_and_points() =>
        Assert.Equal(
            "đạt 93,7%, tăng 1,2 điểm phần trăm so với cùng kỳ",
            Clause(93.7m, "%", 92.5m));

    [Theory]
    [InlineData("93", "đạt 93,7%, vượt 0,7 điểm phần trăm so với kế hoạch (93%)")]
    [InlineData("95", "đạt 93,7%, chưa đạt kế hoạch (95%)")]
    [InlineData("93.7", "đạt 93,7%, đạt kế hoạch (93,7%)")]
    public void Rate_against_its_plan(string plan, string expected) =>
        Assert.Equal(expected, Clause(93.7m, "%", null, new PlanTarget("kế hoạch", D(plan))));

    [Fact]
    public void Rate_falls_in_points_and_less_is_better_rate_against_a_ceiling() =>
        Assert.Equal(
            "đạt 2,5%, thấp hơn 0,5 điểm phần trăm so với chỉ tiêu (3%), giảm 0,8 điểm phần trăm so với cùng kỳ",
            FigureClause.Write(new FigureFacts(2.5m, "%", [new PlanTarget("chỉ tiêu", 3m)], 3.3m, null)
            {
                Direction = Direction.LowerIsBetter,
            }));

    // 4. Parts of a whole.
    [Fact]
    public void Part_carries_its_rate() =>
        Assert.Equal("đạt 27/31 vụ, đạt 87,1%", FigureClause.Write(new FigureFacts(27m, "vụ", NoPlans, null, 31m)));

    [Fact]
    public void Complete_whole() =>
        Assert.Equal("đạt 21/21 xã (đạt 100%)", FigureClause.Write(new FigureFacts(21m, "xã", NoPlans, null, 21m)));

    [Fact]
    public void Applications_have_a_rate() =>
        Assert.Equal(
            "giải quyết 6.418/6.452 hồ sơ, đạt 99,5%",
            FigureClause.Write(new FigureFacts(6418m, "hồ sơ", NoPlans, null, 6452m, "giải quyết")));

    [Fact]
    public void Share_of_a_population() =>
        Assert.Equal(
            "có 51 hộ, chiếm 0,09% tổng số hộ",
            FigureClause.Write(new FigureFacts(51m, "hộ", NoPlans, null, 56667m, "có") { WholeStyle = WholeStyle.Share }));

    // 5. Money as a clerk reads it.
    [Theory]
    [InlineData("13752", "triệu đồng", "đạt 13 tỷ 752 triệu đồng")]
    [InlineData("752", "triệu đồng", "đạt 752 triệu đồng")]
    [InlineData("0.9", "tỷ đồng", "đạt 900 triệu đồng")]
    [InlineData("0.004", "tỷ đồng", "đạt 4 triệu đồng")]
    [InlineData("1250", "tỷ đồng", "đạt 1.250 tỷ đồng")]
    [InlineData("1250.3", "tỷ đồng", "đạt 1.250,3 tỷ đồng")]
    [InlineData("187.5", "tỷ đồng", "đạt 187,5 tỷ đồng")]
    [InlineData("0.0000000000000000000000000001", "tỷ đồng", "đạt 0,0000000000000000000000000001 tỷ đồng")]
    public void Money_as_a_clerk_reads_it(string value, string unit, string expected) =>
        Assert.Equal(expected, Clause(D(value), unit));

    [Fact]
    public void Tiny_amount_against_a_tiny_plan() =>
        Assert.Equal("đạt 4 triệu đồng, đạt 80% kế hoạch", Clause(0.004m, "tỷ đồng", null, new PlanTarget("kế hoạch", 0.005m)));

    // 6. Estimates and the previous period.
    [Theory]
    [InlineData("đạt", "ước đạt 187,5 tỷ đồng")]
    [InlineData("thực hiện", "ước thực hiện 187,5 tỷ đồng")]
    [InlineData("ước đạt", "ước đạt 187,5 tỷ đồng")]
    public void Estimates(string verb, string expected) =>
        Assert.Equal(expected, FigureClause.Write(new FigureFacts(187.5m, "tỷ đồng", NoPlans, null, null, verb) { Estimated = true }));

    [Fact]
    public void Previous_period() =>
        Assert.Equal(
            "đạt 108,2 tỷ đồng, tăng 8,2% so với quý trước",
            FigureClause.Write(new FigureFacts(108.2m, "tỷ đồng", NoPlans, null, null) { Previous = 100m }));

    [Fact]
    public void Same_and_previous_period_with_own_label() =>
        Assert.Equal(
            "đạt 108,2 tỷ đồng, bằng 83% so với cùng kỳ, tăng 8,2% so với 6 tháng đầu năm",
            FigureClause.Write(new FigureFacts(108.2m, "tỷ đồng", NoPlans, 108.2m / 0.83m, null)
            {
                Previous = 100m,
                PreviousLabel = "6 tháng đầu năm",
            }));

    // 7. Every plan keeps its label.
    [Fact]
    public void All_plans_are_shown() =>
        Assert.Equal(
            "đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, 15% dự toán HĐND huyện giao, bằng 83% so với cùng kỳ",
            Clause(187.5m, "tỷ đồng", 225.9m, new PlanTarget("dự toán Thành phố giao", 535.7m), new PlanTarget("dự toán HĐND huyện giao", 1250m)));

    // 8. Limits and totality.
    [Theory]
    [InlineData("0", true)]
    [InlineData("1000000000000000", true)]
    [InlineData("-1000000000000000", true)]
    [InlineData("1000000000000000.1", false)]
    [InlineData("0.000001", true)]
    [InlineData("0.0000009", false)]
    [InlineData("-0.0000009", false)]
    [InlineData("79228162514264337593543950335", false)]
    [InlineData("0.0000000000000000000000000001", false)]
    public void Limits(string value, bool within)
    {
        Assert.Equal(within, FigureLimits.IsWithin(D(value)));
        Assert.Equal(within, FigureLimits.Check(D(value)) is null);
        Assert.Equal(within, FigureLimits.Reason(D(value)) is null);
    }

    [Fact]
    public void Limit_reasons_are_readable()
    {
        Assert.Equal(FigureLimitBreach.TooLarge, FigureLimits.Check(decimal.MinValue));
        Assert.Equal(FigureLimitBreach.TooSmall, FigureLimits.Check(0.0000000000000000000000000001m));
        Assert.Equal("vượt quá giới hạn 1.000.000.000.000.000 của số liệu báo cáo", FigureLimits.Reason(decimal.MaxValue));
        Assert.Equal("khác 0 nhưng nhỏ hơn 0,000001, giới hạn của số liệu báo cáo", FigureLimits.Reason(0.0000000000000000000000000001m));
        Assert.Null(FigureLimits.Reason(187.5m));
    }

    [Fact]
    public void Largest_decimal_does_not_crash() =>
        Assert.Equal(
            "đạt 79.228.162.514.264.337.593.543.950.335 hồ sơ, vượt kế hoạch, tăng 79.228.162.514.264.337.593.543.950.334 hồ sơ so với cùng kỳ",
            Clause(decimal.MaxValue, "hồ sơ", 1m, new PlanTarget("kế hoạch", 0.0000000000000000000000000001m)));

    [Fact]
    public void Extreme_money_does_not_crash()
    {
        Assert.Equal("79.228.162.514.264.337.593.543.950.335 tỷ đồng", Money.Spelled(decimal.MaxValue, MoneyUnit.BillionDong));
        Assert.Equal("79.228.162.514.264.337.593.543.950.335 tỷ đồng", Money.Short(decimal.MaxValue, MoneyUnit.BillionDong));
        Assert.Equal("-79.228.162.514.264.337.593.543.950.335 triệu đồng", Money.Written(decimal.MinValue, MoneyUnit.MillionDong));
    }

    private static decimal D(string invariant) => decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture);
}
