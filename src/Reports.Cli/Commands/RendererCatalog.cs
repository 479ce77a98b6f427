using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Rendering.Pdf;

namespace Reports.Cli.Commands;

/// <summary>The output formats this build can write.</summary>
internal static class RendererCatalog
{
    public static IReadOnlyList<IDocumentRenderer> Available { get; } = [new HtmlRenderer(), new MarkdownRenderer(), new DocxRenderer(), new PdfRenderer()];

    /// <summary>Reads "--format html,md"; null or empty means every format. Unknown names the first format that is not one.</summary>
    public static (IReadOnlyList<IDocumentRenderer> Renderers, string? Unknown) Parse(string? formats)
    {
        if (string.IsNullOrWhiteSpace(formats)) return (Available, null);
        var chosen = new List<IDocumentRenderer>();
        foreach (var raw in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = raw.ToLowerInvariant();
            var renderer = Available.FirstOrDefault(r => r.Format == name);
            if (renderer is null) return ([], raw);
            if (!chosen.Contains(renderer)) chosen.Add(renderer);
        }
        return (chosen, null);
    }

    public static string Names => string.Join(", ", Available.Select(r => r.Format));
}
