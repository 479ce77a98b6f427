namespace Reports.Document;

/// <summary>How a piece of text is set: size in points and weight; the text itself is already cased.</summary>
public sealed record TextStyle(double SizePt, bool Bold = false, bool Italic = false, bool Underline = false);

/// <summary>
/// The page and text settings of a document, resolved from the official defaults of the regime and the data
/// file's overrides; <see cref="FrameLayout"/> holds the rest (marks, rules, columns). Renderers read these
/// and nothing else; DOCX, PDF and HTML therefore look alike.
/// </summary>
public sealed record Presentation(
    string FontFamily,
    double PageWidthMm,
    double PageHeightMm,
    double MarginTopMm,
    double MarginBottomMm,
    double MarginLeftMm,
    double MarginRightMm,
    double LineSpacing,
    double ParagraphSpacingPt,
    double FirstLineIndentCm,
    PresentationStyles Styles);

/// <summary>The text style of each element of the document.</summary>
public sealed record PresentationStyles(
    TextStyle Body,
    TextStyle Heading1,
    TextStyle Heading2,
    TextStyle Heading3,
    TextStyle TableText,
    TextStyle NationalTitle,
    TextStyle Motto,
    TextStyle ParentBody,
    TextStyle Issuer,
    TextStyle NumberAndSymbol,
    TextStyle PlaceAndDate,
    TextStyle DocumentType,
    TextStyle Subject,
    TextStyle RecipientsLabel,
    TextStyle RecipientsItem,
    TextStyle SignatureTitle,
    TextStyle SignatureName,
    TextStyle DraftMark,
    TextStyle ArticleTitle,
    TextStyle ArticleMeta);
