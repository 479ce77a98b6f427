using Reports.Document;
using Reports.Rendering.Pdf.Fonts;
using Reports.Rendering.Pdf.Layout;
using Reports.Typography;

namespace Reports.Rendering.Pdf;

/// <summary>
/// Writes a document as an A4 PDF laid out to the official rules (HD 36 for the Party, NĐ 30 for the state)
/// with the same presentation settings as the HTML and DOCX: our own layout engine (<see cref="Layout"/>)
/// breaks lines and pages, PDFsharp draws the pages and embeds a subset of the font. Text is Unicode, so
/// it can be searched and copied. The same document gives the same bytes: the dates come from the
/// document's metadata and the file identifier from a hash of its content.
/// The font is found once, on first use (see <see cref="Fonts"/>). Safe to call from several threads.
/// </summary>
public sealed class PdfRenderer : IDocumentRenderer
{
    private readonly PdfRendererOptions _options;
    private readonly Lazy<FontSelection> _fonts;

    public PdfRenderer()
        : this(new PdfRendererOptions())
    {
    }

    public PdfRenderer(PdfRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _fonts = new Lazy<FontSelection>(() =>
        {
            var selection = FontLocator.Select(_options.Search);
            PdfSharpFonts.Register(selection.FamilyKey, selection.Faces);
            return selection;
        });
    }

    public string Format => "pdf";

    public string Extension => "pdf";

    /// <summary>
    /// The font documents are set in, where it was found and any warning for the user (a wider fallback
    /// font, a configured folder without a usable font). Finds the font on first use.
    /// </summary>
    /// <exception cref="FontNotFoundException">No usable font; the message says what to install.</exception>
    public FontSelection Fonts => _fonts.Value;

    /// <summary>The font in use (<see cref="FontNote"/>), and a warning when it is a wider fallback.</summary>
    public IReadOnlyList<RendererNote> Notes
    {
        get
        {
            var fonts = Fonts;
            var source = fonts.Source switch
            {
                FontSource.Bundled => "bundled",
                FontSource.System => "system",
                _ => "configured",
            };
            RendererNote used = new(FontNote, [fonts.FamilyName, source, fonts.Folder]);
            var notes = new List<RendererNote> { used };
            if (fonts.Warnings.Count > 0) notes.Add(new RendererNote(FontFallbackNote, [fonts.FamilyName], IsWarning: true));
            var glyphs = fonts.Faces.Fallback;
            if (glyphs.Used) notes.Add(new RendererNote(GlyphFallbackNote, [string.Join(", ", glyphs.Files)]));
            return notes;
        }
    }

    /// <summary>Note code: the family, where it came from ("bundled", "system", "configured") and its folder.</summary>
    public const string FontNote = "pdf.font";

    /// <summary>Note code: the files of the faces that draw what the font lacks, in the order they are tried.</summary>
    public const string GlyphFallbackNote = "pdf.glyph-fallback";

    /// <summary>Note code (a warning): the font search warned, for instance it fell back to a wider font; the family used.</summary>
    public const string FontFallbackNote = "pdf.font-fallback";

    public byte[] Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PdfFile.Write(Paginate(document), document, Fonts);
    }

    /// <summary>The positioned pages of a document, before they are drawn (for tests and measuring).</summary>
    public IReadOnlyList<LaidOutPage> Paginate(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layout = new ReportLayout(document, Fonts.Faces);
        var pages = new List<LaidOutPage>();
        // Each run of pages (the report, a landscape appendix) numbers on from the one before.
        foreach (var (page, content) in layout.Flows())
            pages.AddRange(Paginator.Paginate(content, page, layout.HeaderFor(page), pages.Count + 1));
        return pages;
    }
}
