using System.Text;
using Reports.Core;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// "noi_nhan.ky_hieu" and "noi_nhan.so_ban" close the recipients list in the form each rule gives
/// (DOMAIN.md, "Recipients and archive marks"); without them the archive line is as before.
/// </summary>
public sealed class ArchiveMarksTests
{
    private const string DanPhuong = "huyen-uy-dan-phuong-q1-2024.yaml";
    private const string MyDuc = "ubnd-huyen-my-duc-q2-2024.yaml";

    [Theory]
    [InlineData("PL", 300, "PL.(300)")]
    [InlineData("TH", null, "TH")]
    [InlineData(null, 10, "(10)")]
    public void State_marks_stand_under_the_archive_line_in_the_decree_form(string? drafter, int? copies, string expected)
    {
        // NĐ 30/2020, Phụ lục I: "- Lưu: VT, TCCB." closes the list; the drafter's mark and the copies ("PL.(300)") follow apart.
        var items = Items(MyDuc, drafter, copies);
        Assert.Equal(("- Lưu: VT, VP.", expected), (items[^2], items[^1]));
        Assert.EndsWith(";", items[^3]);
    }

    [Fact]
    public void State_without_marks_ends_with_the_archive_line() =>
        Assert.Equal("- Lưu: VT, VP.", Items(MyDuc, null, null)[^1]);

    [Theory]
    [InlineData("Ng.A", 10, "Ng.A (10)")]
    [InlineData(null, 10, "(10)")]
    [InlineData("Ng.A", null, "Ng.A")]
    public void Party_marks_follow_the_archive_sentence_on_their_own_line(string? drafter, int? copies, string expected)
    {
        var items = Items(DanPhuong, drafter, copies);
        Assert.Equal(("- Lưu Văn phòng Huyện ủy.", expected), (items[^2], items[^1]));
    }

    [Fact]
    public void Party_without_marks_ends_with_the_archive_sentence() =>
        Assert.Equal("- Lưu Văn phòng Huyện ủy.", Items(DanPhuong, null, null)[^1]);

    [Fact]
    public void The_data_file_keys_are_read()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, MyDuc)).Replace("  luu: VT, VP\n", "  luu: VT, VP\n  ky_hieu: TH\n  so_ban: 12\n", StringComparison.Ordinal);
        Assert.Contains("so_ban: 12", text, StringComparison.Ordinal);
        var data = DataFileLoader.Load(MyDuc, Encoding.UTF8.GetBytes(text)).Data!;
        Assert.Equal(("TH", 12), (data.Recipients.DrafterMark, data.Recipients.Copies));
        Assert.Equal(["- Lưu: VT, VP.", "TH.(12)"], Composed.Report(data).Closing!.Recipients.Items.TakeLast(2));
    }

    private static IReadOnlyList<string> Items(string fixture, string? drafter, int? copies)
    {
        var data = Composed.Data(fixture);
        data = data with { Recipients = data.Recipients with { DrafterMark = drafter, Copies = copies } };
        return Composed.Report(data).Closing!.Recipients.Items;
    }
}
