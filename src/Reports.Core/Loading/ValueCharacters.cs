using System.Globalization;
using Reports.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reports.Core.Loading;

/// <summary>
/// Refuses characters no report can hold: control characters (C0 other than tab and line feed, DEL, C1)
/// and halves of surrogate pairs. An escape sequence such as "\e[2J" clears a terminal when a message
/// echoes the value, and reaches Markdown and HTML as raw bytes; "\0" turns into U+FFFD in a DOCX.
/// </summary>
internal static class ValueCharacters
{
    /// <summary>True for the characters refused in a value.</summary>
    public static bool IsRefused(int codePoint) =>
        codePoint is (< 0x20 and not '\t' and not '\n') or (>= 0x7F and <= 0x9F) or (>= 0xD800 and <= 0xDFFF);

    /// <summary>The diagnostic for the first refused character of a scalar, located where it was typed;
    /// null when the value is clean.</summary>
    public static Diagnostic? Check(string file, string text, Scalar scalar)
    {
        var bad = FirstRefused(scalar.Value);
        if (bad < 0) return null;
        var codePoint = char.IsSurrogate(scalar.Value[bad]) ? scalar.Value[bad] : char.ConvertToUtf32(scalar.Value, bad);
        var start = (int)Math.Clamp(scalar.Start.Index, 0, text.Length);
        var end = (int)Math.Clamp(scalar.End.Index, start, text.Length);

        // Typed as is (a plain or block scalar, or a raw character inside quotes) or as an escape.
        var typed = text.IndexOf(scalar.Value[bad], start, end - start);
        if (typed < 0 && scalar.Style == ScalarStyle.DoubleQuoted)
            typed = QuotedEscapes.In(text, start).FirstOrDefault(e => IsRefused(e.CodePoint) || e.CodePoint < 0, new(-1, 0, 0)).Index;
        var at = typed >= 0 ? SourceText.LocationOfChar(file, text, typed) : Located(file, scalar.Start);
        return Diagnostic.Error(MessageId.InvalidCharacter, at, "", Name(codePoint));
    }

    /// <summary>"U+001B (ESC)": how a refused character is named in a message, never the character itself.</summary>
    public static string Name(int codePoint)
    {
        var code = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        var shortName = codePoint switch
        {
            0 => "NUL", 7 => "BEL", 8 => "BS", 0xB => "VT", 0xC => "FF", 0xD => "CR", 0x1B => "ESC", 0x7F => "DEL",
            0x85 => "NEL", 0x9B => "CSI",
            _ => null,
        };
        return shortName is null ? code : $"{code} ({shortName})";
    }

    private static int FirstRefused(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (IsRefused(c)) return i;
        }
        return -1;
    }

    private static SourceLocation Located(string file, Mark mark) =>
        new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
