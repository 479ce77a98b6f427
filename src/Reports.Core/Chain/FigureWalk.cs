using Reports.Core.Model;

namespace Reports.Core.Chain;

/// <summary>
/// Every figure of a report in one fixed order (a domain's figures, then its sub-domains'), the order the
/// binder records <see cref="ReportData.FigureSpots"/> in, and a way to rebuild the domains with changed figures.
/// </summary>
internal static class FigureWalk
{
    public static IEnumerable<Figure> All(IEnumerable<Domain> domains) =>
        domains.SelectMany(d => d.Figures.Concat(All(d.Children)));

    /// <summary>The domains with each figure replaced by <paramref name="change"/>(figure, its index in <see cref="All"/>).</summary>
    public static IReadOnlyList<Domain> Rebuild(IReadOnlyList<Domain> domains, Func<Figure, int, Figure> change)
    {
        var index = 0;
        Domain Visit(Domain d)
        {
            var figures = d.Figures.Select(f => change(f, index++)).ToList();
            return d with { Figures = figures, Children = d.Children.Select(Visit).ToList() };
        }
        return domains.Select(Visit).ToList();
    }

    /// <summary>The report's figure with <paramref name="code"/>, in any domain; codes are unique in a file.</summary>
    public static Figure? ByCode(ReportData data, string code) => All(data.Results).FirstOrDefault(f => f.Code == code);
}
