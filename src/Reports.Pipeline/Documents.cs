using Reports.Compose;

namespace Reports.Pipeline;

/// <summary>The documents a data file gives: the report always, the news article when the data has a meeting.</summary>
public static class Documents
{
    public static DocumentDefinition Report { get; } = new("bao-cao", (templates, data) => new ReportComposer(templates).Compose(data), []);

    /// <summary>With HTML, also the body alone for pasting into a web portal's editor.</summary>
    public static DocumentDefinition Article { get; } = new("tin-bai", (templates, data) => new ArticleComposer(templates).Compose(data),
        [new DocumentOutput("html", ".noi-dung", () => RendererCatalog.PortalFragment)]);

    public static IReadOnlyList<DocumentDefinition> All { get; } = [Report, Article];

    /// <summary>Reads "--documents bao-cao,tin-bai"; null means all. Returns the first unknown name instead when there is one.</summary>
    public static (IReadOnlyList<DocumentDefinition> Documents, string? Unknown) Parse(string? names)
    {
        if (names is null) return (All, null);
        var chosen = new List<DocumentDefinition>();
        foreach (var name in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (All.FirstOrDefault(d => d.Name == name) is not { } document) return ([], name);
            if (!chosen.Contains(document)) chosen.Add(document);
        }
        // Always in the same order, whatever order they were named in: output never depends on it.
        return (All.Where(chosen.Contains).ToList(), null);
    }
}
