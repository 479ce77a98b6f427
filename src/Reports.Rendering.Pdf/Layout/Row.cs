namespace Reports.Rendering.Pdf.Layout;

/// <summary>The width of a column of a <see cref="Row"/> or a <see cref="Table"/>.</summary>
public readonly record struct ColumnWidth(double Value, bool IsFixed)
{
    public static ColumnWidth Fixed(double points) => new(points, true);

    /// <summary>A share of the width left after the fixed columns and gaps.</summary>
    public static ColumnWidth Relative(double weight) => new(weight, false);

    /// <summary>Widths in points for a total width: fixed ones as given, the rest shared by weight.</summary>
    public static double[] Resolve(IReadOnlyList<ColumnWidth> columns, double total, double gap = 0)
    {
        var widths = new double[columns.Count];
        double fixedSum = 0, weights = 0;
        foreach (var c in columns)
        {
            if (c.IsFixed) fixedSum += Math.Max(0, c.Value);
            else weights += Math.Max(0, c.Value);
        }
        var left = Math.Max(0, total - fixedSum - gap * Math.Max(0, columns.Count - 1));
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            widths[i] = c.IsFixed ? Math.Max(0, c.Value)
                : weights > 0 ? left * Math.Max(0, c.Value) / weights
                : left / Math.Max(1, columns.Count(x => !x.IsFixed));
        }
        return widths;
    }
}

public sealed record RowCell(Element Content, ColumnWidth Width);

public enum RowAlignment
{
    /// <summary>The tops of the cells are level.</summary>
    Top,

    /// <summary>The first baselines of the cells are level: a number and a date in different sizes on one line.</summary>
    FirstBaseline,
}

/// <summary>
/// Blocks side by side, separated by a gap, their tops or first baselines level: a letterhead, or recipients
/// beside a signature. Kept together by default: when it does not fit whole it moves to the next page; only
/// a row taller than a page is split, each side continuing on the next page.
/// </summary>
public sealed class Row(IReadOnlyList<RowCell> cells, double gap = 0, bool keepTogether = true, RowAlignment alignment = RowAlignment.Top) : Element
{
    public IReadOnlyList<RowCell> Cells { get; } = cells;

    public override double IntrinsicWidth =>
        Cells.Sum(c => c.Width.IsFixed ? c.Width.Value : c.Content.IntrinsicWidth) + gap * Math.Max(0, Cells.Count - 1);

    public override LayoutResult Layout(LayoutRequest request)
    {
        var widths = ColumnWidth.Resolve(Cells.Select(c => c.Width).ToArray(), request.Width, gap);
        var offsets = new double[Cells.Count];
        if (alignment == RowAlignment.FirstBaseline)
        {
            for (var i = 0; i < Cells.Count; i++) offsets[i] = Cells[i].Content.FirstBaseline(widths[i]);
            var lowest = offsets.DefaultIfEmpty(0).Max();
            for (var i = 0; i < Cells.Count; i++) offsets[i] = lowest - offsets[i];
        }
        var results = new LayoutResult[Cells.Count];
        var complete = true;
        var nothing = true;
        for (var i = 0; i < Cells.Count; i++)
        {
            results[i] = Cells[i].Content.Layout(request with { Width = widths[i], AvailableHeight = request.AvailableHeight - offsets[i] });
            complete &= results[i].Status == LayoutStatus.Complete;
            nothing &= results[i].Status == LayoutStatus.Nothing;
        }
        if (!complete && ((keepTogether && !request.AtPageTop) || nothing)) return LayoutResult.Nothing;

        var group = new Placed.Group([]);
        double x = 0, height = 0;
        var rests = new List<RowCell>(Cells.Count);
        for (var i = 0; i < Cells.Count; i++)
        {
            var result = results[i];
            group.Add(result.Placed, x, offsets[i]);
            height = Math.Max(height, offsets[i] + result.Height);
            rests.Add(Cells[i] with
            {
                Content = result.Status switch
                {
                    LayoutStatus.Nothing => Cells[i].Content,
                    LayoutStatus.Partial => result.Rest!,
                    _ => new Column(),
                },
            });
            x += widths[i] + gap;
        }
        return complete
            ? LayoutResult.Complete(height, group)
            : LayoutResult.Partial(height, group, new Row(rests, gap, keepTogether, RowAlignment.Top));
    }
}
