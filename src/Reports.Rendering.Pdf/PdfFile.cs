using Reports.Typography;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Reports.Document;
using Reports.Rendering.Pdf.Fonts;
using Reports.Rendering.Pdf.Layout;

namespace Reports.Rendering.Pdf;

/// <summary>Draws laid-out pages with PDFsharp and writes the file: metadata, Unicode fonts, no clock.</summary>
internal static class PdfFile
{
    public const string Creator = "baocao";

    public static byte[] Write(IReadOnlyList<LaidOutPage> pages, ReportDocument document, FontSelection fonts)
    {
        var pdf = new PdfDocument();
        pdf.Options.CompressContentStreams = true;
        // Deflating streams and the embedded font subsets was a quarter of the PDF's time at the default level;
        // the fastest level costs a few percent of file size and stays byte for byte deterministic.
        pdf.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;

        var metadata = document.Metadata;
        pdf.Info.Title = metadata.Title;
        pdf.Info.Author = metadata.Author;
        pdf.Info.Subject = metadata.Subject;
        pdf.Info.Keywords = document.Kind == DocumentKind.Article ? "tin bài" : "báo cáo";
        pdf.Info.Creator = Creator;
        // The document's own date, in UTC so that no time zone leaks in; never the clock.
        var date = new DateTime(metadata.Date.Year, metadata.Date.Month, metadata.Date.Day, 0, 0, 0, DateTimeKind.Utc);
        pdf.Info.CreationDate = date;
        pdf.Info.ModificationDate = date;
        pdf.Language = string.IsNullOrWhiteSpace(metadata.Language) ? "vi" : metadata.Language.Trim();

        var xfonts = new Dictionary<(FontFace Face, double Size), XFont>();
        var pens = new Dictionary<double, XPen>();
        var unicode = new XPdfFontOptions(PdfFontEncoding.Unicode);
        var family = fonts.Faces;

        XFont Font(RunStyle style)
        {
            if (xfonts.TryGetValue((style.Face, style.Size), out var font)) return font;
            var face = style.Face;
            var fontStyle = ReferenceEquals(face, family.BoldItalic) ? XFontStyleEx.BoldItalic
                : ReferenceEquals(face, family.Bold) ? XFontStyleEx.Bold
                : ReferenceEquals(face, family.Italic) ? XFontStyleEx.Italic
                : XFontStyleEx.Regular;
            font = new XFont(fonts.FamilyKey, style.Size, fontStyle, unicode);
            xfonts[(style.Face, style.Size)] = font;
            return font;
        }

        XFont FallbackFont(FontFace face, double size)
        {
            if (xfonts.TryGetValue((face, size), out var font)) return font;
            PdfSharpFonts.Register(face.Key, new FontFamilyFaces(face, face, face, face));
            font = new XFont(face.Key, size, XFontStyleEx.Regular, unicode);
            xfonts[(face, size)] = font;
            return font;
        }

        XPen Pen(double thickness)
        {
            if (!pens.TryGetValue(thickness, out var pen)) pens[thickness] = pen = new XPen(XColors.Black, thickness);
            return pen;
        }

        var beyondBmp = false;
        // One XImage per picture, so a picture shown twice is embedded once; disposed after saving.
        var images = new Dictionary<ImageData, XImage>(ReferenceEqualityComparer.Instance);
        XImage Image(ImageData data)
        {
            if (!images.TryGetValue(data, out var image))
                images[data] = image = XImage.FromStream(new MemoryStream(data.Bytes, writable: false));
            return image;
        }

        foreach (var page in pages)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromPoint(page.Width);
            pdfPage.Height = XUnit.FromPoint(page.Height);
            using var graphics = XGraphics.FromPdfPage(pdfPage);
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case TextItem text:
                        // Each piece in the face that has its characters, one after the other, as the layout measured them.
                        var x = text.X;
                        beyondBmp |= text.Text.Any(char.IsSurrogate);
                        foreach (var piece in text.Style.Fallbacks.Split(text.Text, text.Style.Face))
                        {
                            var font = ReferenceEquals(piece.Face, text.Style.Face) ? Font(text.Style) : FallbackFont(piece.Face, text.Style.Size);
                            graphics.DrawString(piece.Text, font, XBrushes.Black, x, text.Baseline, XStringFormats.BaseLineLeft);
                            x += piece.Face.Measure(piece.Text, text.Style.Size);
                        }
                        break;
                    case LineItem line:
                        graphics.DrawLine(Pen(line.Thickness), line.X1, line.Y1, line.X2, line.Y2);
                        break;
                    case ImageItem image:
                        graphics.DrawImage(Image(image.Image), image.X, image.Y, image.Width, image.Height);
                        break;
                }
            }
        }

        // The /ID from what the pages show, never PDFsharp's random GUID.
        var id = PageFingerprint.Of(pages, metadata);
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;

        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        foreach (var image in images.Values) image.Dispose();
        var bytes = beyondBmp ? ToUnicodeRepair.Repair(stream.ToArray(), pdf) : stream.ToArray();
        return DeterministicPdf.Finish(bytes);
    }
}
