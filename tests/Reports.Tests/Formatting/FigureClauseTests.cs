using System.Text;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class FigureClauseTests
{
    private static readonly PlanTarget[] NoPlans = [];

    [Fact]
    public void Budget_golden()
    {
        var facts = new FigureFacts(
            187.5m,
            "tỷ đồng",
            [new PlanTarget("dự toán Thành phố giao", 535.7m), new PlanTarget("dự toán HĐND huyện giao", 1250m)],
            SamePeriod: 225.9m,
            Whole: null);
        Assert.Equal(
            "đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, 15% dự toán HĐND huyện giao, bằng 83% so với cùng kỳ",
            FigureClause.Write(facts));
    }

    [Fact]
    public void Decrease_wording_when_asked()
    {
        var facts = new FigureFacts(187.5m, "tỷ đồng", NoPlans, 225.9m, null, LowerAsDecrease: true);
        Assert.Equal("đạt 187,5 tỷ đồng, giảm 17% so với cùng kỳ", FigureClause.Write(facts));
    }

    [Theory]
    [InlineData(4, "đạt 4/21 xã, đạt 19%")]
    [InlineData(21, "đạt 21/21 xã (đạt 100%)")]
    public void Part_of_a_whole(int part, string expected) =>
        Assert.Equal(expected, FigureClause.Write(new FigureFacts(part, "xã", NoPlans, null, 21m)));

    [Fact]
    public void Value_only() =>
        Assert.Equal("đạt 3.015 lao động", FigureClause.Write(new FigureFacts(3015m, "lao động", NoPlans, null, null)));

    [Fact]
    public void Area_with_decimals() =>
        Assert.Equal("đạt 7.396,54 ha", FigureClause.Write(new FigureFacts(7396.54m, "ha", NoPlans, null, null)));

    [Fact]
    public void Other_verb_and_a_plan() =>
        Assert.Equal(
            "giải quyết việc làm cho 3.015 lao động, đạt 100,5% kế hoạch năm, tăng 12,5% so với cùng kỳ",
            FigureClause.Write(new FigureFacts(
                3015m, "lao động", [new PlanTarget("kế hoạch năm", 3000m)], 2680m, null, "giải quyết việc làm cho")));

    [Fact]
    public void Skips_zero_plans_and_words_a_zero_same_period()
    {
        var facts = new FigureFacts(
            187.5m,
            "tỷ đồng",
            [new PlanTarget("dự toán Thành phố giao", 0m), new PlanTarget("dự toán HĐND huyện giao", 1250m)],
            SamePeriod: 0m,
            Whole: null);
        // The first plan that is stated takes "đạt"; a zero base has no ratio but the rise is still said.
        Assert.Equal(
            "đạt 187,5 tỷ đồng, đạt 15% dự toán HĐND huyện giao, tăng 187,5 tỷ đồng so với cùng kỳ (cùng kỳ không có)",
            FigureClause.Write(facts));
    }

    [Fact]
    public void Equal_to_same_period() =>
        Assert.Equal("đạt 120 hồ sơ, bằng cùng kỳ", FigureClause.Write(new FigureFacts(120m, "hồ sơ", NoPlans, 120m, null)));

    [Fact]
    public void Output_is_nfc()
    {
        string decomposed = "dự toán HĐND huyện giao".Normalize(NormalizationForm.FormD);
        string text = FigureClause.Write(new FigureFacts(
            187.5m, "tỷ đồng".Normalize(NormalizationForm.FormD), [new PlanTarget(decomposed, 1250m)], null, null));
        Assert.Equal("đạt 187,5 tỷ đồng, đạt 15% dự toán HĐND huyện giao", text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
    }
}
