using Reports.Pipeline;
using Xunit;

namespace Reports.Tests.Pipeline;

/// <summary>Issue 15 item 1, the build's side: an output past the per-file limit is refused with a message, and nothing of its data file is written.</summary>
public sealed class OutputLimitTests
{
    private static readonly string DanPhuong = Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml");

    [Fact]
    public void An_output_over_the_limit_fails_its_file_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var sizes = new BuildPipeline(new BuildOptions { Formats = ["md", "html"], Documents = [Documents.Report] })
            .Produce(Reports.Core.DataFileLoader.LoadFile(DanPhuong).Data!, "x", Reports.Compose.Templating.TemplateSet.Load())
            .ToDictionary(o => Path.GetExtension(o.FileName), o => (long)o.Content.Length);
        Assert.True(sizes[".html"] > sizes[".md"]);
        // Exactly the Markdown's size: the Markdown may be written, the larger HTML may not.
        var limit = sizes[".md"];
        var options = new BuildOptions { OutputFolder = temp.Path, Formats = ["md", "html"], Documents = [Documents.Report], MaxOutputBytes = limit };
        var file = Assert.Single(new BuildPipeline(options).Run([DanPhuong]).Files);

        Assert.False(file.Succeeded);
        var tooLarge = Assert.Single(file.Events.OfType<OutputTooLarge>());
        Assert.Equal("huyen-uy-dan-phuong-q1-2024.bao-cao.html", tooLarge.FileName);
        Assert.Equal(sizes[".html"], tooLarge.Bytes);
        Assert.Equal(limit, tooLarge.Limit);
        Assert.Empty(file.Events.OfType<OutputWritten>());
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_default_limit_lets_every_fixture_build()
    {
        using var temp = new TempFolder();
        var result = new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Jobs = 2 }).Run(TestPaths.FixtureFiles.ToList());
        Assert.All(result.Files, f => Assert.True(f.Succeeded, f.DataFile));
        Assert.Equal(256L * 1024 * 1024, BuildOptions.DefaultMaxOutputBytes);
    }

    [Fact]
    public void The_message_names_the_output_its_size_and_the_limit_in_both_languages()
    {
        using var temp = new TempFolder();
        var options = new BuildOptions { OutputFolder = temp.Path, Formats = ["html"], Documents = [Documents.Report], MaxOutputBytes = 1_000 };
        var result = new BuildPipeline(options).Run([DanPhuong]);
        foreach (var (language, expected) in new[]
        {
            (Reports.Core.Diagnostics.Language.Vietnamese, $"{DanPhuong}: lỗi: huyen-uy-dan-phuong-q1-2024.bao-cao.html sẽ nặng 0,"),
            (Reports.Core.Diagnostics.Language.English, $"{DanPhuong}: error: huyen-uy-dan-phuong-q1-2024.bao-cao.html would be 0,"),
        })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            new Reports.Cli.Commands.BuildPrinter(new Reports.Cli.CliConsole(output, error, language), 1).FileDone(0, result.Files[0]);
            Assert.StartsWith(expected, error.ToString());
            Assert.Contains(language == Reports.Core.Diagnostics.Language.English ? "How to fix:" : "Cách sửa:", error.ToString());
        }
    }
}
