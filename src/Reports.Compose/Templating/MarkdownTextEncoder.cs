using System.Text;

namespace Reports.Compose.Templating;

/// <summary>
/// Escapes what a value inserted into a Markdown template could otherwise turn into structure: HTML,
/// links, code, table cells, and block markers at the start of a line ("1. ", "- ", "# ", "> ").
/// "**" and "*" stay, because statements in the data file may use them for bold and italic.
/// </summary>
public static class MarkdownTextEncoder
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].Trim();
            if (l > 0) sb.Append("\\\n"); // a line break the user typed stays a line break, not a new block
            EscapeLineStart(line, sb, out var from);
            for (var i = from; i < line.Length; i++)
            {
                var c = line[i];
                if (c is '\\' or '<' or '>' or '[' or ']' or '`' or '|' or '&') sb.Append('\\');
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static void EscapeLineStart(string line, StringBuilder sb, out int consumed)
    {
        consumed = 0;
        if (line.Length == 0) return;
        // "12. " and "3) " would start an ordered list.
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')')
        {
            sb.Append(line, 0, digits).Append('\\').Append(line[digits]);
            consumed = digits + 1;
            return;
        }
        if (line[0] is '#' or '-' or '+' or '=' or '>' or '~')
        {
            sb.Append('\\').Append(line[0]);
            consumed = 1;
        }
        else if (line.StartsWith("* ", StringComparison.Ordinal) || line == "*")
        {
            sb.Append("\\*");
            consumed = 1;
        }
    }
}
