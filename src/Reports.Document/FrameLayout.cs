namespace Reports.Document;

/// <summary>
/// The fixed parts of an official page around the body (draft mark, letterhead, title block, closing),
/// resolved once from the regime's rules and the data file's overrides, with the text already measured.
/// Renderers read these numbers, texts and flags; none of them knows which regime a document follows, so
/// DOCX, PDF and HTML draw the same lengths.
/// </summary>
public sealed record FrameLayout(
    DraftMarkLayout DraftMark,
    LetterheadLayout Letterhead,
    TitleLayout Title,
    ClosingLayout Closing,
    double RuleThicknessPt);

/// <summary>The boxed mark at the top right of a draft, and the width of its text as the font sets it.</summary>
public sealed record DraftMarkLayout(string Text, double TextWidthPt);

/// <summary>
/// The letterhead's two columns (left: issuer and number; right: national title and date) as fractions of
/// the text width, and the marks under the issuer and the national title.
/// </summary>
/// <param name="LeftColumnFraction">The left column's share of the text width; the right column takes the rest.</param>
/// <param name="IssuerMarkText">A centred mark under the issuer ("*"), or null.</param>
/// <param name="IssuerRuleWidthPt">A centred solid line under the issuer, or 0 for none.</param>
/// <param name="TitleRuleWidthPt">The solid line under the last line of the right column's title (the party title, or the motto).</param>
/// <param name="SecondRowSpaceBeforePt">Space above the row that holds the number and the place and date.</param>
/// <param name="IssuerRuleGapPt">Space between the issuer's last line and the rule under it.</param>
/// <param name="TitleRuleGapPt">Space between the title's last line and the rule under it.</param>
public sealed record LetterheadLayout(
    double LeftColumnFraction,
    string? IssuerMarkText,
    double IssuerRuleWidthPt,
    double TitleRuleWidthPt,
    HorizontalAlignment PlaceAndDateAlignment,
    double SecondRowSpaceBeforePt,
    double IssuerRuleGapPt,
    double TitleRuleGapPt);

/// <summary>"BÁO CÁO" and the subject: the space around them and the mark under the subject.</summary>
/// <param name="SubjectDashes">A centred line of text under the subject ("-----"), or null.</param>
/// <param name="SubjectRuleWidthPt">A centred solid line under the subject, or 0 for none.</param>
/// <param name="SubjectRuleGapPt">Space between the subject's last line and the rule under it.</param>
/// <param name="KeepWithBody">The title block, its mark included, stays on the page where the body starts.</param>
public sealed record TitleLayout(
    double SpaceBeforePt, double SpaceAfterPt, string? SubjectDashes, double SubjectRuleWidthPt, double SubjectRuleGapPt, bool KeepWithBody);

/// <summary>Recipients on the left, the signature on the right.</summary>
/// <param name="RecipientsWidthPt">The recipients' column, from the left margin; the signature's column takes the rest of the text width.</param>
/// <param name="RecipientsGapPt">Room kept clear at the right of the recipients' column, so its text never runs into the signature.</param>
/// <param name="RecipientsHangingIndentPt">Wrapped lines of a recipient start this far in, under the text after the item's "- ".</param>
/// <param name="SignatureSpacePt">Blank height between the signer's position (the last title line) and the name: room for the signature and the seal.</param>
/// <param name="KeepWithLastParagraph">The last block of the body moves to the signature's page, so the signature never stands alone.</param>
public sealed record ClosingLayout(
    double RecipientsWidthPt, double RecipientsGapPt, double RecipientsHangingIndentPt, double SignatureSpacePt, double SpaceBeforePt, bool KeepWithLastParagraph);

public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
