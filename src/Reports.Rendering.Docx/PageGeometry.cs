using Reports.Document;

namespace Reports.Rendering.Docx;

/// <summary>Twentieths of a point (twips), the unit of Word's page, indents and widths.</summary>
internal static class Twips
{
    public static int FromMm(double mm) => Round(mm / 25.4 * 1440);

    public static int FromCm(double cm) => FromMm(cm * 10);

    public static int FromPt(double pt) => Round(pt * 20);

    /// <summary>Half-points, the unit of w:sz.</summary>
    public static int HalfPoints(double pt) => Math.Max(2, (int)Math.Round(Finite(pt) * 2, MidpointRounding.AwayFromZero));

    public static int Round(double value) => (int)Math.Round(Math.Clamp(Finite(value), -31680, 31680), MidpointRounding.AwayFromZero);

    private static double Finite(double value) => double.IsFinite(value) ? value : 0;
}

/// <summary>The page of a presentation in twips, and the width and height left for text.</summary>
internal sealed record PageGeometry(int Width, int Height, int Top, int Bottom, int Left, int Right)
{
    public static PageGeometry From(Presentation p) => new(
        Positive(p.PageWidthMm), Positive(p.PageHeightMm),
        Positive(p.MarginTopMm), Positive(p.MarginBottomMm),
        Positive(p.MarginLeftMm), Positive(p.MarginRightMm));

    /// <summary>A section's own page (<see cref="Section"/>).</summary>
    public static PageGeometry From(PageFormat page) => new(
        Positive(page.WidthMm), Positive(page.HeightMm),
        Positive(page.MarginTopMm), Positive(page.MarginBottomMm),
        Positive(page.MarginLeftMm), Positive(page.MarginRightMm));

    private static int Positive(double mm) => Math.Max(0, Twips.FromMm(mm));

    public int TextWidth => Math.Max(1440, Width - Left - Right);

    public int TextHeight => Math.Max(1440, Height - Top - Bottom);

    /// <summary>Where the page-number header sits: half the top margin, at most Word's usual 1.27 cm.</summary>
    public int HeaderDistance => Math.Clamp(Top / 2, 0, 720);
}
