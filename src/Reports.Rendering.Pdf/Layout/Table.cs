namespace Reports.Rendering.Pdf.Layout;

/// <summary>One row of a table: the content of each cell (usually a <see cref="Column"/> of paragraphs).</summary>
public sealed record TableRowContent(IReadOnlyList<Element> Cells);

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
}

/// <summary>
/// A table with columns of relative widths and single borders. Its header rows are repeated at the top of
/// every page it reaches. Rows are not split: a row that does not fit moves to the next page, with the
/// header; only a row taller than a whole page is split, each cell continuing on the next page.
/// A table never leaves its header alone at the bottom of a page.
/// </summary>
public sealed class Table : Element
{
    private readonly IReadOnlyList<ColumnWidth> _columns;
    private readonly IReadOnlyList<TableRowContent> _header;
    private readonly IReadOnlyList<TableRowContent> _rows;
    private readonly TableStyle _style;
    private readonly bool _isContinuation;

    public Table(IReadOnlyList<double> relativeWidths, IReadOnlyList<TableRowContent> headerRows, IReadOnlyList<TableRowContent> rows, TableStyle style)
        : this(relativeWidths.Select(w => ColumnWidth.Relative(double.IsFinite(w) && w > 0 ? w : 1)).ToArray(), headerRows, rows, style, false)
    {
    }

    private Table(IReadOnlyList<ColumnWidth> columns, IReadOnlyList<TableRowContent> header, IReadOnlyList<TableRowContent> rows, TableStyle style, bool isContinuation)
    {
        _columns = columns;
        _header = header;
        _rows = rows;
        _style = style;
        _isContinuation = isContinuation;
    }

    public override LayoutResult Layout(LayoutRequest request)
    {
        var widths = ColumnWidth.Resolve(_columns, request.Width);
        var group = new Placed.Group([]);
        var y = _isContinuation || request.AtPageTop ? 0 : _style.SpaceBefore;

        foreach (var row in _header)
        {
            var placed = LayRow(row, widths, double.PositiveInfinity, atTop: true, out var height, out _)!;
            group.Add(placed, 0, y);
            y += height;
        }
        var headerBottom = y;
        if (!request.AtPageTop && !request.Fits(headerBottom)) return LayoutResult.Nothing;

        for (var r = 0; r < _rows.Count; r++)
        {
            var available = request.AvailableHeight - y;
            var placed = LayRow(_rows[r], widths, available, atTop: false, out var height, out _);
            if (placed is not null && request.Fits(y + height))
            {
                group.Add(placed, 0, y);
                y += height;
                continue;
            }

            if (r > 0) return LayoutResult.Partial(y, group, Continue(_rows.Skip(r)));
            if (!request.AtPageTop) return LayoutResult.Nothing;

            // The first row under the header is taller than the page: split it.
            placed = LayRow(_rows[r], widths, Math.Max(0, available), atTop: true, out height, out var rest)!;
            group.Add(placed, 0, y);
            y += height;
            if (rest is not null) return LayoutResult.Partial(y, group, Continue(_rows.Skip(r + 1).Prepend(rest)));
        }
        return LayoutResult.Complete(y + _style.SpaceAfter, group);
    }

    private Table Continue(IEnumerable<TableRowContent> rows)
    {
        var table = new Table(_columns, _header, rows.ToArray(), _style, true);
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
