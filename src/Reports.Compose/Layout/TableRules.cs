using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Layout;

/// <summary>
/// How every table of a composed body sits on pages, resolved into <see cref="TableLayout"/> and explicit
/// column widths so renderers only obey: a table is read as a whole, so it stays on one page when it can; a
/// long one never strands its header or a single row at a page foot, nor leaves a single row for the next
/// page; the header is repeated on each continuation page; the next heading stands clear of the bottom
/// border. Columns are at least as wide as their longest word (a number never wraps; a number and its unit,
/// kept on one line by <see cref="LineGlue"/>, count as one word), measured with the
/// real font; when a table is too wide for that, the table text is set smaller.
/// </summary>
public static class TableRules
{
    /// <summary>Rows on each side of a break: two, so no row stands alone under a repeated header or above a page foot.</summary>
    public const int MinRowsAtBreak = 2;

    /// <summary>Between the caption and the table: close, so the caption reads as the table's title.</summary>
    public const double CaptionSpaceAfterPt = 3;

    /// <summary>
    /// A cell's padding left and right together (the renderers' 4.25 pt a side) and 2.5 pt of slack: Word and
    /// LibreOffice round widths to twips and set text a little differently, and must not wrap a number either.
    /// </summary>
    public const double CellPaddingPt = 11;

    /// <summary>The name column keeps at least this share of the width, so names wrap in a few lines.</summary>
    public const double NameColumnMinShare = 0.18;

    /// <summary>The name column's share of the width when the other columns leave room for it.</summary>
    public const double NameColumnShare = 0.25;

    /// <summary>A wide table is set smaller, down to this size, before any number would wrap.</summary>
    public const double SmallestTextSizePt = 10;

