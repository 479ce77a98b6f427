using System.Text;

namespace Reports.Compose.Templating;

/// <summary>
/// Escapes what a value inserted into a Markdown template could otherwise turn into structure: HTML,
/// links, code, table cells, "_" emphasis, "~", block markers at the start of a line ("1. ", "- ", "# ", "> "),
/// a line of stars ("***", a thematic break), and a line of digits the template may follow with "." or ")".
/// "**" and "*" stay, because statements in the data file may use them for bold and italic (the only two
/// constructs documented for user text).
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
                // "_" would be emphasis like "*", but only "*" is documented for user text: "_Nghị quyết 57_" is a name.
                if (c is '\\' or '<' or '>' or '[' or ']' or '`' or '|' or '&' or '_' or '~') sb.Append('\\');
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
        if (digits is > 0 and <= 9 && digits == line.Length)
        {
            // A line of digits ("2025") is a list marker as soon as the template writes "." or ")" after it, and a
            // digit cannot be backslash-escaped: the first one goes as a character reference, which reads back as
            // the same digit but is no marker.
            sb.Append("&#").Append((int)line[0]).Append(';').Append(line, 1, digits - 1);
            consumed = digits;
            return;
        }
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
        else if (line[0] == '*' && line.All(c => c is '*' or ' ' or '\t'))
        {
            // "***" or "* * *" is a thematic break (a page break in the tree); stars alone emphasise nothing.
            foreach (var c in line) sb.Append(c == '*' ? "\\*" : c);
            consumed = line.Length;
        }
    }
}
