using Reports.Core.Diagnostics;
using YamlDotNet.Core;

namespace Reports.Core.Loading;

/// <summary>
/// The parser speaks English and in parser terms; the common mistakes of people who type YAML by hand
/// get a message of their own, the rest a general one. Only the English general message keeps the
/// parser's words: a Vietnamese reader gets no English sentence in the middle of a Vietnamese one.
/// </summary>
internal static partial class YamlErrorTranslator
{
    public static Diagnostic Translate(string file, string text, YamlException ex)
    {
        var message = ex.Message;
        var at = new SourceLocation(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        // The parser calls a bad escape ("\q", "\uD800") an unclosed quote: look for one first.
        if (Has(message, "quoted scalar") && BadEscape(file, text, ex.Start) is { } escape) return escape;
        if (Has(message, "cannot start any token"))
            return Diagnostic.Error(MessageId.YamlReservedStart, at, "", CharacterAt(text, ex.Start));
        MessageId? id = message switch
        {
            _ when Has(message, "tab character") => MessageId.TabIndent,
            _ when Has(message, "found invalid mapping") || Has(message, "mapping values are not allowed") =>
                StartsWithKey(text, at) ? MessageId.YamlIndentation : MessageId.YamlColonInValue,
            _ when Has(message, "quoted scalar") => MessageId.YamlUnclosedQuote,
            _ when Has(message, "anchor or alias") => MessageId.YamlBadAnchor,
            _ when Has(message, "a tag") || Has(message, "directive") => MessageId.YamlAdvancedSyntax,
            _ when Has(message, "expected ',' or ']'") || Has(message, "expected ',' or '}'") || Has(message, "flow") => MessageId.YamlUnclosedBracket,
            _ when Has(message, "did not find expected key") || Has(message, "expected '-' indicator")
                   || Has(message, "block mapping") || Has(message, "block collection") || Has(message, "simple key") => MessageId.YamlIndentation,
            _ => null,
        };
        return id is { } known
            ? Diagnostic.Error(known, at, "")
            : Diagnostic.Error(MessageId.YamlSyntax, at, "", message);
    }

    /// <summary>The first invalid escape of the double-quoted scalar that opens at <paramref name="quote"/>, located.</summary>
    private static Diagnostic? BadEscape(string file, string text, Mark quote)
    {
        var start = (int)Math.Clamp(quote.Index, 0, text.Length);
        if (start >= text.Length || text[start] != '"') return null;
        if (QuotedEscapes.FirstInvalid(text, start) is not { } bad) return null;
        return Diagnostic.Error(MessageId.YamlBadEscape, SourceText.LocationOfChar(file, text, bad.Index), "",
            text.Substring(bad.Index, bad.Length));
    }

    /// <summary>The character the parser stopped at, as a message shows it (quoted).</summary>
    private static string CharacterAt(string text, Mark mark)
    {
        var index = (int)Math.Clamp(mark.Index, 0, text.Length);
        if (index >= text.Length) return "";
        var length = char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
        return "\"" + text.Substring(index, length) + "\"";
    }

    /// <summary>
    /// "key: value" on a line indented unlike its neighbours reads to YAML as text continued from the line
    /// above and then a stray ": ". When the stray colon is the one right after a key, the line's
    /// indentation is the mistake, not the value.
    /// </summary>
    private static bool StartsWithKey(string text, SourceLocation at)
    {
        var line = text.Split('\n').ElementAtOrDefault(at.Line - 1);
        if (line is null) return false;
        var match = KeyAtLineStart().Match(line);
        return match.Success && match.Length == at.Column;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(- )?[A-Za-z_][A-Za-z0-9_]*\s*:")]
    private static partial System.Text.RegularExpressions.Regex KeyAtLineStart();

    private static bool Has(string message, string part) => message.Contains(part, StringComparison.OrdinalIgnoreCase);
}
