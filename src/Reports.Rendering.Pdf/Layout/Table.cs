namespace Reports.Rendering.Pdf.Layout;

/// <summary>One row of a table: the content of each cell (usually a <see cref="Column"/> of paragraphs).</summary>
public sealed record TableRowContent(IReadOnlyList<Element> Cells)
{
    /// <summary>The row never ends a page (a group's title row): a break comes before it instead.</summary>
    public bool KeepWithNext { get; init; }
}

public enum CellVerticalAlignment
{
    Top,
    Middle,
}

/// <summary>Padding, border and spacing of a table, in points.</summary>
public sealed record TableStyle
{
    public double PaddingTop { get; init; } = 2;

    public double PaddingBottom { get; init; } = 2;

    public double PaddingLeft { get; init; } = 4;

    public double PaddingRight { get; init; } = 4;

    /// <summary>Single borders round every cell; 0 for none.</summary>
    public double BorderWidth { get; init; } = 0.5;

    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    public CellVerticalAlignment VerticalAlignment { get; init; } = CellVerticalAlignment.Middle;

    /// <summary>Space between the caption and the first header row.</summary>
    public double CaptionSpaceAfter { get; init; }

    /// <summary>Move the whole table (caption included) to the next page rather than split it, when it fits on one page.</summary>
    public bool KeepTogether { get; init; }

    /// <summary>Body rows left on each side of a break, where the table has enough rows.</summary>
    public int MinRowsAtBreak { get; init; } = 1;

    /// <summary>Repeat the header rows at the top of each continuation page.</summary>
    public bool RepeatHeader { get; init; } = true;
}

/// <summary>
/// A table with columns of relative widths and single borders, and an optional caption above it. Its
/// header rows are repeated at the top of every page it reaches (<see cref="TableStyle.RepeatHeader"/>).
/// Rows are not split: a row that does not fit moves to the next page, with the header; only a row taller
/// than a whole page is split, each cell continuing on the next page. A table never leaves its caption or
/// header alone at the bottom of a page; with <see cref="TableStyle.KeepTogether"/> it moves whole to the
/// next page when it fits there, and a break leaves <see cref="TableStyle.MinRowsAtBreak"/> rows on each side.
/// </summary>
public sealed class Table : Element
{
    private readonly IReadOnlyList<ColumnWidth> _columns;
    private readonly IReadOnlyList<TableRowContent> _header;
    private readonly IReadOnlyList<TableRowContent> _rows;
    private readonly TableStyle _style;
    private readonly Element? _caption;
    private readonly bool _isContinuation;

    public Table(IReadOnlyList<double> relativeWidths, IReadOnlyList<TableRowContent> headerRows, IReadOnlyList<TableRowContent> rows, TableStyle style, Element? caption = null)
        : this(relativeWidths.Select(w => ColumnWidth.Relative(double.IsFinite(w) && w > 0 ? w : 1)).ToArray(), headerRows, rows, style, caption, false)
    {
    }

    private Table(IReadOnlyList<ColumnWidth> columns, IReadOnlyList<TableRowContent> header, IReadOnlyList<TableRowContent> rows, TableStyle style, Element? caption, bool isContinuation)
    {
        _columns = columns;
        _header = header;
        _rows = rows;
        _style = style;
        _caption = caption;
        _isContinuation = isContinuation;
    }

