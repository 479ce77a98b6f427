using Reports.Core.Diagnostics;

namespace Reports.Cli;

/// <summary>
/// Where a command writes, and in which language; tests pass string writers. <paramref name="IsTerminal"/>
/// is true only when Out is the process's own console and that console is a terminal, not a file or pipe:
/// then `build` shows a live progress bar instead of one line per file.
/// </summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, Language Language, bool IsTerminal = false);
