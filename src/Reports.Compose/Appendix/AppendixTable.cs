using System.Globalization;
using Reports.Compose.Templating;
using Reports.Core.Model;
using Reports.Document;

namespace Reports.Compose.Appendix;

/// <summary>
/// The appendix's one table: every figure of the report, grouped under a row for its domain ("I.", bold)
/// and sub-domain ("1.", bold italic) numbered as headings are (<c>trinh_bay.danh_so</c>), the figures
/// numbered 1, 2, 3 through the whole table so the last number says how many there are. A domain without
/// figures, its sub-domains' included, gets no row.
/// </summary>
internal static class AppendixTable
{
    /// <summary>The table, or null when the report has no figure to gather.</summary>
    public static Table? Build(ReportData data)
    {
        var figures = data.Results.SelectMany(d => d.Figures.Concat(d.Children.SelectMany(c => c.Figures))).ToList();
        if (figures.Count == 0) return null;
        var columns = AppendixColumns.For(figures, data.Reporting);
        var style = data.Layout.Numbering ?? HeadingNumbering.Dotted;
        var rows = new List<TableRow>();
        var figureNumber = 0;

        void AddFigures(Domain domain)
        {
            foreach (var figure in domain.Figures)
            {
                var cells = columns.Select(c => Cell(c.Cell(figure))).ToList();
                cells[0] = Cell((++figureNumber).ToString(CultureInfo.InvariantCulture));
                rows.Add(new TableRow(cells));
            }
        }

        var domainNumber = 0;
        foreach (var domain in data.Results.Where(HasFigures))
        {
            rows.Add(GroupRow(columns.Count, SectionNumber.Format(1, ++domainNumber, style), [new Strong(Inlines.Plain(domain.Title))]));
            AddFigures(domain);
            var childNumber = 0;
            foreach (var child in domain.Children.Where(HasFigures))
            {
                rows.Add(GroupRow(columns.Count, SectionNumber.Format(2, ++childNumber, style), [new Strong([new Emphasis(Inlines.Plain(child.Title))])]));
                AddFigures(child);
            }
        }

        return new Table(
            columns.Select(c => new TableColumn(c.Alignment, c.RelativeWidth)).ToList(),
            [new TableRow(columns.Select(c => Cell(c.Header)).ToList())],
            rows);
    }

    private static bool HasFigures(Domain domain) => domain.Figures.Count > 0 || domain.Children.Any(c => c.Figures.Count > 0);

    /// <summary>A domain's row: its number, its title in the name column, the other cells empty.</summary>
    private static TableRow GroupRow(int columnCount, string number, IReadOnlyList<Inline> title)
    {
        var cells = Enumerable.Range(0, columnCount).Select(_ => new TableCell([])).ToList();
        cells[0] = new TableCell([new Strong(Inlines.Plain(number))]);
        cells[1] = new TableCell(title);
        return new TableRow(cells) { KeepWithNext = true };
    }

    private static TableCell Cell(string text) => new(Inlines.Plain(text));
}
