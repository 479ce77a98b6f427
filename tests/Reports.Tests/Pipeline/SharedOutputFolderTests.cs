using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Reports.Core.IO;
using Reports.Pipeline.Output;
using Xunit;

namespace Reports.Tests.Pipeline;

/// <summary>
/// Issue 15 items 5 and 6: builds in different processes share an output folder without losing manifest
/// entries, and the temporary files of a killed build are swept by the next one, never those of a live one.
/// </summary>
public sealed class SharedOutputFolderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static Dictionary<string, string> Manifest(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, OutputFolder.ManifestFileName)));
        return json.RootElement.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    [Fact]
    public async Task A_write_waits_for_the_lock_another_process_holds_and_keeps_the_entry_that_process_added()
    {
        var folder = Directory.CreateDirectory(temp.File("ra")).FullName;
        var output = new OutputFolder(folder);
        Task write;
        using (ManifestLock.Acquire(folder, TimeSpan.FromSeconds(5)))
        {
            write = Task.Run(() => output.Write("a.md", "a"u8, force: false));
            Assert.NotSame(write, await Task.WhenAny(write, Task.Delay(400)));
            // Meanwhile the other process writes its file and its manifest, as a build does under the lock.
            await File.WriteAllTextAsync(Path.Combine(folder, "b.md"), "b");
            await File.WriteAllTextAsync(Path.Combine(folder, OutputFolder.ManifestFileName),
                $"{{\"version\":1,\"files\":{{\"b.md\":\"{ContentHash.Of("b"u8)}\"}}}}\n");
        }
        await write.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["a.md", "b.md"], Manifest(folder).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_build_processes_into_one_folder_record_every_file_and_a_third_build_writes_no_beside_copies()
    {
        var inputs = new[] { "mot", "hai" }.ToDictionary(set => set, set =>
        {
            var folder = Directory.CreateDirectory(temp.File(set)).FullName;
            for (var i = 0; i < 12; i++) File.Copy(TestPaths.Minimal, Path.Combine(folder, $"{set}-{i:00}.yaml"));
            return folder;
        });
        var output = temp.File("ra");

        var builds = inputs.Values.Select(folder => Baocao("build", folder, "-o", output, "--format", "md", "--jobs", "2")).ToList();
        foreach (var build in builds) Finish(build);

        var written = Directory.GetFiles(output, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(24, written.Count);
        Assert.Equal(written, Manifest(output).Keys.Order(StringComparer.Ordinal));

        Finish(Baocao("build", inputs["mot"], inputs["hai"], "-o", output, "--format", "md"));
        Assert.Empty(Directory.GetFiles(output, "*.1.md"));
    }

    private static Process Baocao(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "baocao.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }

    private static void Finish(Process process)
    {
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the build did not end");
            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {output.Result}{error.Result}");
        }
    }

    [Fact]
    public void Temporary_files_of_a_dead_build_are_swept_and_those_of_a_live_one_are_kept()
    {
        var folder = Directory.CreateDirectory(temp.File("ra")).FullName;
        using var live = Process.Start(new ProcessStartInfo("sleep", "30"))!;
        int dead;
        using (var ended = Process.Start(new ProcessStartInfo("true"))!)
        {
            ended.WaitForExit();
            dead = ended.Id;
        }
        Assert.False(AbandonedTempFiles.IsRunning(dead));
        Assert.True(AbandonedTempFiles.IsRunning(live.Id));
        string Temp(string name, int pid) => Path.Combine(folder, $".{name}.{pid}.{Guid.NewGuid():N}.tmp");

        var ofDead = Temp("q1.bao-cao.pdf", dead);
        var ofLive = Temp("q1.bao-cao.docx", live.Id);
        var oldOfLive = Temp("q1.bao-cao.md", live.Id);
        var notOurs = Path.Combine(folder, ".ghi-chu.tmp");
        foreach (var path in new[] { ofDead, ofLive, oldOfLive, notOurs }) File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(oldOfLive, DateTime.UtcNow.AddDays(-2));

        try
        {
            new OutputFolder(folder).Write("q1.bao-cao.html", "html"u8, force: false);

            Assert.False(File.Exists(ofDead));
            Assert.False(File.Exists(oldOfLive));
            Assert.True(File.Exists(ofLive));
            Assert.True(File.Exists(notOurs));
            Assert.True(File.Exists(Path.Combine(folder, "q1.bao-cao.html")));
        }
        finally
        {
            live.Kill();
        }
    }

    [Fact]
    public void A_build_killed_with_sigkill_leaves_temporary_files_the_next_build_removes()
    {
        var folder = Directory.CreateDirectory(temp.File("ra")).FullName;
        // What kill -9 leaves: the killed process's temporary file, under the name AtomicFile gives it.
        using (var victim = Process.Start(new ProcessStartInfo("sleep", "30"))!)
        {
            File.WriteAllText(Path.Combine(folder, $".q1.bao-cao.pdf.{victim.Id}.{Guid.NewGuid():N}.tmp"), "half a PDF");
            victim.Kill();
            victim.WaitForExit();
        }
        Finish(Baocao("build", TestPaths.Minimal, "-o", folder, "--format", "md"));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        Assert.True(File.Exists(Path.Combine(folder, "minimal.bao-cao.md")));
    }
}
