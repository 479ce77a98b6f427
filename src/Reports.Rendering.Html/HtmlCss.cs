using System.Text;
using Reports.Document;

namespace Reports.Rendering.Html;

/// <summary>The page's style sheet, built from the document's <see cref="Presentation"/> and nothing else.</summary>
internal static class HtmlCss
{
    /// <summary>
    /// CSS line-height 1 is tighter than a word processor's "single" spacing, which for Times New Roman is
    /// about 1.15 of the font size; without this factor Vietnamese stacked diacritics (Ế, Ữ) touch the line
    /// above and the preview looks denser than the DOCX and PDF made from the same presentation.
    /// </summary>
    public const double SingleLineHeight = 1.15;

    /// <summary>Fonts tried after the presentation's own: Times New Roman and its metric-compatible clones.</summary>
    private static readonly string[] FallbackFonts = ["Times New Roman", "Liberation Serif", "Tinos"];

    public static string Build(ReportDocument document)
    {
        var p = document.Presentation;
        var s = p.Styles;
        var n = (Func<double, string>)HtmlText.Num;
        var lineHeight = n(p.LineSpacing * SingleLineHeight);
        var indent = n(p.FirstLineIndentCm) + "cm";
        var after = n(p.ParagraphSpacingPt) + "pt";
        var margins = $"{n(p.MarginTopMm)}mm {n(p.MarginRightMm)}mm {n(p.MarginBottomMm)}mm {n(p.MarginLeftMm)}mm";
        var isA4 = Math.Abs(p.PageWidthMm - 210) < 0.5 && Math.Abs(p.PageHeightMm - 297) < 0.5;
        var pageSize = isA4 ? "A4" : $"{n(p.PageWidthMm)}mm {n(p.PageHeightMm)}mm";
        var frame = document.Frame;
        var rule = $"border-top: {n(frame.RuleThicknessPt)}pt solid #000;";

        var css = new StringBuilder(4096);
        void Rule(string selector, string declarations) => css.Append(selector).Append(" { ").Append(declarations).Append(" }\n");

        css.Append("/* Page numbers are left out on purpose: print CSS cannot number pages reliably across browsers\n")
           .Append("   (counter(page) in @page margin boxes is not supported everywhere). The DOCX and PDF carry them. */\n");
        Rule("@page", $"size: {pageSize}; margin: {margins};");
        Rule("*", "box-sizing: border-box;");
        Rule("html", "background: #d0d0d0;");
        Rule("body", $"margin: 0; padding: 8mm 0; color: #000; font-family: {FontFamilies(p.FontFamily)}; {Font(s.Body)} line-height: {lineHeight};");
        Rule(".paper", $"position: relative; width: {n(p.PageWidthMm)}mm; min-height: {n(p.PageHeightMm)}mm; margin: 0 auto; padding: {margins}; background: #fff; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.35);");
        css.Append("@media print {\n");
        Rule("  html, body", "background: #fff; padding: 0;");
        Rule("  .paper", "width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none;");
        Rule("  .page-break", "border: 0; margin: 0;");
        css.Append("}\n");

        // Draft mark: a box at the top right, above the letterhead.
        Rule(".draft", "margin: 0 0 6pt; text-align: right; line-height: 1.2;");
        Rule(".draft-mark", $"display: inline-block; text-align: center; padding: 1pt 6pt; border: {n(frame.RuleThicknessPt)}pt solid #000; {Font(s.DraftMark)}");

        // Letterhead: two borderless columns, each centred, top-aligned; number and date share the second row.
        Rule("table.letterhead, table.closing", "width: 100%; border-collapse: collapse; border: 0; margin: 0;");
        Rule("table.letterhead td, table.closing td", "padding: 0; border: 0; vertical-align: top;");
        Rule("table.letterhead td", "text-align: center; line-height: 1.2;");
        // Fixed columns, shared as the frame layout says (the same shares as the DOCX and PDF); the national
        // title and motto never wrap, a long issuer name wraps in its column.
        var letterhead = frame.Letterhead;
        Rule("table.letterhead", "table-layout: fixed;");
        Rule("table.letterhead td.lh-left", $"width: {n(Math.Round(letterhead.LeftColumnFraction * 100, 3))}%;");
        Rule(".national-title, .motto", "white-space: nowrap;");
        // A document number, a number and its unit, a date's day and month (marked in the tree as NoBreak).
        Rule(".nowrap", "white-space: nowrap;");
        Rule(".parent-body", Font(s.ParentBody));
        Rule(".issuer", Font(s.Issuer));
        Rule(".issuer-star", $"{Font(s.Issuer with { Bold = false, Italic = false, Underline = false })} line-height: 1;");
        // The rules are as long as the frame layout measured them, centred in their column.
        Rule(".issuer-rule", $"width: {n(Math.Round(letterhead.IssuerRuleWidthPt, 2))}pt; margin: {n(letterhead.IssuerRuleGapPt)}pt auto 0; {rule}");
        Rule(".title-rule", $"width: {n(Math.Round(letterhead.TitleRuleWidthPt, 2))}pt; margin: {n(letterhead.TitleRuleGapPt)}pt auto 0; {rule}");
        Rule("table.letterhead tr.lh-second td", $"padding-top: {n(letterhead.SecondRowSpaceBeforePt)}pt; vertical-align: baseline;");
        Rule(".number", Font(s.NumberAndSymbol));
        Rule(".national-title", Font(s.NationalTitle));
        Rule(".motto", Font(s.Motto));
        Rule(".place-date", $"{Font(s.PlaceAndDate)} text-align: {Align(letterhead.PlaceAndDateAlignment)};");

        // Title block.
        Rule(".title-block", $"margin: {n(frame.Title.SpaceBeforePt)}pt 0 {n(frame.Title.SpaceAfterPt)}pt; text-align: center; line-height: 1.2;");
        Rule(".title-block h1", "margin: 0; font-size: inherit; font-weight: normal;");
        if (frame.Title.KeepWithBody) Rule(".title-block", "break-inside: avoid; break-after: avoid; page-break-after: avoid;");
        Rule(".document-type", $"display: block; {Font(s.DocumentType)}");
        Rule(".subject", $"display: block; margin-top: 2pt; {Font(s.Subject)}");
        Rule(".subject-dashes", $"margin: 0; {Font(s.Subject with { Bold = false, Italic = false, Underline = false })}");
        Rule(".subject-rule", $"width: {n(Math.Round(frame.Title.SubjectRuleWidthPt, 2))}pt; margin: {n(frame.Title.SubjectRuleGapPt)}pt auto 0; {rule}");

        // Article header.
        Rule(".article-header", "margin: 0 0 12pt;");
        Rule(".article-category, .article-meta", $"margin: 0 0 4pt; {Font(s.ArticleMeta)}");
        Rule("h1.article-title", $"margin: 0 0 6pt; line-height: 1.25; {Font(s.ArticleTitle)}");

        // Body: justified, first-line indent, space after; headings indented like paragraphs.
        Rule("main p, main li", $"margin: 0 0 {after}; text-align: justify; text-indent: {indent};");
        Rule("main h2, main h3, main h4", $"margin: 0 0 {after}; text-align: justify; text-indent: {indent}; break-after: avoid; page-break-after: avoid;");
        Rule("main h2", Font(s.Heading1));
        Rule("main h3", Font(s.Heading2));
        Rule("main h4", Font(s.Heading3));
        Rule("main p.lead", "font-weight: bold;");
        Rule("main p.note", $"font-size: {n(Math.Max(1, s.Body.SizePt - 2))}pt; font-style: italic;");
        Rule("main p.byline", "text-align: right; text-indent: 0; font-weight: bold;");
        Rule("main p.centered", "text-align: center; text-indent: 0;");
        Rule("main ul.list", "margin: 0; padding: 0; list-style: none;");
        Rule(".page-break", "break-before: page; page-break-before: always; height: 0; margin: 12pt -6mm; border-top: 1px dashed #999;");

        // Tables: bordered, header rows repeated on each printed page, rows not split.
        Rule("table.data", $"width: 100%; margin: 0 0 {after}; border-collapse: collapse; table-layout: fixed; {Font(s.TableText)} line-height: 1.2;");
        Rule("table.data th, table.data td", "padding: 2pt 4pt; border: 1px solid #000; vertical-align: middle; overflow-wrap: break-word;");
        Rule("table.data th", "font-weight: bold; text-align: center;");
        Rule("table.data thead", "display: table-header-group;");
        Rule("table.data tr", "break-inside: avoid; page-break-inside: avoid;");
        // What the layout step decided for each table, as classes: kept whole on a page, rows kept with the next.
        Rule("table.data.keep", "break-inside: avoid; page-break-inside: avoid;");
        Rule("table.data tr.keep-next", "break-after: avoid; page-break-after: avoid;");
        Rule("table.data caption", $"caption-side: top; {Font(s.Body with { Bold = true })} text-align: center; break-after: avoid; page-break-after: avoid;");
        Rule("table.data td.al-left", "text-align: left;");
        Rule("table.data td.al-center", "text-align: center;");
        Rule("table.data td.al-right", "text-align: right;");

        // Closing: recipients left, signature right, kept on one page.
        // The end of the body goes with the signature when the frame layout says so.
        if (frame.Closing.KeepWithLastParagraph) Rule("main > :last-child", "break-after: avoid; page-break-after: avoid;");
        // The recipients' column is as wide as the tree says, its gap included; a fixed table layout keeps it so.
        Rule("table.closing", $"margin-top: {n(frame.Closing.SpaceBeforePt)}pt; table-layout: fixed; break-inside: avoid; page-break-inside: avoid;");
        Rule("table.closing td.recipients", $"box-sizing: border-box; width: {n(Math.Round(frame.Closing.RecipientsWidthPt, 2))}pt; padding-right: {n(Math.Round(frame.Closing.RecipientsGapPt, 2))}pt; line-height: 1.2;");
        Rule("table.closing td.signature", "text-align: center; line-height: 1.2;");
        Rule(".recipients-label", Font(s.RecipientsLabel));
        // Wrapped lines of an item hang under the text after "- ", not under the dash.
        var hanging = n(Math.Round(frame.Closing.RecipientsHangingIndentPt, 2));
        Rule(".recipient", Font(s.RecipientsItem) + $" padding-left: {hanging}pt; text-indent: -{hanging}pt;");
        Rule(".sig-title", Font(s.SignatureTitle));
        Rule(".sig-space", $"height: {n(Math.Round(frame.Closing.SignatureSpacePt, 2))}pt;");
        Rule(".sig-name", Font(s.SignatureName));
        css.Append(HtmlSheets.Css(document));
        return css.ToString();
    }

