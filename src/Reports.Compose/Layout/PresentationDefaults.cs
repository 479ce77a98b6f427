using Reports.Core;
using Reports.Core.Layout;
using Reports.Core.Model;
using Reports.Document;

namespace Reports.Compose.Layout;

/// <summary>
/// The sizes, margins and spacing of a document: the regime's picks from <see cref="OfficialLayout"/>,
/// then the data file's overrides (`trinh_bay`). Elements the rules do not size (headings, tables, notes,
/// articles) follow the body text.
/// </summary>
public static class PresentationDefaults
{
    public const string FontFamily = OfficialLayout.FontFamily;

    public static Presentation For(Regime regime, LayoutOverrides overrides)
    {
        var rules = OfficialLayout.For(regime);
        var types = rules.Types;
        double body = overrides.BodyFontSize ?? (double)rules.BodyFontSize.Default;
        var styles = new PresentationStyles(
            Body: new TextStyle(body),
            Heading1: new TextStyle(body, Bold: true),
            Heading2: new TextStyle(body, Bold: true),
            Heading3: new TextStyle(body, Bold: true, Italic: true),
            TableText: new TextStyle(body - 1),
            NationalTitle: Style(types.NationalTitle),
            Motto: Style(types.Motto),
            ParentBody: Style(types.ParentBody),
            Issuer: Style(types.Issuer),
            NumberAndSymbol: Style(types.NumberAndSymbol),
            PlaceAndDate: Style(types.PlaceAndDate),
            DocumentType: Style(types.DocumentType),
            Subject: Style(types.Subject),
            RecipientsLabel: Style(types.RecipientsLabel),
            RecipientsItem: Style(types.RecipientsItem),
            SignatureTitle: Style(types.SignatureTitle),
            SignatureName: Style(types.SignatureName),
            DraftMark: new TextStyle(13, Bold: true),
            ArticleTitle: new TextStyle(20, Bold: true),
            ArticleMeta: new TextStyle(11, Italic: true));
        return new Presentation(
            FontFamily,
            PageWidthMm: OfficialLayout.PageWidthMm,
            PageHeightMm: OfficialLayout.PageHeightMm,
            MarginTopMm: (double)(overrides.MarginTopMm ?? rules.MarginTopMm.Default),
            MarginBottomMm: (double)(overrides.MarginBottomMm ?? rules.MarginBottomMm.Default),
            MarginLeftMm: (double)(overrides.MarginLeftMm ?? rules.MarginLeftMm.Default),
            MarginRightMm: (double)(overrides.MarginRightMm ?? rules.MarginRightMm.Default),
            LineSpacing: (double)(overrides.LineSpacing ?? rules.LineSpacing.Default),
            ParagraphSpacingPt: (double)(overrides.ParagraphSpacingPt ?? rules.ParagraphSpacingPt.Default),
            FirstLineIndentCm: (double)(overrides.FirstLineIndentCm ?? rules.FirstLineIndentCm.Default),
            Styles: styles);
    }

    private static TextStyle Style(TypeSpec spec) => new(spec.SizePt, spec.Bold, spec.Italic, spec.Underline);
}
