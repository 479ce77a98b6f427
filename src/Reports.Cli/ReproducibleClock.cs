using System.Globalization;
using NodaTime;

namespace Reports.Cli;

/// <summary>
/// The clock of the command line. SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
/// convention) fixes "now", so that `init` writes the same file in a build script, and so the CLI tests
/// can check a separately built program (the native binary) with the same fixed date they use in-process.
/// </summary>
internal sealed class ReproducibleClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;

    public static IClock FromEnvironment() =>
        long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= Instant.MaxValue.ToUnixTimeSeconds()
            ? new ReproducibleClock(Instant.FromUnixTimeSeconds(seconds))
            : SystemClock.Instance;
}
