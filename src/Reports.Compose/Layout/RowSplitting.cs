using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Layout;

/// <summary>
/// Which body rows of a table may split across pages. A short row moves whole to the next page, as a clerk
/// expects; a row of many lines (a long statement in a cell) may split, because moving it whole can leave
/// most of a page empty. Decided here, with the real font's widths, so that DOCX and PDF split the same rows.
/// </summary>
public static class RowSplitting
{
    /// <summary>
    /// A row whose tallest cell sets this many lines or more may split: two lines can then stay on each side
    /// of the break (the renderers' widow rule), and a shorter row moved whole leaves at most five lines'
    /// height empty at the foot of a page.
    /// </summary>
    public const int SplittableLines = 6;

    /// <summary>The table's body rows with <see cref="TableRow.KeepTogether"/> decided for columns of <paramref name="widthsPt"/>.</summary>
    public static IReadOnlyList<TableRow> Rows(Table table, IReadOnlyList<double> widthsPt, double sizePt, ITextMeasurer measurer) =>
        table.Rows.Select(row => row with { KeepTogether = TallestCell(row, widthsPt, sizePt, measurer) < SplittableLines }).ToList();

    /// <summary>The lines of the row's tallest cell, each cell wrapped in its column less the cell padding.</summary>
    public static int TallestCell(TableRow row, IReadOnlyList<double> widthsPt, double sizePt, ITextMeasurer measurer)
    {
        var tallest = 1;
        for (var i = 0; i < Math.Min(row.Cells.Count, widthsPt.Count); i++)
        {
            var room = Math.Max(1, widthsPt[i] - TableRules.CellPaddingPt);
            var lines = row.Cells[i].Content.PlainText().Split('\n').Sum(line => Lines(line, room, sizePt, measurer));
            tallest = Math.Max(tallest, lines);
        }
        return tallest;
    }

    /// <summary>Lines of one paragraph set word by word in <paramref name="room"/> points; a glued piece is one word.</summary>
    private static int Lines(string text, double room, double sizePt, ITextMeasurer measurer)
    {
        var space = measurer.LineWidthPt(" ", sizePt, bold: false, italic: false);
        var lines = 1;
        double used = 0;
        foreach (var word in LineGlue.Words(text))
        {
            var width = measurer.LineWidthPt(word, sizePt, bold: false, italic: false);
            if (used > 0 && used + space + width > room)
            {
                lines++;
                used = width;
            }
            else
            {
                used += (used > 0 ? space : 0) + width;
            }
        }
        return lines;
    }
}
