namespace Reports.Typography;

/// <summary>The four faces of one family; text picks a face by weight and slant.</summary>
public sealed class FontFamilyFaces
{
    public FontFamilyFaces(FontFace regular, FontFace bold, FontFace italic, FontFace boldItalic)
    {
        Regular = regular;
        Bold = bold;
        Italic = italic;
        BoldItalic = boldItalic;
    }

    public FontFace Regular { get; }

    public FontFace Bold { get; }

    public FontFace Italic { get; }

    public FontFace BoldItalic { get; }

    public string Name => Regular.FamilyName;

    /// <summary>Faces that draw what this family lacks; none unless the font search found some.</summary>
    public GlyphFallback Fallback { get; init; } = GlyphFallback.None;

    public FontFace Face(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => BoldItalic,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => Regular,
    };

    public IEnumerable<FontFace> Faces => [Regular, Bold, Italic, BoldItalic];
}
