using System.Diagnostics;
using Reports.Cli.Commands;
using Reports.Core.IO;
using Xunit;

namespace Reports.Tests.Cli;

/// <summary>
/// Issue 15 items 4 and 16: symbolic links that lead back up an input folder are walked once, each real file
/// is taken once, and `validate` reads folders and patterns exactly as `build` does.
/// </summary>
public sealed class InputWalkTests : IDisposable
{
    private static readonly string Minimal = TestPaths.Minimal;

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Folder(string relative) => Directory.CreateDirectory(temp.File(relative)).FullName;

    [Fact]
    public void Two_links_to_the_folder_itself_are_walked_once_and_quickly()
    {
        var folder = Folder("du-lieu");
        File.Copy(Minimal, Path.Combine(folder, "a.yaml"));
        Directory.CreateDirectory(Path.Combine(folder, "quy"));
        File.Copy(Minimal, Path.Combine(folder, "quy", "b.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "s1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "s2"), ".");
        Directory.CreateSymbolicLink(Path.Combine(folder, "quy", "len"), "..");

        var clock = Stopwatch.StartNew();
        var expansion = InputFiles.Expand([folder]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());

        Assert.Equal([Path.Combine(folder, "a.yaml"), Path.Combine(folder, "quy", "b.yaml")], expansion.Files);
        Assert.Equal([Path.Combine(folder, "a.yaml"), Path.Combine(folder, "quy", "b.yaml")],
            InputFiles.Expand([folder + "/**/*.yaml"]).Files);
    }

    [Fact]
    public void A_link_to_a_data_file_and_a_linked_folder_give_the_real_file_once()
    {
        var folder = Folder("du-lieu");
        File.Copy(Minimal, Path.Combine(folder, "a.yaml"));
        File.CreateSymbolicLink(Path.Combine(folder, "b.yaml"), "a.yaml");
        var other = Folder("khac");
        Directory.CreateSymbolicLink(Path.Combine(other, "ve-du-lieu"), folder);

        var expansion = InputFiles.Expand([folder, other]);

        Assert.Equal([Path.Combine(folder, "a.yaml")], expansion.Files);
    }

    [Fact]
    public void A_folder_of_links_in_a_ring_ends()
    {
        var folder = Folder("vong");
        File.Copy(Minimal, Path.Combine(folder, "a.yaml"));
        // x -> y -> z -> x: no folder at the end, only a loop of links, which neither the walk nor RealPath follows forever.
        File.CreateSymbolicLink(Path.Combine(folder, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(folder, "y"), "z");
        File.CreateSymbolicLink(Path.Combine(folder, "z"), "x");

        Assert.Equal([Path.Combine(folder, "a.yaml")], InputFiles.Expand([folder]).Files);
        Assert.StartsWith(folder, RealPath.Of(Path.Combine(folder, "x")));
    }

    [Fact]
    public void Real_path_follows_links_in_the_middle_of_a_path()
    {
        var real = Folder("that/ben-trong");
        Directory.CreateSymbolicLink(temp.File("loi-tat"), "that");
        Assert.Equal(real, RealPath.Of(temp.File("loi-tat/ben-trong")));
        Assert.Equal(real, RealPath.Of(temp.File("loi-tat/ben-trong/../ben-trong")));
    }

    [Fact]
    public void Validate_takes_a_folder_and_a_pattern_as_build_does()
    {
        var folder = Folder("du-lieu");
        File.Copy(Minimal, Path.Combine(folder, "a.yaml"));
        File.Copy(Minimal, Path.Combine(Folder("du-lieu/quy"), "b.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "s1"), ".");

        var run = CliRunner.Invoke("validate", folder, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Path.Combine(folder, "a.yaml"), run.Out);
        Assert.Contains(Path.Combine(folder, "quy", "b.yaml"), run.Out);
        Assert.DoesNotContain("close", run.Error + run.Out, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Checked 2 file(s): 2 valid", run.Out);

        var pattern = CliRunner.Invoke("validate", folder + "/**/b.yaml");
        Assert.Equal(0, pattern.ExitCode);
        Assert.Contains(Path.Combine(folder, "quy", "b.yaml"), pattern.Out);
        Assert.DoesNotContain(Path.Combine(folder, "a.yaml"), pattern.Out);
    }

    [Fact]
    public void Validate_says_what_build_says_about_an_empty_folder_and_a_pattern_with_no_match()
    {
        var empty = Folder("trong");
        foreach (var argument in new[] { empty, empty + "/*.yaml" })
        {
            var validate = CliRunner.Invoke("validate", argument, "--lang", "en");
            var build = CliRunner.Invoke("build", argument, "--lang", "en");
            Assert.Equal(2, validate.ExitCode);
            Assert.Equal(build.ExitCode, validate.ExitCode);
            Assert.Equal(build.Error, validate.Error);
        }
    }
}
