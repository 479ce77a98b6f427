using DocumentFormat.OpenXml;
using Reports.Document;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Rendering.Docx;

/// <summary>
/// A picture as Word keeps one inline in the text (wp:inline in a run), pointing at a media part by
/// relationship id. Ids are the picture's number in the document, so the same document gives the same XML.
/// </summary>
internal static class DocxPicture
{
    private const long EmuPerPoint = 12700;

    /// <summary>The relationship id of the n-th picture's media part (1-based), fixed rather than generated.</summary>
    public static string RelationshipId(int number) => "rIdPicture" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The run holding the n-th picture at its printed size (<see cref="PictureBox"/>).</summary>
    public static W.Run Run(ImageData image, int number, string description, Presentation presentation)
    {
        var (widthPt, heightPt) = PictureBox.Fit(image, presentation);
        var cx = (long)Math.Round(widthPt * EmuPerPoint);
        var cy = (long)Math.Round(heightPt * EmuPerPoint);
        var id = (UInt32Value)(uint)number;
        var name = "Ảnh " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(
                    new PIC.NonVisualDrawingProperties { Id = id, Name = image.FileName },
                    new PIC.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new PIC.BlipFill(
                    new A.Blip { Embed = RelationshipId(number) },
                    new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = DocxText.Clean(description) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        return new W.Run(new W.Drawing(inline));
    }
}
