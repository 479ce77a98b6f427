using Xunit;
using System.Text.RegularExpressions;

namespace Reports.Tests.Cli;

/// <summary>`--version` names version, commit and how the program runs, in the user's language.</summary>
public class VersionTests
{
    // The commit is 12 hex digits from git, or "unknown" when built outside a repository.
    private const string Commit = "([0-9a-f]{12}|unknown)";

    [Fact]
    public void Vietnamese_line_names_version_commit_and_runtime()
    {
        var run = CliRunner.Invoke("--version");
        Assert.Equal(0, run.ExitCode);
        var mode = CliRunner.Executable is null ? @"chạy trên \.NET \d+\.\d+\.\d+" : @"chương trình máy, biên dịch sẵn \(Native AOT\)";
        Assert.Matches(new Regex($@"^baocao 0\.1\.0 \(mã nguồn {Commit}; {mode}\)\r?\n$"), run.Out);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void English_line_says_managed_or_native()
    {
        var run = CliRunner.Invoke("--version", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        var mode = CliRunner.Executable is null ? @"managed, on \.NET \d+\.\d+\.\d+" : @"native binary \(Native AOT\)";
        Assert.Matches(new Regex($@"^baocao 0\.1\.0 \(commit {Commit}; {mode}\)\r?\n$"), run.Out);
    }

    [Fact]
    public void Commit_is_stamped_when_built_inside_git()
    {
        // This test project is built from the repository, so the stamp must be a real commit.
        if (!Directory.Exists(Path.Combine(TestPaths.Root, ".git")) && !File.Exists(Path.Combine(TestPaths.Root, ".git"))) return;
        Assert.Matches("^[0-9a-f]{12}$", Reports.Cli.BuildInfo.Commit);
    }
}
