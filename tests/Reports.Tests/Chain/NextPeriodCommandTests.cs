using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Tests.Cli;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>`baocao ky-toi`: next period's file, pointing back, every task listed for review, never overwriting.</summary>
public sealed class NextPeriodCommandTests
{
    [Fact]
    public void The_next_file_points_back_lists_every_task_and_validates_with_only_review_warnings()
    {
        using var temp = new TempFolder();
        File.Copy(Path.Combine(TestPaths.Fixtures, "huyen-uy-quoc-oai-q1-2024.yaml"), temp.File("q1.yaml"));
        var run = CliRunner.Invoke("ky-toi", temp.File("q1.yaml"), "-o", temp.File("q2.yaml"));
        Assert.Equal(0, run.ExitCode);

        var text = File.ReadAllText(temp.File("q2.yaml"));
        Assert.Contains("\nbao_cao_truoc: q1.yaml\n", text);
        Assert.Contains("  nam: 2024\n  quy: 2\n", text);
        Assert.Contains("  ngay: 2024-06-15\n", text);
        Assert.DoesNotContain("  so: 112", text);
        Assert.Equal(5, text.Split("\n    tinh_trang:\n").Length - 1);

        var loaded = DataFileLoader.LoadFile(temp.File("q2.yaml"));
        Assert.NotNull(loaded.Data);
        Assert.Equal(5, loaded.Diagnostics.Count(d => d.Id == MessageId.TaskNotReviewed));
        Assert.All(loaded.Diagnostics, d => Assert.Equal(MessageId.TaskNotReviewed, d.Id));
        Assert.Equal(5, loaded.Data!.TaskReview!.Tasks.Count);
    }

    [Fact]
    public void After_q4_comes_q1_of_the_next_year_and_a_second_step_replaces_the_old_link()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 3).WriteTo(temp, "q3.yaml");
        Assert.Equal(0, CliRunner.Invoke("ky-toi", temp.File("q3.yaml"), "-o", temp.File("q4.yaml")).ExitCode);
        Assert.Equal(0, CliRunner.Invoke("ky-toi", temp.File("q4.yaml"), "-o", temp.File("q1-2025.yaml")).ExitCode);

        var text = File.ReadAllText(temp.File("q1-2025.yaml"));
        Assert.Single(text.Split('\n'), l => l.StartsWith("bao_cao_truoc:", StringComparison.Ordinal));
        Assert.Single(text.Split('\n'), l => l.StartsWith("nhiem_vu_ky_truoc:", StringComparison.Ordinal));
        Assert.Contains("bao_cao_truoc: q4.yaml\n", text);
        var data = DataFileLoader.LoadFile(temp.File("q1-2025.yaml")).Data!;
        Assert.Equal((2025, 1), (data.Reporting.Period.Year, data.Reporting.Period.Quarter));
        Assert.Equal(4, data.PreviousReport!.Reporting.Period.Quarter);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten_and_a_broken_source_is_refused()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        File.WriteAllText(temp.File("q2.yaml"), "giữ nguyên");
        var exists = CliRunner.Invoke("ky-toi", temp.File("q1.yaml"), "-o", temp.File("q2.yaml"), "--lang", "en");
        Assert.Equal(1, exists.ExitCode);
        Assert.Contains("the file exists and is not overwritten", exists.Error);
        Assert.Equal("giữ nguyên", File.ReadAllText(temp.File("q2.yaml")));

        var broken = new ChainFile(2024, 2) { Previous = "khong-co.yaml" }.WriteTo(temp, "hong.yaml");
        var refused = CliRunner.Invoke("ky-toi", broken, "-o", temp.File("q3.yaml"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{broken}:3:16: lỗi: Không tìm thấy tệp báo cáo kỳ trước khong-co.yaml.", refused.Error);
        Assert.False(File.Exists(temp.File("q3.yaml")));
        Assert.Equal(2, CliRunner.Invoke("ky-toi", temp.File("q1.yaml")).ExitCode);
    }
}
