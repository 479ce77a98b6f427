using System.Text;

namespace Reports.Tests.Fuzz;

/// <summary>
/// Seeded changes to a valid data file, of the kinds issue 15 lists: byte flips, deleted and duplicated lines,
/// indentation shifts, hostile Unicode, huge and tiny numbers, impossible dates. The same seed always gives
/// the same file, so a failure names a seed that reproduces it.
/// </summary>
internal static class Mutator
{
    /// <summary>The kinds of change; one file gets one to three of them.</summary>
    public enum Kind { ByteFlip, DeleteLine, DuplicateLine, Indent, Unicode, Number, Date }

    // Every class of text from issue 15.
    private static readonly string[] Unicode =
    [
        "\u0001", "\u001b[2J", "\u007f", "\u0085", "\\e[32m", "\\0", "\\uD800", // controls, raw and as escapes
        "😀", "𡨸喃", "中文", "\U0001D400",                // outside the Basic Multilingual Plane, CJK
        "a\u0301\u0302\u0303\u0323", "\u0065\u0301\u0301", // combining marks, stacked
        "\u202Eabc\u202C", "مرحبا", "שלום", "\u200F",      // right-to-left text and marks
        "\u200B", "\u00A0", "\uFEFF", "\u2028",            // invisible and line separators
        "\\u00e9", "\\x41", "\\\"", "\\\\", "\\n",         // escapes inside double quotes
        "*", "**", "_", "#", "---", "<b>", "{{ x }}", "`", "[x](y)", "&amp;", "| a |",
        "Ǆ", "ﬁ", "Ⅻ", "①", "Ꭰ", "ǅ",                     // compatibility forms
    ];

    private static readonly string[] Numbers =
    [
        "99999999999999999999999999999", "1e308", "-1e308", "0,000000000001", "-0", "0", "-12,5",
        "1.000.000.000.000.000", "12,345,678", "1.2.3", "NaN", "Infinity", "9223372036854775808", "79228162514264337593543950336",
    ];

    private static readonly string[] Dates =
    [
        "2025-02-30", "2024-02-29", "2023-02-29", "2025-13-01", "0000-00-00", "9999-12-31", "1900-01-01", "2025-04-31",
        "31/12/2025", "2025-1-1", "2025-10-06T25:61:00",
    ];

    public static byte[] Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<Kind>();
        var lines = text.Split('\n').ToList();
        var changes = random.Next(1, 4);
        byte[]? bytes = null;
        for (var i = 0; i < changes; i++)
        {
            var kind = kinds[random.Next(kinds.Length)];
            if (kind == Kind.ByteFlip)
            {
                bytes ??= Encoding.UTF8.GetBytes(string.Join('\n', lines));
                var at = random.Next(bytes.Length);
                bytes[at] ^= (byte)(1 << random.Next(8));
                continue;
            }
            if (bytes is not null) lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
            bytes = null;
            var line = random.Next(lines.Count);
            switch (kind)
            {
                case Kind.DeleteLine:
                    lines.RemoveAt(line);
                    break;
                case Kind.DuplicateLine:
                    lines.Insert(line, lines[line]);
                    break;
                case Kind.Indent:
                    lines[line] = random.Next(2) == 0 ? new string(' ', random.Next(1, 4)) + lines[line] : lines[line].TrimStart();
                    break;
                case Kind.Unicode:
                    lines[line] = Insert(random, lines[line], Unicode[random.Next(Unicode.Length)]);
                    break;
                case Kind.Number:
                    lines[line] = ReplaceValue(random, lines, line, Numbers, IsNumberLike);
                    break;
                case Kind.Date:
                    lines[line] = ReplaceValue(random, lines, line, Dates, v => v.Length == 10 && v[4] == '-');
                    break;
            }
            if (lines.Count == 0) lines.Add("");
        }
        return bytes ?? Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>Puts <paramref name="piece"/> somewhere in the value part of a "key: value" line, else anywhere.</summary>
    private static string Insert(Random random, string line, string piece)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var from = colon >= 0 ? colon + 2 : 0;
        var at = random.Next(from, line.Length + 1);
        return line[..at] + piece + line[at..];
    }

    /// <summary>Replaces the value of the nearest line at or after <paramref name="line"/> whose value fits <paramref name="fits"/>.</summary>
    private static string ReplaceValue(Random random, List<string> lines, int line, string[] values, Func<string, bool> fits)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var index = (line + i) % lines.Count;
            var colon = lines[index].IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0 || !fits(lines[index][(colon + 2)..].Trim())) continue;
            var replaced = lines[index][..(colon + 2)] + values[random.Next(values.Length)];
            if (index == line) return replaced;
            lines[index] = replaced;
            return lines[line];
        }
        return lines[line];
    }

    private static bool IsNumberLike(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '-');
}
