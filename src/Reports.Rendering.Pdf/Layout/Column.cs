namespace Reports.Rendering.Pdf.Layout;

/// <summary>
/// Blocks one under the other, the flow of a page or of a table cell. Splits between blocks or inside the
/// block that reaches the bottom; keeps a block marked <see cref="Element.KeepWithNext"/> on the page where
/// the next block starts (chains of headings included; a long paragraph sends only its last lines over);
/// starts a new page at a <see cref="PageBreak"/>.
/// </summary>
public sealed class Column : Element
{
    private readonly Element[] _children;

    public Column(IEnumerable<Element> children) => _children = children.ToArray();

    public Column(params Element[] children) => _children = children;

    public IReadOnlyList<Element> Children => _children;

    public override bool KeepWithNext => base.KeepWithNext || (_children.Length > 0 && _children[^1].KeepWithNext);

    public override double IntrinsicWidth => _children.Length == 0 ? 0 : _children.Max(c => c.IntrinsicWidth);

    public override double FirstBaseline(double width) => _children.Length == 0 ? 0 : _children[0].FirstBaseline(width);

    public override LayoutResult Layout(LayoutRequest request)
    {
        var group = new Placed.Group([]);
        double y = 0;
        var placedAny = false;
        for (var i = 0; i < _children.Length; i++)
        {
            var child = _children[i];
            var atTop = request.AtPageTop && !placedAny;
            if (child is PageBreak)
            {
                if (atTop) continue;
                return i + 1 < _children.Length
                    ? LayoutResult.Partial(y, group, Remaining(i + 1, null))
                    : LayoutResult.Complete(y, group);
            }

            var available = request.AvailableHeight - y;
            var result = child.Layout(request with { AvailableHeight = available, AtPageTop = atTop });
            if (result.Status == LayoutStatus.Complete && child.KeepWithNext && i + 1 < _children.Length
                && !CanStart(i + 1, available - result.Height, request))
            {
                // The next block does not start here: the end of this one goes over with it, or all of it
                // (except at the top of a page, where a block that cannot be split stays, for progress).
                var tail = child.LayoutLeavingTail(request with { AvailableHeight = available, AtPageTop = atTop });
                if (tail.Status == LayoutStatus.Partial || !atTop) result = tail;
            }

            switch (result.Status)
            {
                case LayoutStatus.Nothing:
                    return placedAny ? LayoutResult.Partial(y, group, Remaining(i, null)) : LayoutResult.Nothing;
                case LayoutStatus.Partial:
                    group.Add(result.Placed, 0, y);
                    return LayoutResult.Partial(y + result.Height, group, Remaining(i + 1, result.Rest));
                default:
                    group.Add(result.Placed, 0, y);
                    y += result.Height;
                    placedAny |= result.Height > LayoutRequest.Epsilon;
                    break;
            }
        }
        return LayoutResult.Complete(y, group);
    }

    /// <summary>Whether block <paramref name="index"/> can start in the height left, with its own keep-with-next chain.</summary>
    private bool CanStart(int index, double available, LayoutRequest request)
    {
        var child = _children[index];
        if (child is PageBreak) return true;
        var result = child.Layout(request with { AvailableHeight = available, AtPageTop = false });
        return result.Status switch
        {
            LayoutStatus.Nothing => false,
            LayoutStatus.Partial => true,
            _ => !child.KeepWithNext || index + 1 >= _children.Length || CanStart(index + 1, available - result.Height, request),
        };
    }

    private Column Remaining(int from, Element? restOfPrevious)
    {
        var rest = new List<Element>(_children.Length - from + 1);
        if (restOfPrevious is not null) rest.Add(restOfPrevious);
        for (var i = from; i < _children.Length; i++) rest.Add(_children[i]);
        var column = new Column(rest);
        if (base.KeepWithNext) column.KeepingWithNext();
        return column;
    }
}

/// <summary>Ends the page: what follows starts on the next one. Ignored at the top of a page.</summary>
public sealed class PageBreak : Element
{
    public override LayoutResult Layout(LayoutRequest request) => LayoutResult.Complete(0, Placed.Empty);
}

