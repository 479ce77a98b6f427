using System.Text;
using Reports.Document;

namespace Reports.Rendering.Html;

/// <summary>
/// Sections on pages of their own (<see cref="Section"/>): each page format gets a named print page
/// (<c>@page landscape-297x210-...</c>) with its size and margins, and on screen a sheet of that size after
/// the report's own, so the landscape appendix prints landscape and previews as it prints.
/// </summary>
internal static class HtmlSheets
{
    /// <summary>The class and print-page name of a format; the same format always gets the same name.</summary>
    public static string PageName(PageFormat page)
    {
        string N(double value) => HtmlText.Num(value).Replace('.', '_');
        var orientation = page.Orientation == PageOrientation.Landscape ? "landscape" : "portrait";
        return $"{orientation}-{N(page.WidthMm)}x{N(page.HeightMm)}-{N(page.MarginTopMm)}-{N(page.MarginRightMm)}-{N(page.MarginBottomMm)}-{N(page.MarginLeftMm)}";
    }

    /// <summary>The rules for the sections of a document (none without sections).</summary>
    public static string Css(ReportDocument document)
    {
        var sections = document.Body.OfType<Section>().Concat(document.Appendices).ToList();
        if (sections.Count == 0) return "";
        var p = document.Presentation;
        var n = (Func<double, string>)HtmlText.Num;
        var after = n(p.ParagraphSpacingPt) + "pt";
        var css = new StringBuilder();
        void Rule(string selector, string declarations) => css.Append(selector).Append(" { ").Append(declarations).Append(" }\n");

        // A section's paragraphs are set like the body's.
        Rule(".sheet p", $"margin: 0 0 {after}; text-align: justify; text-indent: {n(p.FirstLineIndentCm)}cm;");
        Rule(".sheet p.centered", "text-align: center; text-indent: 0;");
        Rule(".sheet h2, .sheet h3, .sheet h4", $"margin: 0 0 {after}; break-after: avoid; page-break-after: avoid;");
        Rule(".paper + .paper", "margin-top: 8mm;");
        foreach (var page in sections.Select(s => s.Page).Distinct())
        {
            var name = PageName(page);
            var margins = $"{n(page.MarginTopMm)}mm {n(page.MarginRightMm)}mm {n(page.MarginBottomMm)}mm {n(page.MarginLeftMm)}mm";
            var isA4 = Math.Abs(Math.Min(page.WidthMm, page.HeightMm) - 210) < 0.5 && Math.Abs(Math.Max(page.WidthMm, page.HeightMm) - 297) < 0.5;
            var size = isA4
                ? "A4 " + (page.Orientation == PageOrientation.Landscape ? "landscape" : "portrait")
                : $"{n(page.WidthMm)}mm {n(page.HeightMm)}mm";
            Rule("@page " + name, $"size: {size}; margin: {margins};");
            Rule(".sheet." + name, $"page: {name}; break-before: page; page-break-before: always; width: {n(page.WidthMm)}mm; min-height: {n(page.HeightMm)}mm; padding: {margins};");
            css.Append("@media print {\n");
            Rule("  .sheet." + name, "width: auto; min-height: 0; margin: 0; padding: 0;");
            css.Append("}\n");
        }
        return css.ToString();
    }
}
