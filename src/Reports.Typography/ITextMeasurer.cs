namespace Reports.Typography;

/// <summary>Widths of single lines of text, in points, as the chosen font sets them.</summary>
public interface ITextMeasurer
{
    /// <summary>The name of the family whose metrics are used.</summary>
    string FamilyName { get; }

    /// <summary>The advance width of <paramref name="line"/> (no line breaks inside) in points.</summary>
    double LineWidthPt(string line, double sizePt, bool bold, bool italic);
}

/// <summary>Measures with the real advance widths of a font family's four faces.</summary>
public sealed class FontMeasurer(FontFamilyFaces faces) : ITextMeasurer
{
    private static readonly Lazy<ITextMeasurer> DefaultMeasurer = new(() =>
    {
        try
        {
            return new FontMeasurer(FontLocator.Select(new FontSearch()).Faces);
        }
        catch (FontNotFoundException)
        {
            // Without any font (not even the bundled one) DOCX, HTML and Markdown can still be written; the
            // PDF renderer reports the missing font itself.
            return new AverageWidthMeasurer();
        }
    });

    /// <summary>
    /// The font the PDF renderer picks with its default search (the same cached selection), so the widths
    /// written into the document tree are those of the text the PDF sets.
    /// </summary>
    public static ITextMeasurer Default => DefaultMeasurer.Value;

    public string FamilyName => faces.Name;

    public double LineWidthPt(string line, double sizePt, bool bold, bool italic) =>
        faces.Fallback.Measure(WellFormedText.Nfc(line), faces.Face(bold, italic), sizePt);
}

/// <summary>A last resort when no font can be found: every character half an em wide (a bit more when bold).</summary>
public sealed class AverageWidthMeasurer : ITextMeasurer
{
    public string FamilyName => "";

    public double LineWidthPt(string line, double sizePt, bool bold, bool italic) =>
        WellFormedText.Nfc(line).EnumerateRunes().Count() * sizePt * (bold ? 0.55 : 0.5);
}
