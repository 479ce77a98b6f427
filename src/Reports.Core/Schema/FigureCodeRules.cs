using Reports.Core.Diagnostics;
using Reports.Core.Loading;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Schema;

/// <summary>
/// Figure codes (<c>ma</c>) name one figure each in the whole file, and a statement may place, by "[code]",
/// only a figure of its own domain: composition writes that figure's clause in the statement instead of
/// after the statements, which only makes sense within one domain.
/// </summary>
public static partial class DataFileShape
{
    internal static void FigureCodes(GroupCheck root)
    {
        var domains = root.Groups(F.Root.Results.Key)
            .SelectMany(d => d.Groups(F.Domain.Children.Key).Prepend(d))
            .ToList();

        // The first figure with each code, and the domain it belongs to.
        var first = new Dictionary<string, (DataNode At, GroupCheck Domain)>(StringComparer.Ordinal);
        foreach (var domain in domains)
        {
            foreach (var figure in domain.Groups(F.Domain.Figures.Key))
            {
                if (!figure.TryGet<string>(out var code, out var at, F.Figure.Code.Key)) continue;
                if (first.TryGetValue(code, out var earlier))
                    figure.Error(MessageId.DuplicateFigureCode, at, F.Figure.Code.Key, code, Invariant(earlier.At.Location.Line));
                else
                    first[code] = (at, domain);
            }
        }

        foreach (var domain in domains)
        {
            var own = first.Where(e => ReferenceEquals(e.Value.Domain, domain)).Select(e => e.Key).ToList();
            // Where each of this domain's figures was first placed: a second place would write its clause twice.
            var placed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            foreach (var (node, text, keyPath) in domain.Texts(F.Domain.Statements.Key))
            {
                var statement = StatementParser.Parse(text);
                var references = statement.Segments.OfType<FigureReference>().ToList();
                var locations = StatementLocator.References(node, statement);
                for (var i = 0; i < references.Count; i++)
                {
                    var code = references[i].Code;
                    if (own.Contains(code))
                    {
                        if (placed.TryGetValue(code, out var earlier))
                            domain.WarningAt(MessageId.FigurePlacedTwice, locations[i], keyPath, code, Invariant(earlier.Line));
                        else
                            placed[code] = locations[i];
                        continue;
                    }
                    if (first.TryGetValue(code, out var elsewhere))
                        domain.ErrorAt(MessageId.FigureCodeInOtherDomain, locations[i], keyPath, code, Invariant(elsewhere.At.Location.Line));
                    else if (own.Count == 0)
                        domain.ErrorAt(MessageId.FigureCodeUnknownNoCodes, locations[i], keyPath, code);
                    else
                        domain.ErrorAt(MessageId.FigureCodeUnknown, locations[i], keyPath, code, string.Join(", ", own));
                }
            }
        }
    }
}
