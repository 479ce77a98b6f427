namespace Reports.Core.Diagnostics;

/// <summary>Turns diagnostics into the lines a user reads: "file:line:column: lỗi: path: what. fix".</summary>
public static class DiagnosticWriter
{
    public static string Write(Diagnostic d, Language language)
    {
        var severity = Messages.Text(d.IsError ? MessageId.LabelError : MessageId.LabelWarning, language);
        var fixLabel = Messages.Text(MessageId.LabelFix, language);
        var path = d.KeyPath.Length > 0 ? VisibleText.Escape(d.KeyPath) + ": " : "";
        var fix = d.Fix(language);
        var head = $"{VisibleText.Escape(d.Location.ToString())}: {severity}: {path}{d.Message(language)}";
        return fix.Length == 0 ? head : $"{head}\n    {fixLabel}: {fix}";
    }
}
