using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Core.Chain;

/// <summary>
/// Figures across periods: the previous period's value (<c>ky_truoc</c>) from the figure with the same code
/// in the previous report, and for figures that add up (<c>cong_don</c>) the lũy kế and the quarter's own
/// value. A value is only ever compared or added in the same unit.
/// </summary>
internal static class FigureCarry
{
    public static ReportData Apply(ReportData data, ReportData? previous, string shownPrevious, List<Diagnostic> diagnostics)
    {
        var spots = data.FigureSpots;
        var results = FigureWalk.Rebuild(data.Results, (figure, i) =>
        {
            var spot = i < spots.Count ? spots[i] : null;
            return Carry(data, figure, spot, previous, shownPrevious, diagnostics);
        });
        return data with { Results = results };
    }

    private static Figure Carry(ReportData data, Figure figure, FigureSpot? spot, ReportData? previous, string shownPrevious, List<Diagnostic> diagnostics)
    {
        var period = data.Reporting.Period;
        var style = data.Reporting.Style;
        var here = spot?.At ?? SourceLocation.WholeFile("");
        if (figure.Previous is not null) figure = figure with { PreviousLabel = PreviousPeriod.LabelFor(period, style) };
        if (figure.AddsUp && figure.Code is null)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.AddsUpNeedsCode, spot?.AddsUpAt ?? here, ""));
            return figure;
        }

        var before = figure.Code is { } code && previous is not null ? FigureWalk.ByCode(previous, code) : null;
        if (before is not null && (figure.AddsUp || figure.Previous is null) && !SameUnit(figure.Unit, before.Unit))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.FigureUnitChanged, spot?.UnitAt ?? here, "",
                figure.Name, figure.Unit, shownPrevious, before.Unit));
            return figure;
        }

        var oneQuarter = PreviousPeriod.CoversOneQuarter(period, style);
        if (figure.Previous is null && before is not null && previous is not null)
        {
            // A flow's value is only compared with a value over the same span: two quarters. A stock or a rate
            // is compared with the previous report's value, named as that report names its period.
            if (!figure.AddsUp)
                figure = figure with
                {
                    Previous = before.Value,
                    PreviousLabel = PreviousPeriod.Label(previous.Reporting.Period, previous.Reporting.Style, period, style),
                };
            else if (oneQuarter && before.QuarterValue is { } quarter)
                figure = figure with { Previous = quarter, PreviousLabel = PreviousPeriod.QuarterBefore };
        }

        return figure.AddsUp ? AddUp(data, figure, spot, before, previous, shownPrevious, diagnostics) : figure;
    }

    private static Figure AddUp(ReportData data, Figure figure, FigureSpot? spot, Figure? before, ReportData? previous,
        string shownPrevious, List<Diagnostic> diagnostics)
    {
        var period = data.Reporting.Period;
        // In Q1 the quarter is the year so far; otherwise the report's style says which of the two it holds.
        if (period.Quarter == 1) return figure with { YearToDate = figure.Value, QuarterValue = figure.Value };
        var quarterStyle = data.Reporting.Style == PeriodStyle.Quarter;
        figure = quarterStyle ? figure with { QuarterValue = figure.Value } : figure with { YearToDate = figure.Value };

        var at = spot?.AddsUpAt ?? SourceLocation.WholeFile("");
        if (previous is null || before is { AddsUp: true, YearToDate: null })
        {
            diagnostics.Add(Diagnostic.Warning(MessageId.AddsUpNoChain, at, "", figure.Name, period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return figure;
        }
        if (before is not { AddsUp: true, YearToDate: { } earlier })
        {
            diagnostics.Add(Diagnostic.Warning(MessageId.AddsUpMissingBefore, at, "", shownPrevious, figure.Code!));
            return figure;
        }
        if (quarterStyle)
            return SafeArithmetic.TrySubtract(figure.Value, -earlier, out var sum)
                ? figure with { YearToDate = sum, OtherSpan = new SpanValue(YearSoFar(period.Quarter), sum) }
                : figure;
        return SafeArithmetic.TrySubtract(figure.Value, earlier, out var own)
            ? figure with { QuarterValue = own, OtherSpan = new SpanValue("riêng quý " + RomanNumeral.Format(period.Quarter), own) }
            : figure;
    }

    // The months a quarter-style report's lũy kế covers: "lũy kế 6 tháng", "lũy kế 9 tháng", "lũy kế cả năm".
    private static string YearSoFar(int quarter) => quarter == 4 ? "lũy kế cả năm" : $"lũy kế {quarter * 3} tháng";

    private static bool SameUnit(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
