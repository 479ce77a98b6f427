using Reports.Tests.Cli;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>
/// Every broken chain is an error of the file that points, at its bao_cao_truoc line (or at the figure),
/// with exit code 1 from validate and build, in Vietnamese and in English.
/// </summary>
public sealed class BrokenChainTests
{
    private static readonly string At = $":{ChainFile.PreviousLine}:{ChainFile.PreviousColumn}: ";

    private static (string Vietnamese, string English) Validate(string file)
    {
        var vi = CliRunner.Invoke("validate", file);
        var en = CliRunner.Invoke("validate", file, "--lang", "en");
        Assert.Equal(1, vi.ExitCode);
        Assert.Equal(1, en.ExitCode);
        return (vi.Error, en.Error);
    }

    [Fact]
    public void A_missing_previous_file()
    {
        using var temp = new TempFolder();
        var q2 = new ChainFile(2024, 2) { Previous = "khong-co.yaml" }.WriteTo(temp, "q2.yaml");
        var (vi, en) = Validate(q2);
        Assert.Contains($"{q2}{At}lỗi: Không tìm thấy tệp báo cáo kỳ trước khong-co.yaml.", vi);
        Assert.Contains("Cách sửa: Sửa đường dẫn ở bao_cao_truoc", vi);
        Assert.Contains($"{q2}{At}error: The previous report's file khong-co.yaml was not found.", en);
    }

    [Fact]
    public void Another_unit()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { Unit = "Huyện ủy Thạch Thất" }.WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml" }.WriteTo(temp, "q2.yaml");
        var (vi, en) = Validate(q2);
        Assert.Contains($"{q2}{At}lỗi: Báo cáo kỳ trước q1.yaml là của Huyện ủy Thạch Thất, không phải của Huyện ủy Quốc Oai.", vi);
        Assert.Contains("The previous report q1.yaml belongs to Huyện ủy Thạch Thất, not to Huyện ủy Quốc Oai.", en);
    }

    [Fact]
    public void Another_regime()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { Regime = "chinh_quyen" }.WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml" }.WriteTo(temp, "q2.yaml");
        var (vi, _) = Validate(q2);
        Assert.Contains($"{q2}{At}lỗi: Báo cáo kỳ trước q1.yaml là văn bản hành chính (NĐ 30/2020/NĐ-CP), còn tệp này là văn bản của Đảng (HD 36-HD/VPTW).", vi);
    }

    [Fact]
    public void A_period_that_is_not_the_one_just_before()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var q3 = new ChainFile(2024, 3) { Style = "luy_ke", Previous = "q1.yaml" }.WriteTo(temp, "q3.yaml");
        var (vi, en) = Validate(q3);
        Assert.Contains($"{q3}{At}lỗi: Báo cáo kỳ trước q1.yaml là báo cáo quý I năm 2024; kỳ liền trước 9 tháng năm 2024 là quý II năm 2024.", vi);
        Assert.Contains("the period just before 9 tháng năm 2024 is quý II năm 2024.", en);
    }

    [Fact]
    public void A_cycle_is_named_from_file_to_file()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 2) { Previous = "q3.yaml" }.WriteTo(temp, "q2.yaml");
        var q3 = new ChainFile(2024, 3) { Previous = "q2.yaml" }.WriteTo(temp, "q3.yaml");
        var (vi, _) = Validate(q3);
        Assert.Contains($"{q3}{At}lỗi: Tệp báo cáo kỳ trước q2.yaml có lỗi", vi);
        Assert.Contains($"{temp.File("q2.yaml")}{At}lỗi: Chuỗi bao_cao_truoc quay lại chính nó: q3.yaml → q2.yaml → q3.yaml.", vi);

        var self = new ChainFile(2024, 2) { Previous = "q2-self.yaml" }.WriteTo(temp, "q2-self.yaml");
        Assert.Contains($"{self}{At}lỗi: Chuỗi bao_cao_truoc quay lại chính nó: q2-self.yaml → q2-self.yaml.", Validate(self).Vietnamese);
    }

    [Fact]
    public void An_invalid_previous_file_shows_its_own_messages_under_the_link()
    {
        using var temp = new TempFolder();
        var q1 = temp.File("q1.yaml");
        File.WriteAllText(q1, new ChainFile(2024, 1).Text().Replace("thuc_hien: 100", "thuc_hien: 1.250", StringComparison.Ordinal));
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml" }.WriteTo(temp, "q2.yaml");
        var (vi, _) = Validate(q2);
        var link = vi.IndexOf($"{q2}{At}lỗi: Tệp báo cáo kỳ trước q1.yaml có lỗi (liệt kê ngay dưới)", StringComparison.Ordinal);
        var cause = vi.IndexOf($"{q1}:", StringComparison.Ordinal);
        Assert.True(link >= 0 && cause > link, vi);
        Assert.Contains("Số \"1.250\" không rõ nghĩa", vi[cause..]);
    }

    [Fact]
    public void A_device_as_previous_file_is_refused_without_reading_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        var q2 = new ChainFile(2024, 2) { Previous = "/dev/zero" }.WriteTo(temp, "q2.yaml");
        var (vi, _) = Validate(q2);
        Assert.Contains($"{q2}{At}lỗi: Tệp báo cáo kỳ trước /dev/zero có lỗi", vi);
        Assert.Contains("/dev/zero: lỗi:", vi);
    }

    [Fact]
    public void A_unit_that_changed_between_files_is_never_added_up()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { MoneyUnit = "triệu đồng", Revenue = 100000m }.WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml" }.WriteTo(temp, "q2.yaml");
        var (vi, en) = Validate(q2);
        // The unit of the first figure ("don_vi: tỷ đồng") stands on line 21, its value at column 17.
        Assert.True(vi.Contains($"{q2}:21:17: lỗi: Chỉ tiêu Tổng thu ngân sách tính bằng tỷ đồng, còn báo cáo kỳ trước q1.yaml tính bằng triệu đồng", StringComparison.Ordinal), vi);
        Assert.Contains("numbers in two different units cannot be added or compared", en);
    }

    [Fact]
    public void A_task_number_the_previous_report_does_not_have()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml", Reviews = ChainFile.ReviewBlock((7, "hoan_thanh", null)) }.WriteTo(temp, "q2.yaml");
        var (vi, _) = Validate(q2);
        Assert.Contains($"{q2}:5:5: lỗi: Báo cáo kỳ trước q1.yaml có 3 nhiệm vụ; không có nhiệm vụ số 7.", vi);
    }

    [Fact]
    public void What_validate_accepts_build_builds()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml", Reviews = ChainFile.ReviewBlock((1, "hoan_thanh", null), (2, "dang_thuc_hien", "còn 20%"), (3, "chuyen_tiep", null)) }.WriteTo(temp, "q2.yaml");
        Assert.Equal(0, CliRunner.Invoke("validate", q2).ExitCode);
        var build = CliRunner.Invoke("build", q2, "-o", temp.File("out"), "--format", "md");
        Assert.Equal(0, build.ExitCode);
        var md = File.ReadAllText(Path.Combine(temp.File("out"), "q2.bao-cao.md"));
        Assert.Contains("hoàn thành 1/3 nhiệm vụ trọng tâm; 1 nhiệm vụ đang thực hiện; 1 nhiệm vụ chuyển tiếp sang quý III năm 2024, cụ thể:", md);
        Assert.Contains("- Nhiệm vụ hai: đang thực hiện, còn 20%.", md);
        Assert.Contains("Nhiệm vụ ba (chuyển tiếp).", md);
    }
}