    /// <summary>
    /// The body with every table resolved, and the presentation with the table text's size: the largest,
    /// from the presentation's own down, at which every table's numbers fit their columns. One size for all
    /// tables, so they look alike and the DOCX keeps it in its table style, not on each run.
    /// </summary>
    public static (IReadOnlyList<Block> Body, Presentation Presentation) Apply(IReadOnlyList<Block> body, Presentation presentation, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(measurer);
        var width = FrameResolver.TextWidthPt(presentation);
        var tables = body.OfType<Table>().ToList();
        // Each table's widths at a size, measured once per size tried; the size steps down until all fit.
        double[]?[] WidthsAt(double size) => tables.Select(t => ColumnWidths(t, width, size, measurer)).ToArray();
        var size = presentation.Styles.TableText.SizePt;
        var widths = WidthsAt(size);
        while (size - 0.5 >= SmallestTextSizePt && widths.Any(w => w is null)) widths = WidthsAt(size -= 0.5);
        var byTable = new Dictionary<Table, double[]?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tables.Count; i++) byTable[tables[i]] = widths[i];
        var styles = presentation.Styles with { TableText = presentation.Styles.TableText with { SizePt = size } };
        var layout = For(presentation);
        var resolved = body.Select(block => block is not Table table ? block
            : table with
            {
                Columns = byTable[table] is { } measured
                    ? table.Columns.Select((c, i) => c with { RelativeWidth = Math.Round(measured[i], 2) }).ToList()
                    : table.Columns,
                Layout = layout,
            }).ToList();
        return (resolved, presentation with { Styles = styles });
    }

    /// <summary>
    /// One table sized for a width other than the body's (a landscape section), at the table text size the
    /// body's tables settled on, so every table of the document is set alike: columns measured as in
    /// <see cref="Apply"/>, or the template's proportions when the words cannot fit.
    /// </summary>
    public static Table Fit(Table table, double widthPt, Presentation presentation, TableLayout layout, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(measurer);
        var measured = ColumnWidths(table, widthPt, presentation.Styles.TableText.SizePt, measurer);
        return table with
        {
            Columns = measured is null ? table.Columns : table.Columns.Select((c, i) => c with { RelativeWidth = Math.Round(measured[i], 2) }).ToList(),
            Layout = layout,
        };
    }

    /// <summary>
    /// The page rules of every table. The space after is twice the paragraph spacing: a table has no last
    /// line whose leading separates it from the next heading, as a paragraph has.
    /// </summary>
    public static TableLayout For(Presentation presentation) =>
        new(KeepTogether: true, MinRowsAtBreak, RepeatHeader: true, CaptionSpaceAfterPt, SpaceAfterPt: 2 * presentation.ParagraphSpacingPt);

    /// <summary>
    /// Widths in points: each column as wide as its longest word; the width left over goes first to columns
    /// whose cells would wrap into many lines (enough for about two), then to the name column (the widest
    /// left-aligned one) up to <see cref="NameColumnShare"/>, then to the columns whose cells would still
    /// wrap, then in the template's proportions. Null when the words do not fit, or
    /// leave the name column less than <see cref="NameColumnMinShare"/>.
    /// </summary>
    private static double[]? ColumnWidths(Table table, double width, double size, ITextMeasurer measurer)
    {
        var n = table.Columns.Count;
        if (n == 0) return [];
        var widths = Enumerable.Range(0, n).Select(i => LongestWord(table, i, size, measurer) + CellPaddingPt).ToArray();
        var left = width - widths.Sum();
        if (left < 0) return null;
        var name = Enumerable.Range(0, n).Where(i => table.Columns[i].Alignment == ColumnAlignment.Left)
            .OrderByDescending(i => table.Columns[i].RelativeWidth).DefaultIfEmpty(-1).First();
        var longest = Enumerable.Range(0, n).Select(i => LongestCell(table, i, size, measurer) + CellPaddingPt).ToArray();
        // First, a column whose cells would wrap into many short lines (a plan with its label beside it, a long
        // header) gets room for about two lines: five lines of two words each read worse than a wider name column.
        // The name column keeps what it needs to reach its least share.
        var nameNeeds = name < 0 ? 0 : Math.Max(0, NameColumnMinShare * width - widths[name]);
        left -= Grow(widths, i => i == name ? 0 : longest[i] / TwoLines - widths[i], left - nameNeeds);
        if (name >= 0)
        {
            // The name column first, up to its ample share: long names then wrap in two or three lines.
            var grow = Math.Clamp(NameColumnShare * width - widths[name], 0, left);
            widths[name] += grow;
            left -= grow;
        }
        // Then the columns whose cells would still wrap (a plan with its label, a long header), in proportion
        // to what each lacks for its longest cell on one line; what is left, in the template's proportions.
        left -= Grow(widths, i => longest[i] - widths[i], left);
        var total = table.Columns.Sum(c => c.RelativeWidth);
        for (var i = 0; i < n; i++) widths[i] += left * table.Columns[i].RelativeWidth / total;
        return name < 0 || widths[name] >= NameColumnMinShare * width ? widths : null;
    }

    /// <summary>Two lines of a wrapped cell take a little more than half its one-line width: words do not split evenly.</summary>
    private const double TwoLines = 1.8;

    /// <summary>Gives each column what it lacks (never less than nothing), all of it or, if <paramref name="room"/> is short, the same share of it to each; returns what was used.</summary>
    private static double Grow(double[] widths, Func<int, double> lack, double room)
    {
        var lacks = Enumerable.Range(0, widths.Length).Select(i => Math.Max(0, lack(i))).ToArray();
        var lacking = lacks.Sum();
        if (lacking <= 0 || room <= 0) return 0;
        var share = Math.Min(1, room / lacking);
        for (var i = 0; i < widths.Length; i++) widths[i] += lacks[i] * share;
        return lacking * share;
    }

    private static double LongestWord(Table table, int column, double size, ITextMeasurer measurer) =>
        Widest(table, column, size, measurer, text => LineGlue.Words(text).ToArray());

    private static double LongestCell(Table table, int column, double size, ITextMeasurer measurer) =>
        Widest(table, column, size, measurer, text => text.Split('\n'));

    // The widest piece of the column's cells (header bold), cut by `pieces`.
    private static double Widest(Table table, int column, double size, ITextMeasurer measurer, Func<string, string[]> pieces)
    {
        double In(IEnumerable<TableRow> rows, bool bold) => rows
            .Where(r => column < r.Cells.Count)
            .SelectMany(r => pieces(r.Cells[column].Content.PlainText()))
            .Select(piece => measurer.LineWidthPt(piece, size, bold, italic: false))
            .DefaultIfEmpty(0).Max();
        return Math.Max(In(table.HeaderRows, bold: true), In(table.Rows, bold: false));
    }
}
