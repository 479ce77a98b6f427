namespace Reports.Core.Layout;

/// <summary>How an element's text is set by the rules: size in points and weight.</summary>
public sealed record TypeSpec(double SizePt, bool Bold = false, bool Italic = false, bool Underline = false);
