using Reports.Document;
using Reports.Rendering.Docx;
using Xunit;

namespace Reports.Tests.Rendering;

/// <summary>The text widths the letterhead's rules are cut to, and the figure tables' column widths.</summary>
public sealed class DocxMeasureTests
{
    [Theory]
    // Widths from Liberation Serif 2 (metric-compatible with Times New Roman), summed by hand from its hmtx table.
    [InlineData("ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false, 206.7)]
    [InlineData("Độc lập - Tự do - Hạnh phúc", 13, true, false, 159.1)]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false, 250.3)]
    [InlineData("Đan Phượng, ngày 04 tháng 4 năm 2024", 14, false, true, 229.0)]
    [InlineData("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", 14, false, false, 199.5)]
    public void Measures_times_new_roman_lines(string text, double size, bool bold, bool italic, double expectedPt)
    {
        Assert.InRange(TextMeasure.LinePt(text, new TextStyle(size, bold, italic)), expectedPt - 0.1, expectedPt + 0.1);
    }

    [Fact]
    public void Horned_letters_are_wider_than_their_base_and_the_widest_line_counts()
    {
        var style = new TextStyle(14, Bold: true);
        Assert.True(TextMeasure.LinePt("Ư", style) > TextMeasure.LinePt("U", style));
        Assert.Equal(TextMeasure.LinePt("Ự", style), TextMeasure.LinePt("Ư", style));
        Assert.Equal(TextMeasure.LinePt("Ế", style), TextMeasure.LinePt("E", style));
        Assert.Equal(TextMeasure.LinePt("ỦY BAN NHÂN DÂN", style), TextMeasure.WidestLinePt("ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐỨC", style));
        // Decomposed input (NFD) measures as composed.
        Assert.Equal(TextMeasure.LinePt("Ệ", style), TextMeasure.LinePt("E\u0323\u0302", style));
    }

    [Fact]
    public void Column_widths_follow_the_relative_widths_and_fill_the_text_width()
    {
        var columns = new[] { new TableColumn(ColumnAlignment.Center, 1), new(ColumnAlignment.Left, 3), new(ColumnAlignment.Right, double.NaN) };
        var widths = DocxBody.ColumnWidths(columns, 4, 9355);
        Assert.Equal(9355, widths.Sum());
        Assert.Equal(4, widths.Length);
        // Unknown and missing widths take the average of the known ones (2).
        Assert.Equal([1169, 3508, 2339, 2339], widths);
    }
}
