using NodaTime;
using Reports.Cli;

namespace Reports.Tests.Cli;

/// <summary>Runs `baocao` in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    public sealed record Run(int ExitCode, string Out, string Error);

    public static readonly Instant Now = Instant.FromUtc(2024, 4, 2, 3, 0);

    public static Run Invoke(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr, new FixedClock(Now));
        return new Run(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A clock that always says the same instant, so `init` defaults are reproducible.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
