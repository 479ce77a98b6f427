using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// The few figures a news article weaves into its prose (the genre cites 3-4, never the whole list): those
/// the file marks noi_bat, else the first figure of each main domain (its own, then its sub-domains').
/// Each keeps its number among its domain's figures, as the report's view numbers them.
/// </summary>
public static class ArticleFigures
{
    public const int Most = 4;

    public static IReadOnlyList<(Figure Figure, int Number)> Select(IReadOnlyList<Domain> domains)
    {
        var all = domains.Select(d => Numbered(d)).ToList();
        var marked = all.SelectMany(d => d).Where(x => x.Figure.Highlight).Take(Most).ToList();
        if (marked.Count > 0) return marked;
        return all.Where(d => d.Count > 0).Select(d => d[0]).Take(Most).ToList();
    }

    private static List<(Figure Figure, int Number)> Numbered(Domain domain) =>
        domain.Figures.Select((f, i) => (f, i + 1))
            .Concat(domain.Children.SelectMany(c => c.Figures.Select((f, i) => (f, i + 1))))
            .ToList();
}