    private static string Align(HorizontalAlignment alignment) => alignment switch
    {
        HorizontalAlignment.Left => "left",
        HorizontalAlignment.Right => "right",
        _ => "center",
    };

    /// <summary>The CSS declarations of one text style; every property is set so nothing is inherited by accident.</summary>
    public static string Font(TextStyle style) =>
        $"font-size: {HtmlText.Num(style.SizePt)}pt; font-weight: {(style.Bold ? "bold" : "normal")}; " +
        $"font-style: {(style.Italic ? "italic" : "normal")}; text-decoration: {(style.Underline ? "underline" : "none")};";

    /// <summary>The presentation's font, then Times New Roman and its clones, then the generic serif.</summary>
    public static string FontFamilies(string fontFamily)
    {
        var names = new List<string>();
        foreach (var candidate in new[] { Sanitize(fontFamily) }.Concat(FallbackFonts))
            if (candidate.Length > 0 && !names.Contains(candidate, StringComparer.OrdinalIgnoreCase)) names.Add(candidate);
        return string.Join(", ", names.Select(name => "\"" + name + "\"")) + ", serif";
    }

    /// <summary>Keeps a font name from closing its CSS string or the style element.</summary>
    private static string Sanitize(string name) =>
        new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '\'' or '\\' or '<' or '>' or ';' or '{' or '}')).ToArray()).Trim();
}
