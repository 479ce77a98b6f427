using Reports.Typography;

namespace Reports.Rendering.Pdf.Layout;

/// <summary>Picks the PDF's run style from a family's faces.</summary>
public static class FontFamilyStyles
{
    public static RunStyle Style(this FontFamilyFaces family, double size, bool bold = false, bool italic = false, bool underline = false) =>
        new(family.Face(bold, italic), size, underline, family.Fallback);
}

/// <summary>How a run of text is set: the face, the size in points, whether it is underlined, and the faces
/// that draw the characters the face lacks.</summary>
public sealed record RunStyle(FontFace Face, double Size, bool Underline = false, GlyphFallback? Fallback = null)
{
    public GlyphFallback Fallbacks => Fallback ?? GlyphFallback.None;

    public double Measure(ReadOnlySpan<char> text) => Fallbacks.Measure(text, Face, Size);

    public double Ascent => Face.AscentAt(Size);

    public double Descent => Face.DescentAt(Size);

    /// <summary>The height of one line at single spacing (ascent, descent and the font's line gap).</summary>
    public double SingleLineHeight => Face.SingleLineFactor * Size;
}

/// <summary>
/// A piece of text in one style. A "\n" inside the text is a forced line break. A <paramref name="NoBreak"/>
/// run is not broken at its spaces and hyphens (a document number, a number and its unit) unless it is
/// longer than a line; it is drawn with its own characters, so the text copied from the PDF is unchanged.
/// </summary>
public readonly record struct Run(string Text, RunStyle Style, bool NoBreak = false);

public enum TextAlignment
{
    Left,
    Center,
    Right,

    /// <summary>Both edges straight; the last line and lines ending in a forced break are not stretched.</summary>
    Justify,
}

public enum LineSpacingRule
{
    /// <summary>A multiple of the font's single line height (1 = single, 1.5, 2).</summary>
    Multiple,

    /// <summary>A fixed height in points.</summary>
    Exactly,
}

public readonly record struct LineSpacing(LineSpacingRule Rule, double Value)
{
    public static LineSpacing Single { get; } = new(LineSpacingRule.Multiple, 1);

    public static LineSpacing Multiple(double factor) => new(LineSpacingRule.Multiple, factor);

    public static LineSpacing Exactly(double points) => new(LineSpacingRule.Exactly, points);

    /// <summary>The height of a line whose single-spaced height is <paramref name="single"/>.</summary>
    public double HeightFor(double single) => Rule == LineSpacingRule.Exactly ? Value : single * Value;
}

/// <summary>How a paragraph is set. Lengths are in points.</summary>
public sealed record ParagraphStyle
{
    public static ParagraphStyle Default { get; } = new();

    public TextAlignment Alignment { get; init; } = TextAlignment.Left;

    /// <summary>Extra indent of the first line (after <see cref="LeftIndent"/>); may be negative for a hanging indent.</summary>
    public double FirstLineIndent { get; init; }

    public double LeftIndent { get; init; }

    public double RightIndent { get; init; }

    public LineSpacing LineSpacing { get; init; } = LineSpacing.Single;

    /// <summary>Space above the paragraph; dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    public double SpaceAfter { get; init; }

    /// <summary>The paragraph stays on the same page as the start of the next block (headings).</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>The paragraph is never split across pages (unless it is taller than a page).</summary>
    public bool KeepTogether { get; init; }

    /// <summary>
    /// Fewest lines of a split paragraph left at the bottom of a page (orphans) or carried to the top of the
    /// next (widows); 2 as in Word, 1 turns the control off.
    /// </summary>
    public int MinLinesAtBreak { get; init; } = 2;
}