/// <summary>Empty vertical space; dropped at the top of a page, like space before a paragraph.</summary>
public sealed class Spacer(double height) : Element
{
    public double Height { get; } = height;

    public override LayoutResult Layout(LayoutRequest request)
    {
        if (request.AtPageTop) return LayoutResult.Complete(0, Placed.Empty);
        return request.Fits(Height) ? LayoutResult.Complete(Height, Placed.Empty) : LayoutResult.Nothing;
    }
}

/// <summary>Keeps its content on one page: if it does not fit whole, it moves whole to the next page.</summary>
public sealed class KeepTogether(Element content) : Element
{
    public Element Content { get; } = content;

    public override bool KeepWithNext => base.KeepWithNext || Content.KeepWithNext;

    public override double IntrinsicWidth => Content.IntrinsicWidth;

    public override double FirstBaseline(double width) => Content.FirstBaseline(width);

    public override LayoutResult Layout(LayoutRequest request)
    {
        var result = Content.Layout(request);
        return result.Status == LayoutStatus.Partial && !request.AtPageTop ? LayoutResult.Nothing : result;
    }
}

/// <summary>
/// A horizontal line of a given length, aligned in the width; with space above and below. Its thickness is
/// drawn centred on the line's position.
/// </summary>
public sealed class Rule(double length, TextAlignment alignment, double thickness = 0.5, double spaceBefore = 0, double spaceAfter = 0) : Element
{
    public double Length { get; } = length;

    public override double IntrinsicWidth => Length;

    public override LayoutResult Layout(LayoutRequest request)
    {
        var height = spaceBefore + thickness + spaceAfter;
        if (!request.Fits(height) && !request.AtPageTop) return LayoutResult.Nothing;
        var length = Math.Min(Length, request.Width);
        var x = alignment switch
        {
            TextAlignment.Center => (request.Width - length) / 2,
            TextAlignment.Right => request.Width - length,
            _ => 0,
        };
        var y = spaceBefore + thickness / 2;
        return LayoutResult.Complete(height, new Placed.Line(x, y, x + length, y, thickness));
    }
}

/// <summary>
/// A border around content set as wide as the content needs (shrink to fit), aligned in the width: a stamp
/// such as a draft mark. Never split.
/// </summary>
public sealed class Box(Element content, TextAlignment alignment, double paddingX, double paddingY, double borderWidth = 0.75, double spaceAfter = 0) : Element
{
    public override double IntrinsicWidth => content.IntrinsicWidth + 2 * (paddingX + borderWidth);

    public override LayoutResult Layout(LayoutRequest request)
    {
        var width = Math.Min(IntrinsicWidth, request.Width);
        // A hair wider than measured, so rounding never wraps the content it was measured for.
        var innerWidth = Math.Max(1, width - 2 * (paddingX + borderWidth)) + 0.01;
        var inner = content.Layout(new LayoutRequest(innerWidth, double.PositiveInfinity, AtPageTop: true));
        var boxHeight = inner.Height + 2 * (paddingY + borderWidth);
        if (!request.Fits(boxHeight) && !request.AtPageTop) return LayoutResult.Nothing;

        var x = alignment switch
        {
            TextAlignment.Center => (request.Width - width) / 2,
            TextAlignment.Right => request.Width - width,
            _ => 0,
        };
        var half = borderWidth / 2;
        var group = new Placed.Group([]);
        group.Add(inner.Placed, x + borderWidth + paddingX, borderWidth + paddingY);
        group.Add(new Placed.Line(x, half, x + width, half, borderWidth), 0, 0);
        group.Add(new Placed.Line(x, boxHeight - half, x + width, boxHeight - half, borderWidth), 0, 0);
        group.Add(new Placed.Line(x + half, 0, x + half, boxHeight, borderWidth), 0, 0);
        group.Add(new Placed.Line(x + width - half, 0, x + width - half, boxHeight, borderWidth), 0, 0);
        return LayoutResult.Complete(boxHeight + spaceAfter, group);
    }
}
