using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Rendering.Pdf;

namespace Reports.Pipeline;

/// <summary>
/// The output formats this build can write. Each renderer is created on first use and then shared by every
/// file and thread of the process (renderers are stateless); a run that renders nothing, such as `validate`,
/// never loads a rendering assembly. A new format is one line here.
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

    // Not a --format of its own: documents that have a portal version add it to their HTML output.
    private static readonly Entry Fragment = new("html", () => new HtmlFragmentRenderer());

    /// <summary>Every format's renderer, created now if they were not yet.</summary>
    public static IReadOnlyList<IDocumentRenderer> Available => Entries.Select(e => e.Renderer).ToList();

    /// <summary>The names users give to --format, without creating any renderer.</summary>
    public static IReadOnlyList<string> Formats => Entries.Select(e => e.Format).ToList();

    public static string Names => string.Join(", ", Formats);

    /// <summary>The shared renderer of a format from <see cref="Formats"/>.</summary>
    /// <exception cref="ArgumentException">Not a known format.</exception>
    public static IDocumentRenderer Get(string format) =>
        (Entries.FirstOrDefault(e => e.Format == format) ?? throw new ArgumentException($"Unknown format \"{format}\".", nameof(format))).Renderer;

    /// <summary>The article body alone, for a web portal's editor.</summary>
    public static IDocumentRenderer PortalFragment => Fragment.Renderer;

    /// <summary>Reads "--format html,md" into known format names, without creating renderers; null or empty means all.</summary>
    public static (IReadOnlyList<string> Formats, string? Unknown) Parse(string? formats)
    {
        if (string.IsNullOrWhiteSpace(formats)) return (Formats, null);
        var chosen = new List<string>();
        foreach (var raw in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = raw.ToLowerInvariant();
            if (!Entries.Any(e => e.Format == name)) return ([], raw);
            if (!chosen.Contains(name)) chosen.Add(name);
        }
        return (chosen, null);
    }
}
