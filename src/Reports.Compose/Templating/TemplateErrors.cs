using System.Text.RegularExpressions;
using Reports.Core.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// Scriban's errors as our diagnostics: the file whose text is at fault (the one the user wrote, never
/// the built-in that included it), line and column counted from 1, and which fix applies.
/// </summary>
internal static partial class TemplateErrors
{
    public static Diagnostic Syntax(TemplateSource source, LogMessageBag messages)
    {
        var first = messages.First(m => m.Type == ParserMessageType.Error);
        var at = At(first.Span, source.FilePath);
        if (first.Message.Contains("<end>", StringComparison.Ordinal) && UnclosedBlock.Find(source.Text, source.FilePath) is { } open)
            at = new SourceLocation(source.FilePath, open.Line + 1, open.Column + 1);
        return Diagnostic.Error(MessageId.TemplateSyntax, at, "", first.Message);
    }

    /// <summary>Null for an exception that is not the template's fault.</summary>
    public static Diagnostic? Explain(Exception ex, string renderedFile, bool timedOut)
    {
        if (ex is not ScriptRuntimeException outer) return null;
        // Scriban may wrap our own refusal (an include refused inside an included template, say): the cause is innermost.
        var script = Causes(ex).OfType<ScriptRuntimeException>().FirstOrDefault(e => e is IncludeException or IncludeCycleException or TemplateFunctionException) ?? outer;
        var at = At(script.Span, renderedFile);
        return script switch
        {
            IncludeException { Outside: true } include => Diagnostic.Error(MessageId.TemplateIncludeOutside, at, "", include.Name),
            IncludeException include => Diagnostic.Error(MessageId.TemplateMissingPartial, at, "", include.Name),
            IncludeCycleException cycle => Diagnostic.Error(MessageId.TemplateIncludeCycle, at, "", cycle.Target, cycle.Chain),
            TemplateFunctionException failed => Diagnostic.Error(MessageId.TemplateFunctionFailed, at, "", failed.Function, failed.Reason),
            // Scriban also watches the token and stops with its own "operation was cancelled".
            _ when timedOut => Diagnostic.Error(MessageId.TemplateLimit, at, "", $"{Limits.Time.TotalSeconds:0} s"),
            _ when MissingName().Match(script.OriginalMessage) is { Success: true } missing =>
                Diagnostic.Error(MessageId.TemplateMissingName, at, "", missing.Groups[1].Value),
            _ when script.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase) =>
                Diagnostic.Error(MessageId.TemplateLimit, at, "", LimitCrossed(script.OriginalMessage)),
            _ => Diagnostic.Error(MessageId.TemplateRuntime, at, "", script.OriginalMessage),
        };
    }

    /// <summary>
    /// Which limit stopped the render, as numbers both languages read (Scriban's own sentence is English and
    /// must not reach a Vietnamese message).
    /// </summary>
    private static string LimitCrossed(string message) =>
        message.Contains("Output", StringComparison.OrdinalIgnoreCase) ? $"> {Grouped(Limits.Characters)} (ký tự / characters)"
        : message.Contains("Loop", StringComparison.OrdinalIgnoreCase) ? $"> {Grouped(Limits.Loop)} (vòng lặp / loop iterations)"
        : message.Contains("Recursi", StringComparison.OrdinalIgnoreCase) ? $"> {Limits.Recursion} (cấp / levels)"
        : "?";

    private static string Grouped(int n) => n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    private static IEnumerable<Exception> Causes(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException) yield return e;
    }

    /// <summary>Scriban counts lines and columns from 0; people count from 1.</summary>
    private static SourceLocation At(SourceSpan span, string fallbackFile) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackFile : span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    [GeneratedRegex("`([^`]+)` (?:was not found|not found)")]
    private static partial Regex MissingName();
}
