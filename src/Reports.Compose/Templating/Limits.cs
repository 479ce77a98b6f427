namespace Reports.Compose.Templating;

/// <summary>
/// How far one render may go. A 300-page report is about 1 million characters of Markdown and a few
/// thousand list items; these leave room for that and stop a runaway template within seconds.
/// </summary>
internal static class Limits
{
    /// <summary>Iterations of one loop tree (Scriban counts nested loops together).</summary>
    public const int Loop = 50_000;

    /// <summary>Nested includes and function calls; the built-in templates nest four deep.</summary>
    public const int Recursion = 32;

    /// <summary>
    /// Characters of one render's output and of any one string made on the way (about 40 MB). Ten times what
    /// the loader lets a data file expand to (2,000,000 characters), because a figure is written in prose, in its
    /// table and in the appendix: a file that validates must build.
    /// </summary>
    public const int Characters = 20_000_000;

    /// <summary>Wall time of one render; a real one takes milliseconds.</summary>
    public static readonly TimeSpan Time = TimeSpan.FromSeconds(3);
}
