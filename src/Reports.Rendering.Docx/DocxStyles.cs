using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;

namespace Reports.Rendering.Docx;

/// <summary>The style ids the document's paragraphs and tables use; each is defined in styles.xml.</summary>
public static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Header = "Header";

    public const string ParentBody = "LetterheadParentBody";
    public const string Issuer = "LetterheadIssuer";
    public const string IssuerMark = "LetterheadIssuerMark";
    public const string NumberAndSymbol = "LetterheadNumber";
    public const string NationalTitle = "LetterheadNationalTitle";
    public const string Motto = "LetterheadMotto";
    public const string PlaceAndDate = "LetterheadPlaceDate";
    public const string LetterheadRule = "LetterheadRule";

    public const string DocumentType = "DocumentType";
    public const string Subject = "Subject";
    public const string SubjectDashes = "SubjectDashes";
    public const string SubjectRule = "SubjectRule";

    public const string Lead = "Lead";
    public const string Note = "Note";
    public const string Byline = "Byline";
    public const string Centered = "Centered";
    public const string ListItem = "ListDash";

    public const string TableText = "TableText";
    public const string TableTextCenter = "TableTextCenter";
    public const string TableTextRight = "TableTextRight";
    public const string TableHeading = "TableHeading";
    public const string TableCaption = "TableCaption";

    public const string RecipientsLabel = "RecipientsLabel";
    public const string RecipientsItem = "RecipientsItem";
    public const string SignatureTitle = "SignatureTitle";
    public const string SignatureName = "SignatureName";

    /// <summary>The empty paragraph between the signer's position and name, as tall as the room to sign.</summary>
    public const string SignatureSpace = "SignatureSpace";

    public const string DraftMark = "DraftMark";
    public const string ArticleTitle = "ArticleTitle";
    public const string ArticleMeta = "ArticleMeta";
    public const string Spacer = "Spacer";
    public const string AfterTable = "AfterTable";

    public const string DefaultParagraphFont = "DefaultParagraphFont";
    public const string TableNormal = "TableNormal";
    public const string TableGrid = "TableGrid";

    public static string Heading(int level) => Math.Clamp(level, 1, 3) switch { 1 => Heading1, 2 => Heading2, _ => Heading3 };
}

/// <summary>
/// styles.xml, built from the presentation and nothing else: Normal is the body text (font, size, justified,
/// first-line indent, spacing); the headings are Word's own "heading 1..3" with outline levels, so the
/// navigation pane and a table of contents work; every other element has a named style, so staff change a
/// style once instead of every paragraph. Runs carry no formatting but the bold and italic of the text.
/// </summary>
internal static class DocxStyles
{
    /// <summary>The height of a rule paragraph (3 pt): it holds no text, only its bottom border, clear of the dots under Ệ, Ụ.</summary>
    public const int RuleLineTwips = 60;

    public static Styles Build(ReportDocument document, string language)
    {
        var p = document.Presentation;
        var s = p.Styles;
        var font = FontName(p.FontFamily);
        var frame = document.Frame;
        var bodyLine = Math.Max(120, Twips.Round(240 * (double.IsFinite(p.LineSpacing) ? p.LineSpacing : 1)));
        var after = Math.Max(0, Twips.FromPt(p.ParagraphSpacingPt));
        var firstLine = Math.Max(0, Twips.FromCm(p.FirstLineIndentCm));

        var styles = new Styles();
        styles.Append(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                Fonts(font),
                new FontSize { Val = Size(s.Body) },
                new FontSizeComplexScript { Val = Size(s.Body) },
                Lang(language))),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        // Body text.
        styles.Append(Paragraph(DocxStyleIds.Normal, "Normal", basedOn: null, next: null, priority: 0, isDefault: true,
            new Para { WidowControl = true, After = after, Line = bodyLine, FirstLine = firstLine, Align = JustificationValues.Both },
            s.Body, font, language));
        styles.Append(Character(DocxStyleIds.DefaultParagraphFont, "Default Paragraph Font"));

