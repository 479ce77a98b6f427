using Reports.Core.Diagnostics;

namespace Reports.Cli;

/// <summary>Where a command writes, and in which language; tests pass string writers.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Language Language);
