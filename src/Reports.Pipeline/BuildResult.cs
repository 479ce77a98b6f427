using Reports.Document;

namespace Reports.Pipeline;

/// <summary>A whole run: each data file's result in input order, the templates' failure if any, and the renderers' notes.</summary>
public sealed record BuildResult(IReadOnlyList<FileResult> Files, TemplateFailure? TemplateFailure, IReadOnlyList<RendererNote> Notes)
{
    public int Built => Files.Count(f => f.Succeeded);
}
