using Reports.Core.Diagnostics;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Schema;

public static partial class DataFileShape
{
    /// <summary>
    /// An appendix gathers the figures (chi_tieu): asked for in a file without any, it would be an empty table,
    /// so the report is built without it and the clerk is told why.
    /// </summary>
    internal static void AppendixNeedsFigures(GroupCheck check)
    {
        if (!check.TryGet<bool>(out var asked, out var at, F.Root.Appendix.Key) || !asked) return;
        var figures = check.Groups(F.Root.Results.Key)
            .SelectMany(domain => domain.Groups(F.Domain.Children.Key).Prepend(domain))
            .Any(domain => domain.Groups(F.Domain.Figures.Key).Any());
        if (!figures) check.Warning(MessageId.AppendixWithoutFigures, at, F.Root.Appendix.Key);
    }
}
