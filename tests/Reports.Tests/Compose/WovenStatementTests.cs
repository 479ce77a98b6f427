using Reports.Compose.Templating;
using Reports.Compose.View;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>A statement's "[code]" becomes the figure's clause, in place; everything else stays as typed.</summary>
public sealed class WovenStatementTests
{
    private static readonly Figure Budget = new(
        "Thu ngân sách", "tỷ đồng", 187.5m, [new PlanTarget("dự toán Thành phố giao", 535.7m)], 225.9m, null, "đạt", null, "thu_ngan_sach");

    private static readonly Figure Crimes = new(
        "Số vụ phạm pháp hình sự", "vụ", 31m, [], 38m, null, "là", "trong đó 4 vụ nghiêm trọng;", "pham_phap", Direction.LowerIsBetter);

    private static string Weave(string statement) =>
        WovenStatement.Write(StatementParser.Parse(statement), new Domain("Lĩnh vực", [statement], [Budget, Crimes], false, []));

    [Fact]
    public void The_clause_goes_where_the_code_was()
    {
        Assert.Equal("Thu ngân sách được chỉ đạo quyết liệt, đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, bằng 83% so với cùng kỳ.",
            Weave("Thu ngân sách được chỉ đạo quyết liệt, [thu_ngan_sach]."));
    }

    [Fact]
    public void The_note_follows_its_numbers_without_doubling_the_punctuation()
    {
        Assert.Equal("An ninh ổn định; số vụ phạm pháp hình sự là 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ; trong đó 4 vụ nghiêm trọng.",
            Weave("An ninh ổn định; số vụ phạm pháp hình sự [pham_phap]."));
        Assert.Equal("Số vụ phạm pháp hình sự là 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ; trong đó 4 vụ nghiêm trọng.", FigureSentence.Write(Crimes));
    }

    [Theory]
    [InlineData("[thu_ngan_sach], vượt tiến độ.", "Đạt 187,5 tỷ đồng")]
    [InlineData("  [thu_ngan_sach].", "  Đạt 187,5 tỷ đồng")]
    [InlineData("Hoàn thành kế hoạch quý. [thu_ngan_sach].", "Hoàn thành kế hoạch quý. Đạt 187,5 tỷ đồng")]
    [InlineData("Thu ngân sách: [thu_ngan_sach].", "Thu ngân sách: đạt 187,5 tỷ đồng")]
    public void A_clause_that_starts_a_sentence_takes_a_capital(string statement, string start)
    {
        Assert.StartsWith(start, Weave(statement), StringComparison.Ordinal);
    }

    [Fact]
    public void Other_brackets_and_markup_stay_as_typed()
    {
        Assert.Equal("Xem [1] và [Thu], **đậm** [thu ngan sach]; thu đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, bằng 83% so với cùng kỳ",
            Weave("Xem [1] và [Thu], **đậm** [thu ngan sach]; thu [thu_ngan_sach]"));
    }

    [Fact]
    public void A_code_of_no_figure_here_keeps_its_brackets_rather_than_failing()
    {
        // Validation rejects such a file; a model built in code is written as typed.
        Assert.Equal("Khác [ma_khac].", Weave("Khác [ma_khac]."));
    }
}
