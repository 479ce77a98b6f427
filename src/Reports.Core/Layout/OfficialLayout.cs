namespace Reports.Core.Layout;

/// <summary>
/// The layout rules of one regime (DOMAIN.md's table: HD 36-HD/VPTW for the Party, NĐ 30/2020 Phụ lục I
/// for the state): what the data file's `trinh_bay` may set (validation and the JSON schema read the ranges)
/// and, where a rule gives a range, the project's pick (composition and the sample generator read the
/// defaults). Lengths are in the units the data file uses: pt, cm, mm; line spacing is a multiple.
/// </summary>
public sealed record OfficialLayout(
    Regime Regime,
    AllowedRange BodyFontSize,
    AllowedRange LineSpacing,
    AllowedRange ParagraphSpacingPt,
    AllowedRange FirstLineIndentCm,
    AllowedRange MarginTopMm,
    AllowedRange MarginBottomMm,
    AllowedRange MarginLeftMm,
    AllowedRange MarginRightMm,
    OfficialTypes Types)
{
    /// <summary>Both regimes: A4 portrait, Times New Roman.</summary>
    public const string FontFamily = "Times New Roman";

    public const double PageWidthMm = 210;

    public const double PageHeightMm = 297;

    // Ranges common to both regimes (DOMAIN.md, "Formatting rules").
    private static readonly AllowedRange Spacing = new(1, 1.5m, 1.15m);
    private static readonly AllowedRange ParagraphSpacing = new(6, 24, 6);
    private static readonly AllowedRange Indent = new(1, 1.27m, 1.27m);
    private static readonly AllowedRange TopBottom = new(20, 25, 20);
    private static readonly AllowedRange Left = new(30, 35, 30);
    private static readonly AllowedRange Right = new(15, 20, 15);

    /// <summary>HD 36: body 14-15 pt (14 picked); titles and signature at 14, "BÁO CÁO" 15-16 (16 picked).</summary>
    public static OfficialLayout Party { get; } = new(
        Regime.Party, new AllowedRange(14, 15, 14), Spacing, ParagraphSpacing, Indent, TopBottom, TopBottom, Left, Right,
        new OfficialTypes(
            NationalTitle: new(15, Bold: true),
            Motto: new(13, Bold: true),
            ParentBody: new(14),
            Issuer: new(14, Bold: true),
            NumberAndSymbol: new(14),
            PlaceAndDate: new(14, Italic: true),
            DocumentType: new(16, Bold: true),
            Subject: new(14, Bold: true),
            RecipientsLabel: new(14, Underline: true),
            RecipientsItem: new(12),
            SignatureTitle: new(14, Bold: true),
            SignatureName: new(14, Bold: true)));

    /// <summary>NĐ 30: body 13-14 pt (13 picked); letterhead at 12-13 (12 picked), motto 13-14 (13 picked).</summary>
    public static OfficialLayout State { get; } = new(
        Regime.State, new AllowedRange(13, 14, 13), Spacing, ParagraphSpacing, Indent, TopBottom, TopBottom, Left, Right,
        new OfficialTypes(
            NationalTitle: new(12, Bold: true),
            Motto: new(13, Bold: true),
            ParentBody: new(12),
            Issuer: new(12, Bold: true),
            NumberAndSymbol: new(13),
            PlaceAndDate: new(13, Italic: true),
            DocumentType: new(14, Bold: true),
            Subject: new(14, Bold: true),
            RecipientsLabel: new(12, Bold: true, Italic: true),
            RecipientsItem: new(11),
            SignatureTitle: new(13, Bold: true),
            SignatureName: new(13, Bold: true)));

    public static OfficialLayout For(Regime regime) => regime == Regime.Party ? Party : State;

    /// <summary>
    /// What the schema allows before it knows the regime: each range the union of both regimes' (the check of
    /// the body font size per regime follows in validation).
    /// </summary>
    public static OfficialLayout AnyRegime { get; } = Party with
    {
        BodyFontSize = Party.BodyFontSize.Union(State.BodyFontSize),
        LineSpacing = Party.LineSpacing.Union(State.LineSpacing),
        ParagraphSpacingPt = Party.ParagraphSpacingPt.Union(State.ParagraphSpacingPt),
        FirstLineIndentCm = Party.FirstLineIndentCm.Union(State.FirstLineIndentCm),
        MarginTopMm = Party.MarginTopMm.Union(State.MarginTopMm),
        MarginBottomMm = Party.MarginBottomMm.Union(State.MarginBottomMm),
        MarginLeftMm = Party.MarginLeftMm.Union(State.MarginLeftMm),
        MarginRightMm = Party.MarginRightMm.Union(State.MarginRightMm),
    };
}

/// <summary>The rules' size and weight of each fixed element of an official document.</summary>
public sealed record OfficialTypes(
    TypeSpec NationalTitle,
    TypeSpec Motto,
    TypeSpec ParentBody,
    TypeSpec Issuer,
    TypeSpec NumberAndSymbol,
    TypeSpec PlaceAndDate,
    TypeSpec DocumentType,
    TypeSpec Subject,
    TypeSpec RecipientsLabel,
    TypeSpec RecipientsItem,
    TypeSpec SignatureTitle,
    TypeSpec SignatureName);
