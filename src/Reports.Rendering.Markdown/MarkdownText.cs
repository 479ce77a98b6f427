using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Escaping for CommonMark with pipe tables, so that the document's text stays literal. Two passes: inside a
/// line every character that could start inline markup is escaped; then the start of every line is checked
/// for what could start a block (list item, heading underline, quote).
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>Marks a hard line break inside rendered inline text until the lines are laid out.</summary>
    public const char Break = '\n';

    /// <summary>Escapes characters that have a meaning anywhere in a line, and entity-like ampersands.</summary>
    public static string EscapeInline(string text)
    {
        text = NormaliseNewlines(text);
        var sb = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '#':
                    sb.Append('\\').Append(c);
                    break;
                case '&' when EntityLike().IsMatch(text.AsSpan(i)):
                    sb.Append("\\&");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Escapes what would start a block at the beginning of a line of a paragraph or list item: a bullet
    /// ("- ", "+ "), an ordered-list number ("1. ", "2) "), a quote ("&gt;"), a rule or heading underline ("---",
    /// "==="). "#", "*", "_", "`" and "~" are already escaped wherever they are. Text that only looks alike
    /// ("1.250 tỷ", "-5%") is left as it is. Leading blanks are dropped: they mean nothing in the printed text
    /// and four of them would start a code block.
    /// </summary>
    public static string EscapeLineStart(string line)
    {
        line = line.TrimStart(' ', '\t');
        if (line.Length == 0) return line;
        bool BlankAt(int i) => i >= line.Length || line[i] is ' ' or '\t';
        switch (line[0])
        {
            case '>':
            case '+' when BlankAt(1):
            case '-' when BlankAt(1) || line.TrimEnd(' ', '\t').All(c => c == '-'):
            case '=' when line.TrimEnd(' ', '\t').All(c => c == '='):
                return "\\" + line;
        }
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        if (digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')' && BlankAt(digits + 1))
            return line[..digits] + "\\" + line[digits..];
        return line;
    }

    /// <summary>
    /// Wraps rendered inline text in emphasis delimiters, keeping surrounding blanks and breaks outside them
    /// (CommonMark ignores "** x**"). Each line is wrapped by itself so no delimiter is left open at a break.
    /// </summary>
    public static string Wrap(string content, string delimiter)
    {
        if (delimiter.Length == 0) return content;
        var lines = content.Split(Break);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var start = 0;
            while (start < line.Length && char.IsWhiteSpace(line[start])) start++;
            var end = line.Length;
            while (end > start && char.IsWhiteSpace(line[end - 1])) end--;
            if (end > start)
                lines[i] = line[..start] + delimiter + line[start..end] + delimiter + line[end..];
        }
        return string.Join(Break, lines);
    }

    public static string NormaliseNewlines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});", RegexOptions.CultureInvariant)]
    private static partial Regex EntityLike();
}
