using System.Globalization;
using Reports.Compose.Templating;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;

namespace Reports.Compose.Appendix;

/// <summary>One column of the appendix table: its header, how it aligns, and a figure's cell in it.</summary>
internal sealed record AppendixColumn(string Header, ColumnAlignment Alignment, double RelativeWidth, Func<Figure, string> Cell);

/// <summary>
/// The columns of the appendix, in the order DOMAIN.md lists them: STT, chỉ tiêu, ĐVT, one column per plan,
/// the period's value, previous period, same period, then TH/KH per plan and TH/CK. A column that no figure
/// has a number for is left out, so the table is never wider than its figures. Headers name the periods
/// ("TH quý I/2024", "Cùng kỳ 2023"); cells follow the clerk's rules of <see cref="FigureTableCells"/>.
/// </summary>
internal static class AppendixColumns
{
    public const string Number = "STT";
    public const string Name = "Chỉ tiêu";

    public static IReadOnlyList<AppendixColumn> For(IReadOnlyList<Figure> figures, ReportingInfo reporting)
    {
        var period = reporting.Period;
        var plans = FigureTableCells.PlanColumns(figures.Select(f => f.Plans).ToList());
        var columns = new List<AppendixColumn>
        {
            new(Number, ColumnAlignment.Center, 0.6, _ => ""),
            new(Name, ColumnAlignment.Left, 4, f => f.Name),
            new("ĐVT", ColumnAlignment.Center, 1.2, f => f.Unit),
        };
        for (var i = 0; i < plans.Count; i++)
        {
            var (index, column) = (i, plans[i]);
            var header = column.Label is { } label ? VietnameseFunctions.FirstLetter(label, upper: true) : "Kế hoạch";
            columns.Add(new(header, ColumnAlignment.Right, 1.4, f => FigureTableCells.PlanCells(f.Facts, index, column).Plan));
        }
        columns.Add(new("TH " + period.ShortName(reporting.Style), ColumnAlignment.Right, 1.4, f => FigureTableCells.Value(f.Value)));
        // A flow that adds up shows its other span beside the period's value, named as the chain names it: the
        // year so far in a quarter-style report, the quarter's own in a cumulative-style one.
        if (figures.Select(f => f.OtherSpan?.Label).FirstOrDefault(l => l is not null) is { } span)
            columns.Add(new(VietnameseFunctions.FirstLetter(span, upper: true), ColumnAlignment.Right, 1.4, f => FigureTableCells.Value(f.OtherSpan?.Value)));
        if (figures.Any(f => f.Previous is not null))
            columns.Add(new("TH " + period.Preceding.ShortName(reporting.Style), ColumnAlignment.Right, 1.4, f => FigureTableCells.Value(f.Previous)));
        if (figures.Any(f => f.SamePeriod is not null))
            columns.Add(new("Cùng kỳ " + (period.Year - 1).ToString(CultureInfo.InvariantCulture), ColumnAlignment.Right, 1.4, f => FigureTableCells.Value(f.SamePeriod)));
        for (var i = 0; i < plans.Count; i++)
        {
            var (index, column) = (i, plans[i]);
            // With several plans each ratio names its plan; one plan needs no more than "TH/KH".
            var header = plans.Count > 1 && column.Label is { } label ? $"TH/{label} (%)" : "TH/KH (%)";
            columns.Add(new(header, ColumnAlignment.Right, 1.2, f => FigureTableCells.PlanCells(f.Facts, index, column).Share));
        }
        if (figures.Any(f => f.SamePeriod is not null))
            columns.Add(new("TH/CK (%)", ColumnAlignment.Right, 1.2, f => FigureTableCells.SamePeriod(f.Facts)));
        return columns;
    }
}
