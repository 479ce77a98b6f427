using System.Globalization;

namespace Reports.Core.Loading;

/// <summary>
/// Walks the backslash escapes of a double-quoted YAML scalar in the source text, so that a refused
/// character or a malformed escape can be pointed at where the user typed it ("\e", "\x1B", "\uD800")
/// rather than at the opening quote.
/// </summary>
internal static class QuotedEscapes
{
    /// <summary>An escape in the source: where it starts, how long it is, and the code point it stands for
    /// (-1 when it stands for nothing valid: an unknown letter, bad hex digits, half a surrogate pair).</summary>
    public readonly record struct Escape(int Index, int Length, int CodePoint);

    /// <summary>The escapes of the double-quoted scalar whose opening quote is at <paramref name="quote"/>,
    /// up to its closing quote or the end of the text.</summary>
    public static IEnumerable<Escape> In(string text, int quote)
    {
        for (var i = quote + 1; i < text.Length && text[i] != '"'; i++)
        {
            if (text[i] != '\\') continue;
            var escape = Read(text, i);
            yield return escape;
            i += escape.Length - 1;
        }
    }

    /// <summary>The first escape that stands for no valid character; null when all are valid.</summary>
    public static Escape? FirstInvalid(string text, int quote) =>
        In(text, quote).Select(e => (Escape?)e).FirstOrDefault(e => e!.Value.CodePoint < 0);

    private static Escape Read(string text, int at)
    {
        if (at + 1 >= text.Length) return new(at, 1, -1);
        var letter = text[at + 1];
        var simple = letter switch
        {
            '0' => 0, 'a' => 7, 'b' => 8, 't' or '\t' => 9, 'n' => 10, 'v' => 11, 'f' => 12, 'r' => 13, 'e' => 0x1B,
            ' ' => ' ', '"' => '"', '/' => '/', '\\' => '\\', 'N' => 0x85, '_' => 0xA0, 'L' => 0x2028, 'P' => 0x2029,
            '\n' => '\n',
            _ => -2,
        };
        if (simple != -2) return new(at, 2, simple);
        var digits = letter switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0) return new(at, 2, -1);
        var end = at + 2;
        while (end < text.Length && end < at + 2 + digits && text[end] is not ('"' or '\\' or ' ' or '\n')) end++;
        var hex = text.AsSpan(at + 2, end - at - 2);
        if (hex.Length != digits || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) || value > 0x10FFFF)
            return new(at, end - at, -1);
        // A high surrogate is valid only when a low one follows as the next escape (JSON's way of writing 😀).
        if (value is >= 0xD800 and <= 0xDBFF && digits == 4)
        {
            var next = end + 1 < text.Length && text[end] == '\\' ? Read(text, end) : default;
            return next.Length == 6 && next.CodePoint is >= 0xDC00 and <= 0xDFFF
                ? new(at, 12, char.ConvertToUtf32((char)value, (char)next.CodePoint))
                : new(at, 6, -1);
        }
        return value is >= 0xD800 and <= 0xDFFF ? new(at, 2 + digits, -1) : new(at, 2 + digits, value);
    }
}
