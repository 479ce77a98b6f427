using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Rendering.Pdf;

namespace Reports.Cli.Commands;

/// <summary>
/// The output formats this build can write. Each renderer is created on
/// first use and then shared by every file and thread of the run (renderers are stateless); a command that
/// renders nothing, such as `validate`, never loads a rendering assembly. A new format is one line here.
/// </summary>
public static class RendererCatalog
{
    private sealed class Entry(string format, Func<IDocumentRenderer> create)
    {
        private readonly Lazy<IDocumentRenderer> _renderer = new(create, LazyThreadSafetyMode.ExecutionAndPublication);

        public string Format { get; } = format;

        public IDocumentRenderer Renderer => _renderer.Value;
    }

    // The lambdas are what keeps the assemblies unloaded: their bodies are compiled only when first called.
    private static readonly Entry[] Entries =
    [
        new("html", () => new HtmlRenderer()),
        new("md", () => new MarkdownRenderer()),
        new("docx", () => new DocxRenderer()),
        new("pdf", () => new PdfRenderer()),
    ];

    /// <summary>Every available renderer, created now if they were not yet.</summary>
    public static IReadOnlyList<IDocumentRenderer> Available => Entries.Select(e => e.Renderer).ToList();

    /// <summary>The names users give to --format, without creating any renderer.</summary>
    public static IReadOnlyList<string> Formats => Entries.Select(e => e.Format).ToList();

    /// <summary>Reads "--format html,md"; null or empty means every available format.</summary>
    public static (IReadOnlyList<IDocumentRenderer> Renderers, string? Unknown) Parse(string? formats)
    {
        if (string.IsNullOrWhiteSpace(formats)) return (Available, null);
        var chosen = new List<IDocumentRenderer>();
        foreach (var raw in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = raw.ToLowerInvariant();
            var entry = Entries.FirstOrDefault(e => e.Format == name);
            if (entry is null) return ([], raw);
            if (!chosen.Contains(entry.Renderer)) chosen.Add(entry.Renderer);
        }
        return (chosen, null);
    }

    public static string Names => string.Join(", ", Formats);
}
