using Reports.Document;

namespace Reports.Compose.Layout;

/// <summary>The pages of a section that leaves the document's portrait page (<see cref="Section"/>).</summary>
public static class SectionPages
{
    /// <summary>
    /// The portrait page turned a quarter clockwise, as a landscape sheet is bound into a portrait report:
    /// the binding edge (the portrait page's wide left margin) is the landscape page's top, so every margin
    /// keeps the edge of the paper it had and the regime's ranges still hold. The page number then sits in
    /// that top margin, at the top like on every other page.
    /// </summary>
    public static PageFormat Landscape(Presentation portrait)
    {
        ArgumentNullException.ThrowIfNull(portrait);
        return new PageFormat(
            PageOrientation.Landscape,
            WidthMm: portrait.PageHeightMm,
            HeightMm: portrait.PageWidthMm,
            MarginTopMm: portrait.MarginLeftMm,
            MarginBottomMm: portrait.MarginRightMm,
            MarginLeftMm: portrait.MarginBottomMm,
            MarginRightMm: portrait.MarginTopMm);
    }

    /// <summary>The width a section's page leaves for text, in points.</summary>
    public static double TextWidthPt(PageFormat page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return (page.WidthMm - page.MarginLeftMm - page.MarginRightMm) * 72 / 25.4;
    }
}
