namespace Reports.Core.Model;

/// <summary>The two picture formats every output (DOCX, PDF, HTML, Markdown on a portal) shows without conversion.</summary>
public enum PhotoFormat
{
    Jpeg,
    Png,
}

/// <summary>
/// A picture file named by the data file, read and checked at load: its bytes, the format its bytes say
/// (not its extension) and its size in pixels, from the header. Later steps never touch the disk again.
/// </summary>
/// <param name="Source">The path as written in the data file.</param>
public sealed record PhotoFile(string Source, byte[] Bytes, PhotoFormat Format, int WidthPx, int HeightPx);

/// <summary>A photo of the meeting and its caption, as the article prints them.</summary>
public sealed record Photo(PhotoFile File, string Caption);
