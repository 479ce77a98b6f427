using System.Diagnostics;
using Reports.Cli;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Cli;

/// <summary>
/// Issue 15 (2, 3, 7): FIFOs and device nodes are refused by name, never opened (a FIFO blocks on open,
/// /dev/zero never ends), and `schema -o` replaces neither them nor an existing file without --force.
/// Every run that could hang is bounded, so a regression fails instead of stalling the suite.
/// </summary>
public sealed class SpecialFileTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    private static CliRunner.Run Bounded(params string[] args)
    {
        // A hung run leaves a blocked pool thread behind; it does not keep the test process alive.
        var task = Task.Run(() => CliRunner.Invoke(args));
        Assert.True(task.Wait(Limit), $"baocao {string.Join(' ', args)} did not finish within {Limit.TotalSeconds} s");
        return task.Result;
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void Validate_refuses_a_character_device_by_name_without_reading_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        var run = Bounded("validate", "/dev/zero");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/dev/zero: lỗi: /dev/zero không phải tệp thường", run.Error);
        Assert.Contains("Cách sửa:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);

        var english = Bounded("validate", "/dev/zero", "--lang", "en");
        Assert.Contains("/dev/zero is not a regular file", english.Error);
    }

    [Fact]
    public void Validate_refuses_a_fifo_instead_of_waiting_for_a_writer()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        var fifo = temp.File("b.yaml");
        MakeFifo(fifo);
        var run = Bounded("validate", fifo);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{fifo} không phải tệp thường", run.Error);
    }

    [Fact]
    public void Build_of_a_folder_reports_a_fifo_in_it_and_still_builds_the_real_files()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var input = new TempFolder();
        using var output = new TempFolder();
        File.Copy(TestPaths.FixtureFiles.First(), input.File("a.yaml"));
        MakeFifo(input.File("b.yaml"));

        var run = Bounded("build", input.Path, "-o", output.Path, "--format", "md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{input.File("b.yaml")} không phải tệp thường", run.Error);
        Assert.True(File.Exists(output.File("a.bao-cao.md")));
    }

    [Fact]
    public void An_unexpected_exception_is_one_plain_line_with_exit_1()
    {
        using var error = new StringWriter();
        var console = new CliConsole(TextWriter.Null, error, Language.English);
        var code = CliApp.Guarded(console, () => throw new InvalidOperationException("boom"));
        Assert.Equal(1, code);
        Assert.Equal("Internal error in baocao (InvalidOperationException: boom). This is a fault of the program, not of your data; please report it with the command you ran.",
            error.ToString().TrimEnd());
    }

    [Fact]
    public void Schema_keeps_an_existing_file_unless_forced()
    {
        using var temp = new TempFolder();
        var target = temp.File("quy.yaml");
        File.WriteAllText(target, "dữ liệu của tôi");

        var run = CliRunner.Invoke("schema", "-o", target);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("không ghi đè. Thêm --force", run.Error);
        Assert.Equal("dữ liệu của tôi", File.ReadAllText(target));

        var forced = CliRunner.Invoke("schema", "-o", target, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal(File.ReadAllText(TestPaths.Schema), File.ReadAllText(target));
    }

    [Fact]
    public void Schema_never_replaces_a_fifo_even_when_forced()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        var fifo = temp.File("baocao.schema.json");
        MakeFifo(fifo);

        var run = Bounded("schema", "-o", fifo, "--force");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{fifo}: không phải tệp thường", run.Error);
        Assert.Equal(Reports.Core.IO.FileType.Other, Reports.Core.IO.FileKind.Of(fifo));
    }
}
