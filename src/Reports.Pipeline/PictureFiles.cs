using Reports.Document;

namespace Reports.Pipeline;

/// <summary>
/// The photos a document carries, as files of their own beside it: the portal fragment and the Markdown refer
/// to each by name ("quy1.tin-bai.anh-1.jpg"), while the HTML page, the DOCX and the PDF embed the bytes.
/// The names start with the data file's and the document's, so articles built into one folder never share one.
/// </summary>
internal static class PictureFiles
{
    /// <summary>The formats whose files refer to a picture by name rather than embedding it.</summary>
    private static readonly string[] ReferringFormats = ["html", "md"];

    /// <summary>The document with its pictures named for <paramref name="stem"/>, and the picture files to write (none when no chosen format refers to them).</summary>
    public static (ReportDocument Document, IReadOnlyList<(string FileName, byte[] Content)> Files) Publish(
        ReportDocument document, string stem, string documentName, IReadOnlyList<string> formats)
    {
        if (!document.Body.OfType<Picture>().Any()) return (document, []);
        var body = document.Body
            .Select(block => block is Picture picture
                ? picture with { Image = picture.Image with { FileName = $"{stem}.{documentName}.{picture.Image.FileName}" } }
                : block)
            .ToList();
        var named = document with { Body = body };
        if (!formats.Any(ReferringFormats.Contains)) return (named, []);
        // A photo placed twice is one file.
        var files = body.OfType<Picture>()
            .Select(p => (p.Image.FileName, p.Image.Bytes))
            .DistinctBy(f => f.FileName, StringComparer.Ordinal)
            .ToList();
        return (named, files);
    }
}
