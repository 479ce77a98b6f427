using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;
using Emphasis = Reports.Document.Emphasis;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Reports.Rendering.Docx;

/// <summary>Text to runs: line breaks, tabs, bold and italic, and nothing XML cannot hold.</summary>
internal static class DocxText
{
    /// <summary>The lines of a text; "\r\n", "\r" and "\n" all break.</summary>
    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>
    /// One run holding <paramref name="text"/>, a "\n" inside it becoming a line break (w:br). With
    /// <paramref name="noBreak"/> Word may not break the line inside it: spaces become U+00A0 and hyphens
    /// w:noBreakHyphen, Word's own marks for that (Word has no "keep on one line" for a run of text).
    /// </summary>
    public static Run Run(string text, bool bold = false, bool italic = false, bool noBreak = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            run.Append(properties);
        }
        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            AppendLine(run, noBreak ? lines[i].Replace(' ', NoBreakSpace) : lines[i], noBreak);
        }
        return run;
    }

    /// <summary>
    /// The space Word never breaks a line at. It copies out of Word as U+00A0 rather than a plain space: the
    /// nearest to unchanged text Word offers, as a run has no "keep on one line" property.
    /// </summary>
    public const char NoBreakSpace = '\u00A0';

    /// <summary>
    /// The runs of inline content; Strong and Emphasis set bold and italic on the runs inside them, NoBreak
    /// makes the runs inside it unbreakable.
    /// </summary>
    public static IEnumerable<Run> Runs(IEnumerable<Inline> inlines, bool bold = false, bool italic = false, bool noBreak = false)
    {
        var visitor = new RunVisitor(bold, italic, noBreak);
        return inlines.SelectMany(inline => inline.Accept(visitor));
    }

    private sealed class RunVisitor(bool bold, bool italic, bool noBreak) : IInlineVisitor<IEnumerable<Run>>
    {
        public IEnumerable<Run> Visit(Reports.Document.Text text) => text.Value.Length > 0 ? [Run(text.Value, bold, italic, noBreak)] : [];

        public IEnumerable<Run> Visit(Strong strong) => Runs(strong.Children, bold: true, italic, noBreak);

        public IEnumerable<Run> Visit(Emphasis emphasis) => Runs(emphasis.Children, bold, italic: true, noBreak);

        public IEnumerable<Run> Visit(NoBreak glued) => Runs(glued.Children, bold, italic, noBreak: true);

        public IEnumerable<Run> Visit(LineBreak lineBreak) => [new Run(new Break())];
    }

    private static void AppendLine(Run run, string line, bool noBreak)
    {
        var parts = Clean(line).Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) run.Append(new TabChar());
            var pieces = noBreak ? parts[i].Split('-') : [parts[i]];
            for (var k = 0; k < pieces.Length; k++)
            {
                if (k > 0) run.Append(new NoBreakHyphen());
                if (pieces[k].Length == 0) continue;
                var text = new Text(pieces[k]);
                if (NeedsPreserve(pieces[k])) text.Space = SpaceProcessingModeValues.Preserve;
                run.Append(text);
            }
        }
    }

    /// <summary>Spaces at either end or doubled ("Số       -BC/ĐU", a number left blank to fill by hand) are kept.</summary>
    private static bool NeedsPreserve(string text) =>
        char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal);

    /// <summary>Drops the characters XML 1.0 cannot carry (controls other than tab, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            bool ok;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            ok = c == '\t' || (c >= 0x20 && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
            if (ok)
            {
                clean?.Append(c);
            }
            else if (clean is null)
            {
                clean = new StringBuilder(text.Length);
                clean.Append(text, 0, i);
            }
        }
        return clean?.ToString() ?? text;
    }

    /// <summary>An integer as OpenXml writes it: invariant culture.</summary>
    public static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
