using Reports.Compose.Layout;
using Reports.Document;
using Xunit;

namespace Reports.Tests.LineBreaking;

/// <summary>What a line must not break inside, found once for every renderer.</summary>
public sealed class LineGlueTests
{
    private static string[] Glued(string text) =>
        LineGlue.Spans(text).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Theory]
    [InlineData("theo Quy định số 11-QĐ/TW của Bộ Chính trị", "11-QĐ/TW")]
    [InlineData("Nghị quyết 68-NQ/TW về kinh tế tư nhân", "68-NQ/TW")]
    [InlineData("Nghị quyết 04-NQ/TU", "04-NQ/TU")]
    [InlineData("Báo cáo 45-BC/HU", "45-BC/HU")]
    [InlineData("theo Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP")]
    [InlineData("Số: 05/BC-UBND", "Số: 05/BC-UBND")]
    [InlineData("Số 45-BC/HU", "Số 45-BC/HU")]
    [InlineData("Hướng dẫn 36-HD/VPTW", "36-HD/VPTW")]
    public void A_document_number_and_symbol_is_one_piece(string text, string expected) =>
        Assert.Contains(expected, Glued(text));

    [Theory]
    [InlineData("thu ngân sách đạt 187,5 tỷ đồng, bằng 83%", "187,5 tỷ đồng")]
    [InlineData("kết nạp 46 đảng viên mới", "46 đảng viên")]
    [InlineData("có 21/21 xã đạt chuẩn", "21/21 xã")]
    [InlineData("xảy ra 3 vụ cháy", "3 vụ")]
    [InlineData("giải quyết việc làm cho 1.250 lao động", "1.250 lao động")]
    [InlineData("13 tỷ 752 triệu đồng", "13 tỷ")]
    public void A_number_keeps_its_unit(string text, string expected) =>
        Assert.Contains(expected, Glued(text));

    [Fact]
    public void A_long_date_breaks_only_before_the_year()
    {
        Assert.Equal(["ngày 04 tháng 4", "năm 2024"], Glued("Hà Nội, ngày 04 tháng 4 năm 2024"));
        Assert.Equal(["ngày 4 tháng 10"], Glued("Ngày 4 tháng 10 vừa qua").Select(s => s.ToLowerInvariant()));
    }

    [Fact]
    public void A_short_date_is_one_piece()
    {
        Assert.Equal(["03/02/2024"], Glued("họp 03/02/2024, hội nghị"));
        Assert.Equal(["ngày 03/02/2024"], Glued("ngày 03/02/2024, hội nghị"));
    }

    [Theory]
    [InlineData("nhiệm vụ trọng tâm quý II năm 2024 gồm", "quý II năm 2024")]
    [InlineData("kết quả quý I/2024 của huyện", "quý I/2024")]
    [InlineData("trong 6 tháng đầu năm, toàn huyện", "6 tháng đầu năm")]
    [InlineData("nhiệm vụ 6 tháng cuối năm 2024", "6 tháng cuối năm 2024")]
    [InlineData("kết quả 9 tháng năm 2025 cho thấy", "9 tháng năm 2025")]
    public void A_period_phrase_is_one_piece_in_running_text(string text, string expected)
    {
        Assert.Contains(expected, Glued(text));
        Assert.DoesNotContain(expected, LineGlue.Spans(text, periods: false).Select(s => text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("Sáng ngày 4/4, Ban Thường vụ", "ngày 4/4")]
    [InlineData("theo Kết luận ngày 11/7/2023 của", "ngày 11/7/2023")]
    public void A_short_date_keeps_its_day_word(string text, string expected) =>
        Assert.Contains(expected, Glued(text));

    [Theory]
    [InlineData("năm 2024 toàn huyện")]
    [InlineData("trong tháng 4 các xã")]
    [InlineData("đạt 93,7% kế hoạch")]
    [InlineData("1. Kết quả")]
    [InlineData("nhiệm kỳ 2020-2025, các")]
    public void A_label_number_or_a_percentage_keeps_nothing(string text) =>
        Assert.Empty(Glued(text));

    [Fact]
    public void Words_split_only_outside_the_glued_pieces() =>
        Assert.Equal(["TH", "9 tháng", "năm", "2023", "và", "11-QĐ/TW"], LineGlue.Words("TH 9 tháng năm\n2023 và 11-QĐ/TW"));

    [Fact]
    public void Marking_wraps_each_span_and_keeps_the_text()
    {
        IReadOnlyList<Inline> inlines = [new Text("Kết nạp 46 đảng viên; "), new Strong([new Text("theo 11-QĐ/TW")])];
        var marked = NoBreakMarking.Mark(inlines);
        Assert.Equal(inlines.PlainText(), marked.PlainText());
        Assert.Equal(new Text("46 đảng viên"), Assert.IsType<NoBreak>(marked[1]).Children.Single());
        Assert.Contains(Assert.IsType<Strong>(marked[^1]).Children, i => i is NoBreak n && n.Children.PlainText() == "11-QĐ/TW");
        IReadOnlyList<Inline> plain = [new Text("không có số")];
        Assert.Same(plain, NoBreakMarking.Mark(plain));
    }
}
