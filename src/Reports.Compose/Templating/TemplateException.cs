using Reports.Core.Diagnostics;

namespace Reports.Compose.Templating;

/// <summary>A template that cannot be compiled or rendered, with the file and line at fault.</summary>
public sealed class TemplateException(Diagnostic diagnostic) : Exception(diagnostic.Message(Language.English))
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
