namespace Reports.Document;

/// <summary>
/// The one rule for a picture's printed size, shared by DOCX, PDF and HTML so they agree: as wide as the text
/// at most, never taller than <see cref="MaxHeightShare"/> of the text area (a portrait photo would otherwise
/// fill a page and push its caption over), never enlarged past its size at 96 pixels per inch, proportions kept.
/// </summary>
public static class PictureBox
{
    public const double MaxHeightShare = 0.6;

    private const double PointsPerMm = 72 / 25.4;

    /// <summary>Points per pixel at 96 pixels per inch, the size a browser or Word gives a picture by default.</summary>
    private const double PointsPerPixel = 0.75;

    /// <summary>Width and height in points.</summary>
    public static (double WidthPt, double HeightPt) Fit(ImageData image, Presentation presentation)
    {
        var maxWidth = (presentation.PageWidthMm - presentation.MarginLeftMm - presentation.MarginRightMm) * PointsPerMm;
        var maxHeight = (presentation.PageHeightMm - presentation.MarginTopMm - presentation.MarginBottomMm) * PointsPerMm * MaxHeightShare;
        var width = Math.Max(1, image.WidthPx) * PointsPerPixel;
        var height = Math.Max(1, image.HeightPx) * PointsPerPixel;
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return (width * scale, height * scale);
    }
}
