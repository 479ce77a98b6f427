using Reports.Cli.Texts;
using Reports.Core.Chain;
using Reports.Core.Diagnostics;
using Reports.Core.IO;

namespace Reports.Cli.Commands;

/// <summary>
/// `baocao ky-toi FILE -o NEW`: next period's data file started from this one (<see cref="NextPeriodFile"/>).
/// Like `init`, it never overwrites a file.
/// </summary>
internal static class NextPeriodCommand
{
    public static int Run(string source, string output, CliConsole console)
    {
        var (text, diagnostics) = NextPeriodFile.Create(source, output);
        foreach (var d in diagnostics)
            console.Error.WriteLine(DiagnosticWriter.Write(d, console.Language));
        if (text is null)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.NextSourceInvalid, console.Language, source));
            return ExitCodes.InvalidData;
        }
        try
        {
            if (!AtomicFile.TryWrite(output, System.Text.Encoding.UTF8.GetBytes(text), overwrite: false))
            {
                console.Error.WriteLine(CliTexts.Get(CliText.InitExists, console.Language, output));
                return ExitCodes.InvalidData;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.WriteFailed, console.Language, output, ex.Message));
            return ExitCodes.InvalidData;
        }
        console.Out.WriteLine(CliTexts.Get(CliText.NextWritten, console.Language, output, source));
        return ExitCodes.Success;
    }
}
