using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Reports.Document;

namespace Reports.Rendering.Docx;

/// <summary>
/// Writes a document as an ordinary Word file laid out to HD 36-HD/VPTW (Party) or NĐ 30/2020 (state):
/// A4 with the presentation's margins, the page number centred at the top from page 2, every paragraph in
/// a named style (body text in Normal, headings in Word's "heading 1..3" with outline levels), Times New
/// Roman named and nothing embedded, Vietnamese as the proofing language. Text is laid out, never reworded
/// or recased. Stateless, so safe to share between threads; the same document always gives the same bytes
/// (no clock, no random ids, a ZIP with fixed entry order and dates).
/// </summary>
public sealed class DocxRenderer : IDocumentRenderer
{
    // Relationship ids are fixed so that nothing in the package is random.
    private const string MainDocumentId = "rIdDocument";
    private const string CorePropertiesId = "rIdCoreProperties";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string StylesId = "rIdStyles";
    private const string SettingsId = "rIdSettings";
    private const string FontTableId = "rIdFontTable";

    public string Format => "docx";

    public string Extension => "docx";

    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = Language(document.Metadata.Language);
        var font = DocxStyles.FontName(document.Presentation.FontFamily);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, MainDocumentId);
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(DocxBody.Build(document));

            main.AddNewPart<StyleDefinitionsPart>(StylesId).Styles = DocxStyles.Build(document, language);
            main.AddNewPart<DocumentSettingsPart>(SettingsId).Settings = DocxPackage.Settings(language);
            main.AddNewPart<FontTablePart>(FontTableId).Fonts = DocxPackage.FontTable(font);
            main.AddNewPart<HeaderPart>(DocxBody.DefaultHeaderId).Header = DocxPackage.PageNumberHeader();
            main.AddNewPart<HeaderPart>(DocxBody.FirstHeaderId).Header = DocxPackage.EmptyHeader();
            var number = 0;
            foreach (var image in DocxBody.Pictures(document))
            {
                var part = main.AddImagePart(image.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg, DocxPicture.RelationshipId(++number));
                using var bytes = new MemoryStream(image.Bytes, writable: false);
                part.FeedData(bytes);
            }

            DocxPackage.WriteCoreProperties(package.AddNewPart<CoreFilePropertiesPart>(CorePropertiesId), document.Metadata, language);
        }
        return DocxPackage.Deterministic(stream.ToArray());
    }

    /// <summary>The proofing and metadata language: the metadata's own culture name, "vi" and nothing meaning Vietnamese (vi-VN).</summary>
    internal static string Language(string? language)
    {
        var tag = DocxText.Clean(language ?? "").Trim();
        return tag.Length == 0 || string.Equals(tag, "vi", StringComparison.OrdinalIgnoreCase) ? "vi-VN" : tag;
    }
}
