using System.Reflection;
using System.Runtime.CompilerServices;

namespace Reports.Cli;

/// <summary>
/// What `--version` reports: the version, the commit the program was built from (stamped by the project
/// file at build time, "unknown" when built outside git) and whether it runs as a native binary.
/// </summary>
internal static class BuildInfo
{
    public const string UnknownCommit = "unknown";

    public static string Version =>
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static string Commit =>
        typeof(BuildInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SourceCommit")?.Value is { Length: > 0 } commit ? commit : UnknownCommit;

    /// <summary>Native AOT cannot generate code at run time; the JIT-based runtime can.</summary>
    public static bool IsNative => !RuntimeFeature.IsDynamicCodeSupported;

    /// <summary>The runtime's own version, e.g. "10.0.1" (the product version of System.Private.CoreLib).</summary>
    public static string RuntimeVersion => Environment.Version.ToString();
}
