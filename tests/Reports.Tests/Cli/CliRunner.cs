using System.Diagnostics;
using System.Globalization;
using NodaTime;
using Reports.Cli;

namespace Reports.Tests.Cli;

/// <summary>
/// Runs `baocao` with captured output and a fixed clock: in-process by default, or as a separate process
/// when BAOCAO_EXE names a built program (bench/aot-cli-tests.sh points it at the Native AOT binary, so
/// the same CLI tests check the native build). The process gets the fixed clock through SOURCE_DATE_EPOCH.
/// </summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static readonly Instant Now = Instant.FromUtc(2024, 4, 2, 3, 0);

    /// <summary>The program under test when it is not this process, else null.</summary>
    public static string? Executable => Environment.GetEnvironmentVariable("BAOCAO_EXE") is { Length: > 0 } path ? path : null;

    public static Run Invoke(params string[] args) => Executable is { } exe ? OutOfProcess(exe, args) : InProcess(args);

    private static Run InProcess(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new FixedClock(Now));
        return new Run(code, stdout.ToString(), stderr.ToString());
    }

    private static Run OutOfProcess(string exe, string[] args)
    {
        var start = new ProcessStartInfo(exe, args)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.Environment["SOURCE_DATE_EPOCH"] = Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Run(process.ExitCode, output, error.Result);
    }
}

/// <summary>A clock that always says the same instant, so `init` defaults are reproducible.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
