using System.Text;
using Reports.Cli.Texts;
using Reports.Core.IO;
using Reports.Samples;

namespace Reports.Cli.Commands;

/// <summary>
/// `baocao sample --so N -o DIR [--seed S] [--trang P]`: synthetic data files for load tests and
/// benchmarks. Files are written with <see cref="AtomicFile"/> without overwrite, like `init`: an existing
/// file is never replaced. One that already holds exactly the bytes asked for counts as done, so running
/// the same command twice is harmless; one with other content is left alone and reported (exit 1).
/// The output folder's manifest (<see cref="Output.OutputFolder"/>) is not used: samples are inputs that
/// people may edit, not documents the tool owns, and "beside" copies would be picked up by `build DIR`.
/// </summary>
internal static class SampleCommand
{
    /// <param name="Chain">With <c>--chuoi K</c>: each sample is a chain of K files (<see cref="SampleChains"/>).</param>
    public sealed record Request(string OutputFolder, int Count, long Seed, int? Pages, int? Chain = null);

    public static int Run(Request request, CliConsole console)
    {
        int written = 0, same = 0, kept = 0;
        try
        {
            Directory.CreateDirectory(request.OutputFolder);
            var samples = request.Chain is { } length
                ? SampleChains.Many(request.Count, length, request.Seed, request.Pages)
                : SampleGenerator.Many(request.Count, request.Seed, request.Pages);
            foreach (var (name, text) in samples)
            {
                var path = Path.Combine(request.OutputFolder, name);
                var bytes = Encoding.UTF8.GetBytes(text);
                if (AtomicFile.TryWrite(path, bytes, overwrite: false))
                {
                    written++;
                }
                else if (File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
                {
                    same++;
                }
                else
                {
                    kept++;
                    console.Error.WriteLine(CliTexts.Get(CliText.SampleExists, console.Language, path));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.WriteFailed, console.Language, request.OutputFolder, ex.Message));
            return ExitCodes.InvalidData;
        }
        console.Out.WriteLine(CliTexts.Get(CliText.SampleSummary, console.Language, written, request.OutputFolder, request.Seed));
        if (same + kept > 0) console.Out.WriteLine(CliTexts.Get(CliText.SampleKept, console.Language, same, kept));
        return kept == 0 ? ExitCodes.Success : ExitCodes.InvalidData;
    }
}
