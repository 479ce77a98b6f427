using Reports.Core.Diagnostics;
using YamlDotNet.Core;

namespace Reports.Core.Loading;

/// <summary>
/// The parser speaks English and in parser terms; the common mistakes of people who type YAML by hand
/// get a message of their own, the rest a general one that keeps the parser's words.
/// </summary>
internal static partial class YamlErrorTranslator
{
    public static Diagnostic Translate(string file, string text, YamlException ex)
    {
        var message = ex.Message;
        var at = new SourceLocation(file, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        MessageId? id = message switch
        {
            _ when Has(message, "tab character") => MessageId.TabIndent,
            _ when Has(message, "found invalid mapping") || Has(message, "mapping values are not allowed") =>
                StartsWithKey(text, at) ? MessageId.YamlIndentation : MessageId.YamlColonInValue,
            _ when Has(message, "quoted scalar") => MessageId.YamlUnclosedQuote,
            _ when Has(message, "expected ',' or ']'") || Has(message, "expected ',' or '}'") || Has(message, "flow") => MessageId.YamlUnclosedBracket,
            _ when Has(message, "did not find expected key") || Has(message, "expected '-' indicator")
                   || Has(message, "block mapping") || Has(message, "block collection") => MessageId.YamlIndentation,
            _ => null,
        };
        return id is { } known
            ? Diagnostic.Error(known, at, "")
            : Diagnostic.Error(MessageId.YamlSyntax, at, "", message);
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
