using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// The few figures a news article weaves into its prose (the genre cites 3-4, never the whole list): those
/// the file marks noi_bat, topped up to <see cref="Fewest"/> with the first figure of each main domain (its
/// own, then its sub-domains'). Each keeps its number among its domain's figures, as the report's view numbers them.
/// </summary>
public static class ArticleFigures
{
    public const int Most = 4;

    public const int Fewest = 3;

    public static IReadOnlyList<(Figure Figure, int Number)> Select(IReadOnlyList<Domain> domains)
    {
        var all = domains.Select(d => Numbered(d)).ToList();
        var marked = all.SelectMany(d => d).Where(x => x.Figure.Highlight).Take(Most).ToList();
        var firsts = all.Where(d => d.Count > 0).Select(d => d[0]).Where(x => !marked.Any(m => ReferenceEquals(m.Figure, x.Figure)));
        // One or two marked figures are too few for the genre: the main domains' first figures fill in.
        return marked.Count == 0 ? firsts.Take(Most).ToList() : marked.Concat(firsts.Take(Math.Max(0, Fewest - marked.Count))).ToList();
    }

    private static List<(Figure Figure, int Number)> Numbered(Domain domain) =>
        domain.Figures.Select((f, i) => (f, i + 1))
            .Concat(domain.Children.SelectMany(c => c.Figures.Select((f, i) => (f, i + 1))))
            .ToList();
}
