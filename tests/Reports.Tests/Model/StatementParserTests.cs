using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Model;

/// <summary>"[code]" places a figure in a statement; every other bracket is text.</summary>
public sealed class StatementParserTests
{
    [Fact]
    public void Splits_a_statement_into_text_and_references()
    {
        var s = StatementParser.Parse("Thu ngân sách được chỉ đạo quyết liệt, [thu_ngan_sach].");
        Assert.Equal(
            [
                new LiteralText("Thu ngân sách được chỉ đạo quyết liệt, ", 0),
                new FigureReference("thu_ngan_sach", 39),
                new LiteralText(".", 54),
            ],
            s.Segments);
        Assert.Equal(["thu_ngan_sach"], s.FigureCodes);
    }

    [Theory]
    [InlineData("Theo Nghị quyết [1].")]
    [InlineData("Chi tiết [xem phụ lục].")]
    [InlineData("Viết hoa [Thu_ngan_sach] hay có dấu [thu_ngân_sách] là chữ.")]
    [InlineData("Bắt đầu bằng số [2024] hay gạch [_a], ngoặc rỗng [], mở mà không đóng [thu")]
    [InlineData("")]
    public void Other_brackets_are_text(string text)
    {
        var s = StatementParser.Parse(text);
        Assert.Empty(s.FigureCodes);
        Assert.Equal(text, string.Concat(s.Segments.Cast<LiteralText>().Select(l => l.Text)));
    }

    [Fact]
    public void Segments_cover_the_text_and_nested_brackets_keep_the_inner_reference()
    {
        const string text = "[[a]] và [b_2][c] cuối";
        var s = StatementParser.Parse(text);
        Assert.Equal(["a", "b_2", "c"], s.FigureCodes);
        Assert.Equal(1, s.Segments.OfType<FigureReference>().First().Offset);
        var rebuilt = string.Concat(s.Segments.Select(g => g switch
        {
            LiteralText l => l.Text,
            FigureReference r => "[" + r.Code + "]",
            _ => throw new InvalidOperationException(),
        }));
        Assert.Equal(text, rebuilt);
    }

    [Theory]
    [InlineData("thu_ngan_sach", true)]
    [InlineData("a", true)]
    [InlineData("ty_le_bhyt_2024", true)]
    [InlineData("Thu", false)]
    [InlineData("2a", false)]
    [InlineData("_a", false)]
    [InlineData("thu ngan", false)]
    [InlineData("thu-ngan", false)]
    [InlineData("", false)]
    public void Code_rule(string code, bool valid) => Assert.Equal(valid, FigureCode.IsValid(code));

    [Fact]
    public void Code_rule_has_a_length_limit() =>
        Assert.False(FigureCode.IsValid(new string('a', FigureCode.MaxLength + 1)));

    [Theory]
    [InlineData("Thu ngân sách", "thu_ngan_sach")]
    [InlineData("Đường giao thông - nông thôn", "duong_giao_thong_nong_thon")]
    [InlineData("2024 tỷ lệ", "ma_2024_ty_le")]
    [InlineData("__", null)]
    public void Suggests_a_valid_code(string written, string? suggestion) => Assert.Equal(suggestion, FigureCode.Suggest(written));
}