    public override LayoutResult Layout(LayoutRequest request)
    {
        var widths = ColumnWidth.Resolve(_columns, request.Width);
        var group = new Placed.Group([]);
        var spaceBefore = _isContinuation || request.AtPageTop ? 0 : _style.SpaceBefore;
        var y = spaceBefore;

        if (!_isContinuation && _caption is not null)
        {
            var caption = _caption.Layout(new LayoutRequest(request.Width, double.PositiveInfinity, AtPageTop: true));
            group.Add(caption.Placed, 0, y);
            y += caption.Height + _style.CaptionSpaceAfter;
        }

        foreach (var row in _isContinuation && !_style.RepeatHeader ? [] : _header)
        {
            var placed = LayRow(row, widths, double.PositiveInfinity, atTop: true, out var height, out _)!;
            group.Add(placed, 0, y);
            y += height;
        }
        var headerBottom = y;
        if (!request.AtPageTop && !request.Fits(headerBottom)) return LayoutResult.Nothing;

        // Kept together: a table that would straddle the page foot but fits on a page of its own goes there whole.
        if (_style.KeepTogether && !_isContinuation && !request.AtPageTop)
        {
            var whole = headerBottom + _rows.Sum(row => { LayRow(row, widths, double.PositiveInfinity, atTop: true, out var h, out _); return h; });
            if (!request.Fits(whole) && whole - spaceBefore <= request.PageHeight + LayoutRequest.Epsilon) return LayoutResult.Nothing;
        }

        var placedRows = new List<(IPlaced Row, double Y, double Height)>();
        for (var r = 0; r < _rows.Count; r++)
        {
            var available = request.AvailableHeight - y;
            var placed = LayRow(_rows[r], widths, available, atTop: false, out var height, out _);
            if (placed is not null && request.Fits(y + height))
            {
                placedRows.Add((placed, y, height));
                y += height;
                continue;
            }

            if (r > 0)
            {
                var keep = RowsBeforeBreak(r, request.AtPageTop);
                if (keep == 0) return LayoutResult.Nothing;
                foreach (var (row, at, _) in placedRows.Take(keep)) group.Add(row, 0, at);
                var (_, lastY, lastHeight) = placedRows[keep - 1];
                return LayoutResult.Partial(lastY + lastHeight, group, Continue(_rows.Skip(keep)));
            }
            if (!request.AtPageTop) return LayoutResult.Nothing;

            // The first row under the header is taller than the page: split it.
            placed = LayRow(_rows[r], widths, Math.Max(0, available), atTop: true, out height, out var rest)!;
            placedRows.Add((placed, y, height));
            y += height;
            if (rest is not null)
            {
                foreach (var (row, at, _) in placedRows) group.Add(row, 0, at);
                return LayoutResult.Partial(y, group, Continue(_rows.Skip(r + 1).Prepend(rest)));
            }
        }
        foreach (var (row, at, _) in placedRows) group.Add(row, 0, at);
        return LayoutResult.Complete(y + _style.SpaceAfter, group);
    }

    /// <summary>
    /// How many of the <paramref name="fitted"/> rows that fit stay on this page: fewer when that leaves
    /// too few for the next page; 0 (move the table on) when too few would stay, except at the top of a
    /// page, where the table must make progress.
    /// </summary>
    private int RowsBeforeBreak(int fitted, bool atPageTop)
    {
        var min = Math.Max(1, _style.MinRowsAtBreak);
        var keep = Math.Min(fitted, _rows.Count - min);
        while (keep > 0 && _rows[keep - 1].KeepWithNext) keep--;
        if (keep >= min) return keep;
        return atPageTop ? fitted : 0;
    }

    private Table Continue(IEnumerable<TableRowContent> rows)
    {
        var table = new Table(_columns, _header, rows.ToArray(), _style, null, true);
        if (base.KeepWithNext) table.KeepingWithNext();
        return table;
    }

    /// <summary>
    /// Lays a row out in the height available: null when it does not fit whole (and <paramref name="atTop"/>
    /// is false); at the top of a page, the part that fits, with what is left of each cell in <paramref name="rest"/>.
    /// </summary>
    private IPlaced? LayRow(TableRowContent row, double[] widths, double available, bool atTop, out double height, out TableRowContent? rest)
    {
        var s = _style;
        var padY = s.PaddingTop + s.PaddingBottom;
        var results = new LayoutResult[widths.Length];
        double content = 0;
        var complete = true;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new Column();
            var inner = Math.Max(1, widths[c] - s.PaddingLeft - s.PaddingRight);
            results[c] = cell.Layout(new LayoutRequest(inner, available - padY, atTop));
            complete &= results[c].Status == LayoutStatus.Complete;
            content = Math.Max(content, results[c].Height);
        }
        height = content + padY;
        rest = null;
        if (!complete && !atTop) return null;

        var group = new Placed.Group([]);
        double x = 0;
        for (var c = 0; c < widths.Length; c++)
        {
            var offset = complete && s.VerticalAlignment == CellVerticalAlignment.Middle ? (content - results[c].Height) / 2 : 0;
            group.Add(results[c].Placed, x + s.PaddingLeft, s.PaddingTop + offset);
            x += widths[c];
        }
        if (s.BorderWidth > 0)
        {
            var half = s.BorderWidth / 2;
            group.Add(new Placed.Line(0, 0, x, 0, s.BorderWidth), 0, 0);
            group.Add(new Placed.Line(0, height, x, height, s.BorderWidth), 0, 0);
            double edge = 0;
            for (var c = 0; c <= widths.Length; c++)
            {
                var at = c == 0 ? half : c == widths.Length ? x - half : edge;
                group.Add(new Placed.Line(at, 0, at, height, s.BorderWidth), 0, 0);
                if (c < widths.Length) edge += widths[c];
            }
        }
        if (!complete)
        {
            rest = new TableRowContent(results.Select((r, c) => r.Status switch
            {
                LayoutStatus.Complete => new Column(),
                LayoutStatus.Partial => r.Rest!,
                _ => c < row.Cells.Count ? row.Cells[c] : new Column(),
            }).ToArray());
        }
        return group;
    }
}
