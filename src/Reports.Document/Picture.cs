namespace Reports.Document;

/// <summary>The picture formats renderers accept: both are shown by Word, PDF readers and browsers as they are.</summary>
public enum ImageFormat
{
    Jpeg,
    Png,
}

/// <summary>
/// A picture's bytes, format and size in pixels, carried by the tree so that renderers never read a file.
/// <see cref="FileName"/> is the plain name under which the picture is published beside documents that refer
/// to it by name (the portal fragment, Markdown).
/// </summary>
public sealed record ImageData(byte[] Bytes, ImageFormat Format, int WidthPx, int HeightPx, string FileName)
{
    public string MediaType => Format == ImageFormat.Png ? "image/png" : "image/jpeg";

    public string Extension => Format == ImageFormat.Png ? "png" : "jpg";
}

/// <summary>
/// A photo with its caption underneath, kept together: the picture spans at most the text width, keeps its
/// proportions and is never separated from its caption by a page break.
/// </summary>
public sealed record Picture(ImageData Image, IReadOnlyList<Inline> Caption) : Block
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}
