using Reports.Document;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Rendering.Pdf;

namespace Reports.Cli.Commands;

/// <summary>The output formats this build can write, and the ones still being built.</summary>
internal static class RendererCatalog
{
    public static IReadOnlyList<IDocumentRenderer> Available { get; } = [new HtmlRenderer(), new MarkdownRenderer(), new PdfRenderer()];

    /// <summary>Named in the issue list but not yet written; asking for them says so instead of "unknown".</summary>
    public static IReadOnlyList<string> Planned { get; } = ["docx"];

    public enum Problem { None, NotYet, Unknown }

    /// <summary>Reads "--format html,md"; null or empty means every available format.</summary>
    public static (IReadOnlyList<IDocumentRenderer> Renderers, Problem Problem, string Name) Parse(string? formats)
    {
        if (string.IsNullOrWhiteSpace(formats)) return (Available, Problem.None, "");
        var chosen = new List<IDocumentRenderer>();
        foreach (var raw in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = raw.ToLowerInvariant();
            var renderer = Available.FirstOrDefault(r => r.Format == name);
            if (renderer is null) return ([], Planned.Contains(name) ? Problem.NotYet : Problem.Unknown, raw);
            if (!chosen.Contains(renderer)) chosen.Add(renderer);
        }
        return (chosen, Problem.None, "");
    }

    public static string Names => string.Join(", ", Available.Select(r => r.Format));
}