        var headings = new[] { s.Heading1, s.Heading2, s.Heading3 };
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Paragraph(DocxStyleIds.Heading(level), "heading " + level, DocxStyleIds.Normal, DocxStyleIds.Normal, 9, false,
                new Para { KeepNext = true, KeepLines = true, OutlineLevel = level - 1 }, headings[level - 1]));
        }

        styles.Append(Paragraph(DocxStyleIds.Lead, "Lead", DocxStyleIds.Normal, DocxStyleIds.Normal, 20, false,
            new Para(), s.Body with { Bold = true }));
        styles.Append(Paragraph(DocxStyleIds.Note, "Note", DocxStyleIds.Normal, DocxStyleIds.Normal, 20, false,
            new Para(), s.Body with { SizePt = Math.Max(1, s.Body.SizePt - 2), Italic = true }));
        styles.Append(Paragraph(DocxStyleIds.Byline, "Byline", DocxStyleIds.Normal, DocxStyleIds.Normal, 20, false,
            new Para { FirstLine = 0, Align = JustificationValues.Right }, s.Body with { Bold = true }));
        styles.Append(Paragraph(DocxStyleIds.Centered, "Centered", DocxStyleIds.Normal, DocxStyleIds.Normal, 20, false,
            new Para { FirstLine = 0, Align = JustificationValues.Center }, null));
        styles.Append(Paragraph(DocxStyleIds.ListItem, "List Dash", DocxStyleIds.Normal, DocxStyleIds.ListItem, 20, false,
            new Para(), null));

        // Letterhead: single-spaced, centred lines without indent.
        var compact = new Para { Before = 0, After = 0, Line = 240, FirstLine = 0, Align = JustificationValues.Center };
        styles.Append(Paragraph(DocxStyleIds.ParentBody, "Letterhead Parent Body", DocxStyleIds.Normal, null, 30, false, compact, s.ParentBody));
        styles.Append(Paragraph(DocxStyleIds.Issuer, "Letterhead Issuer", DocxStyleIds.Normal, null, 30, false, compact, s.Issuer));
        styles.Append(Paragraph(DocxStyleIds.IssuerMark, "Letterhead Issuer Mark", DocxStyleIds.Normal, null, 30, false, compact,
            s.Issuer with { Bold = false, Italic = false, Underline = false }));
        styles.Append(Paragraph(DocxStyleIds.NumberAndSymbol, "Letterhead Number", DocxStyleIds.Normal, null, 30, false,
            compact with { Before = Twips.FromPt(frame.Letterhead.SecondRowSpaceBeforePt) }, s.NumberAndSymbol));
        styles.Append(Paragraph(DocxStyleIds.NationalTitle, "Letterhead National Title", DocxStyleIds.Normal, null, 30, false, compact, s.NationalTitle));
        styles.Append(Paragraph(DocxStyleIds.Motto, "Letterhead Motto", DocxStyleIds.Normal, null, 30, false, compact, s.Motto));
        styles.Append(Paragraph(DocxStyleIds.PlaceAndDate, "Letterhead Place and Date", DocxStyleIds.Normal, null, 30, false,
            compact with { Before = Twips.FromPt(frame.Letterhead.SecondRowSpaceBeforePt), Align = Align(frame.Letterhead.PlaceAndDateAlignment) }, s.PlaceAndDate));
        styles.Append(RuleStyle(DocxStyleIds.LetterheadRule, "Letterhead Rule", after: 0, frame.RuleThicknessPt, keepNext: false));

        // Title block.
        styles.Append(Paragraph(DocxStyleIds.DocumentType, "Document Type", DocxStyleIds.Normal, DocxStyleIds.Subject, 30, false,
            compact with { KeepNext = true, Before = Twips.FromPt(frame.Title.SpaceBeforePt) }, s.DocumentType));
        styles.Append(Paragraph(DocxStyleIds.Subject, "Subject", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            compact with { KeepNext = true }, s.Subject));
        styles.Append(Paragraph(DocxStyleIds.SubjectDashes, "Subject Dashes", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            compact with { KeepNext = frame.Title.KeepWithBody, After = Twips.FromPt(frame.Title.SpaceAfterPt) },
            s.Subject with { Bold = false, Italic = false, Underline = false }));
        styles.Append(RuleStyle(DocxStyleIds.SubjectRule, "Subject Rule", after: Twips.FromPt(frame.Title.SpaceAfterPt), frame.RuleThicknessPt,
            keepNext: frame.Title.KeepWithBody));

        // Tables.
        var tableText = new Para { Before = 0, After = 0, Line = 240, FirstLine = 0, Align = JustificationValues.Left };
        styles.Append(Paragraph(DocxStyleIds.TableText, "Table Text", DocxStyleIds.Normal, null, 40, false, tableText, s.TableText));
        styles.Append(Paragraph(DocxStyleIds.TableTextCenter, "Table Text Centered", DocxStyleIds.TableText, null, 40, false,
            new Para { Align = JustificationValues.Center }, null));
        styles.Append(Paragraph(DocxStyleIds.TableTextRight, "Table Text Right", DocxStyleIds.TableText, null, 40, false,
            new Para { Align = JustificationValues.Right }, null));
        styles.Append(Paragraph(DocxStyleIds.TableHeading, "Table Heading", DocxStyleIds.TableText, null, 40, false,
            new Para { KeepNext = true, Align = JustificationValues.Center }, s.TableText with { Bold = true }));

        // A table's caption: centred, bold, always on the page where its table starts.
        styles.Append(Paragraph(DocxStyleIds.TableCaption, "Table Caption", DocxStyleIds.Normal, DocxStyleIds.Normal, 40, false,
            new Para { KeepNext = true, KeepLines = true, Before = after, After = 0, Line = 240, FirstLine = 0, Align = JustificationValues.Center },
            s.Body with { Bold = true }));

        // Closing: recipients left, signature right; all kept with what follows so the block stays whole.
        var closing = new Para { KeepNext = true, KeepLines = true, Before = 0, After = 0, Line = 240, FirstLine = 0 };
        styles.Append(Paragraph(DocxStyleIds.RecipientsLabel, "Recipients Label", DocxStyleIds.Normal, DocxStyleIds.RecipientsItem, 30, false,
            closing with { Align = JustificationValues.Left }, s.RecipientsLabel));
        // Wrapped lines of an item hang under the text after "- ", not under the dash.
        var hanging = Twips.FromPt(frame.Closing.RecipientsHangingIndentPt);
        styles.Append(Paragraph(DocxStyleIds.RecipientsItem, "Recipients Item", DocxStyleIds.Normal, DocxStyleIds.RecipientsItem, 30, false,
            closing with { Align = JustificationValues.Left, FirstLine = null, Hanging = hanging }, s.RecipientsItem));
        styles.Append(Paragraph(DocxStyleIds.SignatureTitle, "Signature Title", DocxStyleIds.Normal, DocxStyleIds.SignatureTitle, 30, false,
            closing with { Align = JustificationValues.Center }, s.SignatureTitle));
        styles.Append(Paragraph(DocxStyleIds.SignatureSpace, "Signature Space", DocxStyleIds.Normal, DocxStyleIds.SignatureName, 30, false,
            closing with { Align = JustificationValues.Center }, s.SignatureTitle));
        styles.Append(Paragraph(DocxStyleIds.SignatureName, "Signature Name", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            closing with { Align = JustificationValues.Center }, s.SignatureName));

        styles.Append(Paragraph(DocxStyleIds.DraftMark, "Draft Mark", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            compact with { After = 120, BoxSize = EighthsOfPoint(frame.RuleThicknessPt) }, s.DraftMark));
        styles.Append(Paragraph(DocxStyleIds.ArticleTitle, "Article Title", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            new Para { KeepNext = true, After = 120, Line = 240, FirstLine = 0, Align = JustificationValues.Left }, s.ArticleTitle));
        styles.Append(Paragraph(DocxStyleIds.ArticleMeta, "Article Meta", DocxStyleIds.Normal, DocxStyleIds.Normal, 30, false,
            new Para { KeepNext = true, After = 80, Line = 240, FirstLine = 0, Align = JustificationValues.Left }, s.ArticleMeta));
        styles.Append(Paragraph(DocxStyleIds.Spacer, "Spacer", DocxStyleIds.Normal, DocxStyleIds.Normal, 99, false,
            new Para { Before = 0, After = 0, Line = 20, Exact = true, FirstLine = 0 }, new TextStyle(1)));
        styles.Append(Paragraph(DocxStyleIds.AfterTable, "After Table", DocxStyleIds.Normal, DocxStyleIds.Normal, 99, false,
            new Para { Before = 0, After = 0, Line = Math.Max(20, after), Exact = true, FirstLine = 0 }, new TextStyle(1)));

        styles.Append(Paragraph(DocxStyleIds.Header, "header", DocxStyleIds.Normal, null, 99, false,
            new Para { Before = 0, After = 0, Line = 240, FirstLine = 0, Align = JustificationValues.Center }, null));

        styles.Append(TableNormal());
        styles.Append(TableGrid());
        return styles;
    }

    /// <summary>The font a run names: the presentation's, or Times New Roman when it names none.</summary>
    public static string FontName(string? family)
    {
        var clean = DocxText.Clean(family ?? "").Trim();
        return clean.Length == 0 ? "Times New Roman" : clean;
    }

    public static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, EastAsia = font, ComplexScript = font };

    /// <summary>The language of every run: Vietnamese for Latin text; East Asian and complex-script text keep Word's usual defaults.</summary>
    public static Languages Lang(string language) => new() { Val = language, EastAsia = "en-US", Bidi = "ar-SA" };

    public static string Size(TextStyle style) => DocxText.Num(Twips.HalfPoints(style.SizePt));

    /// <summary>A paragraph's layout, written in schema order by <see cref="Elements"/>.</summary>
    internal sealed record Para
    {
        public bool KeepNext { get; init; }
        public bool KeepLines { get; init; }
        public bool WidowControl { get; init; }
        /// <summary>A box border of this width in eighths of a point, or none.</summary>
        public uint? BoxSize { get; init; }
        public int? Before { get; init; }
        public int? After { get; init; }
        public int? Line { get; init; }
        public bool Exact { get; init; }
        public int? FirstLine { get; init; }
        /// <summary>A left indent of this many twips with the first line pulled back to the margin; replaces <see cref="FirstLine"/>.</summary>
        public int? Hanging { get; init; }
        public JustificationValues? Align { get; init; }
        public int? OutlineLevel { get; init; }

        public IEnumerable<OpenXmlElement> Elements()
        {
            if (KeepNext) yield return new KeepNext();
            if (KeepLines) yield return new KeepLines();
            if (WidowControl) yield return new WidowControl();
            if (BoxSize is { } box)
            {
                yield return new ParagraphBorders(
                    new TopBorder { Val = BorderValues.Single, Size = box, Space = 1U, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = box, Space = 4U, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = box, Space = 1U, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = box, Space = 4U, Color = "000000" });
            }
            if (Before is not null || After is not null || Line is not null)
            {
                var spacing = new SpacingBetweenLines();
                if (Before is { } before) spacing.Before = DocxText.Num(before);
                if (After is { } after) spacing.After = DocxText.Num(after);
                if (Line is { } line)
                {
                    spacing.Line = DocxText.Num(line);
                    spacing.LineRule = Exact ? LineSpacingRuleValues.Exact : LineSpacingRuleValues.Auto;
                }
                yield return spacing;
            }
            if (Hanging is { } hanging) yield return new Indentation { Left = DocxText.Num(hanging), Hanging = DocxText.Num(hanging) };
            else if (FirstLine is { } firstLine) yield return new Indentation { FirstLine = DocxText.Num(firstLine) };
            if (Align is { } align) yield return new Justification { Val = align };
            if (OutlineLevel is { } level) yield return new OutlineLevel { Val = level };
        }
    }

    private static Style Paragraph(string id, string name, string? basedOn, string? next, int priority, bool isDefault,
        Para para, TextStyle? text, string? font = null, string? language = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (next is not null) style.Append(new NextParagraphStyle { Val = next });
        style.Append(new UIPriority { Val = priority });
        if (priority <= 9) style.Append(new PrimaryStyle());
        var paragraph = para.Elements().ToList();
        if (paragraph.Count > 0) style.Append(new StyleParagraphProperties(paragraph));
        if (text is not null) style.Append(RunProperties(text, font, language));
        return style;
    }

    /// <summary>
    /// The run properties of a text style. Every style is based on Normal, which is neither bold nor italic,
    /// so only what a style turns on is written, as Word itself does.
    /// </summary>
    private static StyleRunProperties RunProperties(TextStyle text, string? font, string? language)
    {
        var properties = new StyleRunProperties();
        if (font is not null) properties.Append(Fonts(font));
        if (text.Bold) properties.Append(new Bold());
        if (text.Italic) properties.Append(new Italic());
        properties.Append(new FontSize { Val = Size(text) });
        properties.Append(new FontSizeComplexScript { Val = Size(text) });
        if (text.Underline) properties.Append(new Underline { Val = UnderlineValues.Single });
        if (language is not null) properties.Append(Lang(language));
        return properties;
    }

    /// <summary>
    /// A paragraph that is only a solid line: no text, one point high, its bottom border drawn between its
    /// indents (which the document sets to the length of the text above).
    /// </summary>
    private static Style RuleStyle(string id, string name, int after, double thicknessPt, bool keepNext)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = DocxStyleIds.Normal });
        style.Append(new NextParagraphStyle { Val = DocxStyleIds.Normal });
        style.Append(new UIPriority { Val = 30 });
        var properties = new StyleParagraphProperties();
        if (keepNext) properties.Append(new KeepNext());
        style.Append(properties);
        properties.Append(
            new KeepLines(),
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = EighthsOfPoint(thicknessPt), Space = 0U, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = DocxText.Num(after), Line = DocxText.Num(RuleLineTwips), LineRule = LineSpacingRuleValues.Exact },
            new Indentation { FirstLine = "0" },
            new Justification { Val = JustificationValues.Center });
        style.Append(new StyleRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }));
        return style;
    }

    /// <summary>Border widths are in eighths of a point; Word draws at least a quarter point.</summary>
    private static uint EighthsOfPoint(double pt) => (uint)Math.Max(2, Math.Round(pt * 8));

    private static JustificationValues Align(HorizontalAlignment alignment) => alignment switch
    {
        HorizontalAlignment.Right => JustificationValues.Right,
        HorizontalAlignment.Left => JustificationValues.Left,
        _ => JustificationValues.Center,
    };

    private static Style Character(string id, string name)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, Default = true };
        style.Append(new StyleName { Val = name });
        style.Append(new UIPriority { Val = 1 });
        style.Append(new SemiHidden());
        style.Append(new UnhideWhenUsed());
        return style;
    }

    private static Style TableNormal()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.TableNormal, Default = true };
        style.Append(new StyleName { Val = "Normal Table" });
        style.Append(new UIPriority { Val = 99 });
        style.Append(new SemiHidden());
        style.Append(new UnhideWhenUsed());
        style.Append(new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })));
        return style;
    }

    private static Style TableGrid()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.TableGrid };
        style.Append(new StyleName { Val = "Table Grid" });
        style.Append(new BasedOn { Val = DocxStyleIds.TableNormal });
        style.Append(new UIPriority { Val = 39 });
        style.Append(new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }));
        style.Append(new StyleTableProperties(new TableBorders(
            Single<TopBorder>(), Single<LeftBorder>(), Single<BottomBorder>(), Single<RightBorder>(),
            Single<InsideHorizontalBorder>(), Single<InsideVerticalBorder>())));
        return style;
    }

    private static T Single<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "000000" };

    /// <summary>No border on any side: the letterhead and closing tables only place text.</summary>
    public static TableBorders NoBorders() => new(
        None<TopBorder>(), None<LeftBorder>(), None<BottomBorder>(), None<RightBorder>(),
        None<InsideHorizontalBorder>(), None<InsideVerticalBorder>());

    private static T None<T>() where T : BorderType, new() => new() { Val = BorderValues.None, Size = 0U, Space = 0U, Color = "auto" };
}
