using Reports.Core;
using Reports.Core.Model;
using Reports.Samples;
using Reports.Tests.Cli;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>`baocao sample --chuoi K`: chains that load cleanly, link by link, with reviewed tasks.</summary>
public sealed class SampleChainTests
{
    [Fact]
    public void Forty_chains_of_three_load_without_a_diagnostic_each_file_reaching_its_predecessor()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke("sample", "--so", "40", "--chuoi", "3", "-o", temp.Path);
        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(temp.Path, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(120, files.Count);
        Assert.Equal(SampleChains.FileName(1, 1), Path.GetFileName(files[0]));

        var carried = 0;
        foreach (var file in files)
        {
            var loaded = DataFileLoader.LoadFile(file);
            Assert.True(loaded.Diagnostics.Count == 0, $"{file}: {string.Join("; ", loaded.Diagnostics.Select(d => d.Id))}");
            var data = loaded.Data!;
            var link = int.Parse(Path.GetFileNameWithoutExtension(file)[^1..], System.Globalization.CultureInfo.InvariantCulture);
            var depth = 0;
            for (var d = data.PreviousReport; d is not null; d = d.PreviousReport) depth++;
            // A chain that crosses into a new year stops following at last year's Q4.
            Assert.InRange(depth, Math.Min(1, link - 1), link - 1);
            if (link > 1) Assert.All(data.TaskReview!.Tasks, t => Assert.NotNull(t.Progress));
            carried += data.Tasks.Count(t => t.CarriedOver);
        }
        Assert.True(carried > 0);
    }

    [Fact]
    public void A_chain_length_outside_two_to_four_is_a_usage_error()
    {
        using var temp = new TempFolder();
        Assert.Equal(2, CliRunner.Invoke("sample", "--so", "1", "--chuoi", "5", "-o", temp.Path).ExitCode);
        Assert.Contains("--chuoi must be the number of files in each chain, from 2 to 4", CliRunner.Invoke("sample", "--so", "1", "--chuoi", "1", "-o", temp.Path, "--lang", "en").Error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
