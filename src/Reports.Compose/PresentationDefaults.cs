using Reports.Core;
using Reports.Core.Model;
using Reports.Document;

namespace Reports.Compose;

/// <summary>
/// The official layout of each regime (DOMAIN.md: HD 36-HD/VPTW for the Party, NĐ 30/2020 Phụ lục I for
/// the state), where a rule gives a range the project's pick, then the data file's overrides.
/// </summary>
public static class PresentationDefaults
{
    public const string FontFamily = "Times New Roman";

    public static Presentation For(Regime regime, LayoutOverrides overrides)
    {
        var party = regime == Regime.Party;
        double body = overrides.BodyFontSize ?? (party ? 14 : 13);
        var styles = new PresentationStyles(
            Body: new TextStyle(body),
            Heading1: new TextStyle(body, Bold: true),
            Heading2: new TextStyle(body, Bold: true),
            Heading3: new TextStyle(body, Bold: true, Italic: true),
            TableText: new TextStyle(body - 1),
            NationalTitle: party ? new TextStyle(15, Bold: true) : new TextStyle(12, Bold: true),
            Motto: new TextStyle(13, Bold: true),
            ParentBody: party ? new TextStyle(14) : new TextStyle(12),
            Issuer: party ? new TextStyle(14, Bold: true) : new TextStyle(12, Bold: true),
            NumberAndSymbol: party ? new TextStyle(14) : new TextStyle(13),
            PlaceAndDate: party ? new TextStyle(14, Italic: true) : new TextStyle(13, Italic: true),
            DocumentType: party ? new TextStyle(16, Bold: true) : new TextStyle(14, Bold: true),
            Subject: party ? new TextStyle(14, Bold: true) : new TextStyle(14, Bold: true),
            RecipientsLabel: party ? new TextStyle(14, Underline: true) : new TextStyle(12, Bold: true, Italic: true),
            RecipientsItem: party ? new TextStyle(12) : new TextStyle(11),
            SignatureTitle: party ? new TextStyle(14, Bold: true) : new TextStyle(13, Bold: true),
            SignatureName: party ? new TextStyle(14, Bold: true) : new TextStyle(13, Bold: true),
            DraftMark: new TextStyle(13, Bold: true),
            ArticleTitle: new TextStyle(20, Bold: true),
            ArticleMeta: new TextStyle(11, Italic: true));
        return new Presentation(
            FontFamily,
            PageWidthMm: 210,
            PageHeightMm: 297,
            MarginTopMm: (double)(overrides.MarginTopMm ?? 20),
            MarginBottomMm: (double)(overrides.MarginBottomMm ?? 20),
            MarginLeftMm: (double)(overrides.MarginLeftMm ?? 30),
            MarginRightMm: (double)(overrides.MarginRightMm ?? 15),
            LineSpacing: (double)(overrides.LineSpacing ?? 1.15m),
            ParagraphSpacingPt: (double)(overrides.ParagraphSpacingPt ?? 6),
            FirstLineIndentCm: (double)(overrides.FirstLineIndentCm ?? 1.27m),
            Styles: styles);
    }
}
