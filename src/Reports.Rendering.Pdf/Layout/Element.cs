namespace Reports.Rendering.Pdf.Layout;

/// <summary>
/// A box of the layout. Asked to lay itself out in a width and the height left on the page, it answers
/// with the part that fits, placed relative to its own top-left corner, and what is left for the next page.
/// Elements are built for one layout and may cache measurements (line breaks for a width); they are not
/// shared between threads.
/// </summary>
public abstract class Element
{
    private bool _keepWithNext;

    /// <summary>The element stays on the same page as the start of the block after it.</summary>
    public virtual bool KeepWithNext => _keepWithNext;

    /// <summary>Marks the element to stay with the start of the next block; returns it, for building trees.</summary>
    public Element KeepingWithNext()
    {
        _keepWithNext = true;
        return this;
    }

    /// <summary>
    /// Lays the element out. At the top of a page (<see cref="LayoutRequest.AtPageTop"/>) an element must make
    /// progress even when nothing fits, else the page would be left empty for ever.
    /// </summary>
    public abstract LayoutResult Layout(LayoutRequest request);

    /// <summary>
    /// Lays out a first part only, leaving a part for the next page; <see cref="LayoutResult.Nothing"/> when the
    /// element cannot be split so. Used when the element must stay with the next block, which does not fit.
    /// </summary>
    public virtual LayoutResult LayoutLeavingTail(LayoutRequest request) => LayoutResult.Nothing;

    /// <summary>The width the element needs to set its content without breaking lines other than forced ones.</summary>
    public virtual double IntrinsicWidth => 0;

    /// <summary>The distance from the element's top to its first baseline when set in <paramref name="width"/>; 0 without text.</summary>
    public virtual double FirstBaseline(double width) => 0;
}

/// <param name="Width">The width of the element's box.</param>
/// <param name="AvailableHeight">The height left on the page below the element's top.</param>
/// <param name="AtPageTop">Nothing is above the element on this page (space before is dropped; progress is forced).</param>
public readonly record struct LayoutRequest(double Width, double AvailableHeight, bool AtPageTop)
{
    /// <summary>The height of a whole page's content area, for elements that move to the next page only when they fit there.</summary>
    public double PageHeight { get; init; } = double.PositiveInfinity;

    /// <summary>Tolerance for rounding when comparing heights, in points.</summary>
    public const double Epsilon = 0.001;

    public bool Fits(double height) => height <= AvailableHeight + Epsilon;
}

public enum LayoutStatus
{
    /// <summary>The whole (rest of the) element is placed.</summary>
    Complete,

    /// <summary>A first part is placed; <see cref="LayoutResult.Rest"/> goes on the next page.</summary>
    Partial,

    /// <summary>Nothing fits: the element moves to the next page whole.</summary>
    Nothing,
}

/// <summary>The outcome of <see cref="Element.Layout"/>.</summary>
public sealed class LayoutResult
{
    private LayoutResult(LayoutStatus status, double height, IPlaced placed, Element? rest)
    {
        Status = status;
        Height = height;
        Placed = placed;
        Rest = rest;
    }

    public static LayoutResult Nothing { get; } = new(LayoutStatus.Nothing, 0, Layout.Placed.Empty, null);

    public LayoutStatus Status { get; }

    /// <summary>The height taken on this page, including space after the element.</summary>
    public double Height { get; }

    public IPlaced Placed { get; }

    public Element? Rest { get; }

    public static LayoutResult Complete(double height, IPlaced placed) => new(LayoutStatus.Complete, height, placed, null);

    public static LayoutResult Partial(double height, IPlaced placed, Element rest) => new(LayoutStatus.Partial, height, placed, rest);
}

/// <summary>Content placed on a page, relative to the top-left corner of its element.</summary>
public interface IPlaced
{
    /// <summary>Writes the content's page items with its top-left corner at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    void Emit(List<PageItem> page, double x, double y);
}

public static class Placed
{
    public static IPlaced Empty { get; } = new Group([]);

    /// <summary>Children at offsets from the group's corner.</summary>
    public sealed class Group(List<(IPlaced Child, double X, double Y)> children) : IPlaced
    {
        public void Add(IPlaced child, double x, double y) => children.Add((child, x, y));

        public void Emit(List<PageItem> page, double x, double y)
        {
            foreach (var (child, cx, cy) in children) child.Emit(page, x + cx, y + cy);
        }
    }

    /// <summary>A straight line, relative to the corner.</summary>
    public sealed class Line(double x1, double y1, double x2, double y2, double thickness) : IPlaced
    {
        public void Emit(List<PageItem> page, double x, double y) =>
            page.Add(new LineItem(x + x1, y + y1, x + x2, y + y2, thickness));
    }
}

/// <summary>What a page holds, positioned in points from the page's top-left corner.</summary>
public abstract record PageItem;

/// <param name="X">Left edge of the text.</param>
/// <param name="Baseline">The baseline, from the top of the page.</param>
/// <param name="Width">The advance width of <paramref name="Text"/>.</param>
public sealed record TextItem(double X, double Baseline, string Text, RunStyle Style, double Width) : PageItem;

public sealed record LineItem(double X1, double Y1, double X2, double Y2, double Thickness) : PageItem;

/// <summary>A picture drawn in the box whose top-left corner is (<paramref name="X"/>, <paramref name="Y"/>).</summary>
public sealed record ImageItem(double X, double Y, double Width, double Height, Reports.Document.ImageData Image) : PageItem;

/// <summary>One laid-out page: its number (from 1) and its items.</summary>
public sealed record LaidOutPage(int Number, double Width, double Height, IReadOnlyList<PageItem> Items)
{
    public IEnumerable<TextItem> Texts => Items.OfType<TextItem>();

    public IEnumerable<LineItem> Lines => Items.OfType<LineItem>();

    public IEnumerable<ImageItem> Images => Items.OfType<ImageItem>();
}
