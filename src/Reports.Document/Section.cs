namespace Reports.Document;

/// <summary>
/// Blocks set on pages of their own, with their own page size, orientation and margins: the appendix (phụ
/// lục) on landscape pages after the signature. The page before it ends where the section starts, and the
/// page after it (if anything follows) starts anew in the document's own <see cref="Presentation"/>. Page
/// numbers run on through it. The layout step resolves <see cref="Page"/>; renderers only obey it.
/// </summary>
public sealed record Section(PageFormat Page, IReadOnlyList<Block> Blocks) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// A page as a section sets it, in millimetres. <see cref="Orientation"/> is stated, not inferred from the
/// sizes, because Word records it apart from the size (w:orient) and prints by it.
/// </summary>
public sealed record PageFormat(
    PageOrientation Orientation,
    double WidthMm,
    double HeightMm,
    double MarginTopMm,
    double MarginBottomMm,
    double MarginLeftMm,
    double MarginRightMm);

public enum PageOrientation
{
    Portrait,
    Landscape,
}
