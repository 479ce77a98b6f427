namespace Reports.Core.Diagnostics;

/// <summary>
/// One problem found in a data file. It keeps the message id and its arguments rather than text,
/// so the same diagnostic can be shown in Vietnamese or English.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    MessageId Id,
    SourceLocation Location,
    string KeyPath,
    IReadOnlyList<string> Arguments)
{
    public static Diagnostic Error(MessageId id, SourceLocation at, string keyPath, params string[] args) =>
        new(Severity.Error, id, at, keyPath, args);

    public static Diagnostic Warning(MessageId id, SourceLocation at, string keyPath, params string[] args) =>
        new(Severity.Warning, id, at, keyPath, args);

    public bool IsError => Severity == Severity.Error;

    /// <summary>What is wrong, in the given language.</summary>
    public string Message(Language language) => Messages.Format(Id, language, Arguments);

    /// <summary>How to fix it, in the given language.</summary>
    public string Fix(Language language) => Messages.FormatFix(Id, language, Arguments);
}
