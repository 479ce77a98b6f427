using System.Globalization;
using Reports.Document;
using Reports.Rendering.Pdf.Layout;
using DocumentTextStyle = Reports.Document.TextStyle;
using LayoutTable = Reports.Rendering.Pdf.Layout.Table;
using PageBreak = Reports.Rendering.Pdf.Layout.PageBreak;
using Paragraph = Reports.Rendering.Pdf.Layout.Paragraph;
using LayoutTextAlignment = Reports.Rendering.Pdf.Layout.TextAlignment;

namespace Reports.Rendering.Pdf;

/// <summary>
/// The report's knowledge of the layout: turns a document tree into layout elements with the presentation's
/// sizes, margins, spacing and indents, arranged as the HTML preview arranges them (HD 36 for the Party,
/// NĐ 30 for the state). Measures nothing itself but the widths of the letterhead's columns and rules.
/// </summary>
internal sealed class ReportLayout
{
    /// <summary>The mark shown on drafts, as in the HTML.</summary>
    public const string DraftText = "DỰ THẢO";

    private const double Mm = PageSetup.PointsPerMillimetre;

    /// <summary>Solid lines of the letterhead and title (HTML: 1px).</summary>
    private const double RuleThickness = 0.75;

    private readonly ReportDocument _document;
    private readonly Presentation _p;
    private readonly PresentationStyles _s;
    private readonly FontFamilyFaces _fonts;
    private readonly bool _party;

    public ReportLayout(ReportDocument document, FontFamilyFaces fonts)
    {
        _document = document;
        _p = document.Presentation;
        _s = _p.Styles;
        _fonts = fonts;
        _party = document.Regime == DocumentRegime.Party;
        Page = PageSetup.FromMillimetres(_p.PageWidthMm, _p.PageHeightMm, _p.MarginTopMm, _p.MarginBottomMm, _p.MarginLeftMm, _p.MarginRightMm);
        var number = Style(_s.Body with { Bold = false, Italic = false, Underline = false });
        // Page numbers from page 2, centred in the top margin.
        Header = new PageHeader(
            page => page < 2 ? null : new Paragraph(page.ToString(CultureInfo.InvariantCulture), number, new ParagraphStyle { Alignment = LayoutTextAlignment.Center }),
            Math.Max(0, (Page.MarginTop - number.SingleLineHeight) / 2));
    }

    public PageSetup Page { get; }

    public PageHeader Header { get; }

    private double Width => Page.ContentWidth;

    private double After => _p.ParagraphSpacingPt;

    private RunStyle Style(DocumentTextStyle style) => _fonts.Style(style.SizePt, style.Bold, style.Italic, style.Underline);

    public Element Body()
    {
        var blocks = new List<Element>();
        if (_document.IsDraft)
        {
            var mark = new Paragraph(DraftText, Style(_s.DraftMark), new ParagraphStyle());
            blocks.Add(new Box(mark, LayoutTextAlignment.Right, paddingX: 6, paddingY: 1, borderWidth: RuleThickness, spaceAfter: 6));
        }
        if (_document.Letterhead is { } letterhead) blocks.Add(Letterhead(letterhead));
        if (_document.Title is { } title) blocks.Add(TitleBlock(title));
        if (_document.ArticleHeader is { } article) blocks.Add(ArticleHeader(article));

        foreach (var block in _document.Body)
            if (Block(block) is { } element) blocks.Add(element);

        if (_document.Closing is { } closing)
        {
            // The end of the body goes with the signature, which is never alone on a page.
            if (blocks.Count > 0 && blocks[^1] is not PageBreak) blocks[^1].KeepingWithNext();
            blocks.Add(Closing(closing));
        }
        return new Column(blocks);
    }

    // ---- Letterhead ------------------------------------------------------------------------------------

    private Element Letterhead(Letterhead letterhead)
    {
        var center = new ParagraphStyle { Alignment = LayoutTextAlignment.Center, LineSpacing = LineSpacing.Single };
        var parent = string.IsNullOrWhiteSpace(letterhead.ParentBody) ? null : new Paragraph(letterhead.ParentBody, Style(_s.ParentBody), center);
        var issuer = new Paragraph(letterhead.Issuer, Style(_s.Issuer), center);
        var title = new Paragraph(letterhead.NationalTitle, Style(_s.NationalTitle), center);
        var motto = string.IsNullOrWhiteSpace(letterhead.Motto) ? null : new Paragraph(letterhead.Motto, Style(_s.Motto), center);
        var number = new Paragraph(letterhead.NumberAndSymbol, Style(_s.NumberAndSymbol), center);
        var placeAndDate = new Paragraph(letterhead.PlaceAndDate, Style(_s.PlaceAndDate),
            center with { Alignment = _party ? LayoutTextAlignment.Right : LayoutTextAlignment.Center });

        // Columns as wide as their text needs, the spare width shared in proportion (HTML's automatic table
        // layout); the right column never wraps, a long issuer name wraps in what is left.
        var gap = 6 * Mm;
        var leftNeed = new[] { parent?.IntrinsicWidth ?? 0, issuer.IntrinsicWidth, number.IntrinsicWidth }.Max();
        var rightNeed = new[] { title.IntrinsicWidth, motto?.IntrinsicWidth ?? 0, placeAndDate.IntrinsicWidth }.Max();
        double leftWidth, rightWidth;
        var spare = Width - gap - leftNeed - rightNeed;
        if (spare >= 0)
        {
            leftWidth = leftNeed + spare * leftNeed / (leftNeed + rightNeed);
            rightWidth = Width - gap - leftWidth;
        }
        else
        {
            rightWidth = Math.Min(rightNeed + 0.01, Width * 0.62);
            leftWidth = Width - gap - rightWidth;
        }

        var left = new List<Element>();
        if (parent is not null) left.Add(parent);
        left.Add(issuer);
        if (letterhead.IssuerMark == IssuerMark.Star)
        {
            left.Add(new Paragraph("*", Style(_s.Issuer with { Bold = false, Italic = false, Underline = false }), center));
        }
        else
        {
            // NĐ 30: a short solid line centred under the issuer: 40% of its longest line, as in the HTML.
            left.Add(new Rule(0.4 * issuer.WidestLine(leftWidth), LayoutTextAlignment.Center, RuleThickness, spaceBefore: 3));
        }

        // HD 36: a solid line under "ĐẢNG CỘNG SẢN VIỆT NAM" exactly as long as the text; NĐ 30: under the motto.
        var underlined = motto ?? title;
        var right = new List<Element> { title };
        if (motto is not null) right.Add(motto);
        right.Add(new Rule(underlined.WidestLine(rightWidth), LayoutTextAlignment.Center, RuleThickness, spaceBefore: 1));

        Row TwoColumns(Element l, Element r, RowAlignment alignment) =>
            new([new RowCell(l, ColumnWidth.Fixed(leftWidth)), new RowCell(r, ColumnWidth.Fixed(rightWidth))], gap, alignment: alignment);

        // The number and the place and date stand on one line, whatever their sizes.
        return new KeepTogether(new Column(
            TwoColumns(new Column(left), new Column(right), RowAlignment.Top),
            new Spacer(4),
            TwoColumns(number, placeAndDate, RowAlignment.FirstBaseline)));
    }

    // ---- Title block -----------------------------------------------------------------------------------

    private Element TitleBlock(TitleBlock title)
    {
        var center = new ParagraphStyle { Alignment = LayoutTextAlignment.Center, LineSpacing = LineSpacing.Single };
        var blocks = new List<Element> { new Spacer(18) };
        var type = new Paragraph(title.DocumentType, Style(_s.DocumentType), center);
        blocks.Add(type);
        Paragraph? subject = null;
        if (!string.IsNullOrWhiteSpace(title.Subject))
        {
            subject = new Paragraph(title.Subject, Style(_s.Subject), center with { SpaceBefore = 2 });
            blocks.Add(subject);
        }
        if (_document.Regime == DocumentRegime.State)
        {
            // NĐ 30: a short solid line under the subject, centred: 30% of its longest line, as in the HTML.
            var box = Math.Max(type.WidestLine(Width), subject?.WidestLine(Width) ?? 0);
            blocks.Add(new Rule(0.3 * box, LayoutTextAlignment.Center, RuleThickness, spaceBefore: 4));
        }
        else
        {
            blocks.Add(new Paragraph("-----", Style(_s.Subject with { Bold = false, Italic = false, Underline = false }), center));
        }
        blocks.Add(new Spacer(12));
        return new KeepTogether(new Column(blocks)).KeepingWithNext();
    }

    private Element ArticleHeader(ArticleHeader header)
    {
        var left = new ParagraphStyle { LineSpacing = LineSpacing.Single };
        var blocks = new List<Element>();
        var meta = Style(_s.ArticleMeta);
        if (!string.IsNullOrWhiteSpace(header.Category)) blocks.Add(new Paragraph(header.Category, meta, left with { SpaceAfter = 4 }));
        var titleStyle = Style(_s.ArticleTitle);
        // HTML: line-height 1.25 of the font size.
        blocks.Add(new Paragraph(header.Title, titleStyle, left with { SpaceAfter = 6, LineSpacing = LineSpacing.Exactly(1.25 * _s.ArticleTitle.SizePt) }));
        if (!string.IsNullOrWhiteSpace(header.PublishedLine)) blocks.Add(new Paragraph(header.PublishedLine, meta, left with { SpaceAfter = 4 }));
        blocks.Add(new Spacer(8));
        return new KeepTogether(new Column(blocks)).KeepingWithNext();
    }

    // ---- Body ------------------------------------------------------------------------------------------

    private ParagraphStyle BodyParagraph => new()
    {
        Alignment = LayoutTextAlignment.Justify,
        FirstLineIndent = _p.FirstLineIndentCm * 10 * Mm,
        LineSpacing = LineSpacing.Multiple(_p.LineSpacing),
        SpaceAfter = After,
    };

    private Element? Block(Block block) => block switch
    {
        Heading heading => HeadingElement(heading),
        Document.Paragraph paragraph => BodyParagraphElement(paragraph),
        BulletList list => new Column(list.Items.Select(item => (Element)new Paragraph(
            (string.IsNullOrEmpty(list.Marker) ? [] : new[] { new Run(list.Marker + " ", Style(_s.Body)) }).Concat(Runs(item, _s.Body)),
            BodyParagraph, Style(_s.Body)))),
        Document.Table table => TableElement(table),
        Document.PageBreak => new PageBreak(),
        _ => null,
    };

    /// <summary>Headings are set like body paragraphs (justified, indented, as in the HTML) and kept with what follows.</summary>
    private Element HeadingElement(Heading heading)
    {
        var style = heading.Level switch { 1 => _s.Heading1, 2 => _s.Heading2, _ => _s.Heading3 };
        return new Paragraph(Runs(heading.Content, style), BodyParagraph with { KeepWithNext = true }, Style(style));
    }

    private Element BodyParagraphElement(Document.Paragraph paragraph)
    {
        var body = _s.Body;
        var (style, text) = paragraph.Role switch
        {
            ParagraphRole.Lead => (BodyParagraph, body with { Bold = true }),
            ParagraphRole.Note => (BodyParagraph, body with { SizePt = Math.Max(1, body.SizePt - 2), Italic = true }),
            ParagraphRole.Byline => (BodyParagraph with { Alignment = LayoutTextAlignment.Right, FirstLineIndent = 0 }, body with { Bold = true }),
            ParagraphRole.Centered => (BodyParagraph with { Alignment = LayoutTextAlignment.Center, FirstLineIndent = 0 }, body),
            _ => (BodyParagraph, body),
        };
        return new Paragraph(Runs(paragraph.Content, text), style, Style(text));
    }

    private Element TableElement(Document.Table table)
    {
        var columnCount = Math.Max(table.Columns.Count,
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        if (columnCount == 0) return new Column();
        var widths = Enumerable.Range(0, columnCount)
            .Select(i => i < table.Columns.Count && double.IsFinite(table.Columns[i].RelativeWidth) && table.Columns[i].RelativeWidth > 0
                ? table.Columns[i].RelativeWidth : 1.0)
            .ToArray();
        var text = _s.TableText;
        var cell = new ParagraphStyle { LineSpacing = LineSpacing.Single };

        TableRowContent Row(TableRow row, bool header) => new(Enumerable.Range(0, columnCount).Select(i =>
        {
            var content = i < row.Cells.Count ? row.Cells[i].Content : [];
            var alignment = header ? LayoutTextAlignment.Center
                : (i < table.Columns.Count ? table.Columns[i].Alignment : ColumnAlignment.Left) switch
                {
                    ColumnAlignment.Right => LayoutTextAlignment.Right,
                    ColumnAlignment.Center => LayoutTextAlignment.Center,
                    _ => LayoutTextAlignment.Left,
                };
            var style = header ? text with { Bold = true } : text;
            return (Element)new Paragraph(Runs(content, style), cell with { Alignment = alignment }, Style(style));
        }).ToArray());

        return new LayoutTable(widths,
            table.HeaderRows.Select(r => Row(r, header: true)).ToArray(),
            table.Rows.Select(r => Row(r, header: false)).ToArray(),
            new TableStyle { SpaceAfter = After, BorderWidth = 0.5 });
    }

    // ---- Closing ---------------------------------------------------------------------------------------

    private Element Closing(Closing closing)
    {
        var single = new ParagraphStyle { LineSpacing = LineSpacing.Single };
        var recipients = new List<Element> { new Paragraph(closing.Recipients.Label, Style(_s.RecipientsLabel), single) };
        var item = Style(_s.RecipientsItem);
        foreach (var line in closing.Recipients.Items) recipients.Add(new Paragraph(line, item, single));

        var center = single with { Alignment = LayoutTextAlignment.Center };
        var signature = new List<Element>();
        var titleStyle = Style(_s.SignatureTitle);
        foreach (var title in new[] { closing.Signature.OnBehalfOf, closing.Signature.Authority, closing.Signature.Position })
            if (!string.IsNullOrWhiteSpace(title)) signature.Add(new Paragraph(title, titleStyle, center));
        // Room to sign: four lines of the name's size, as in the HTML.
        signature.Add(new Spacer(4 * Style(_s.SignatureName).SingleLineHeight));
        signature.Add(new Paragraph(closing.Signature.Name, Style(_s.SignatureName), center));

        var gap = 4 * Mm;
        var row = new Row(
        [
            new RowCell(new Column(recipients), ColumnWidth.Fixed(0.45 * Width - gap)),
            new RowCell(new Column(signature), ColumnWidth.Relative(1)),
        ], gap);
        return new KeepTogether(new Column(new Spacer(12), row));
    }

    // ---- Inlines ---------------------------------------------------------------------------------------

    private List<Run> Runs(IEnumerable<Inline> inlines, DocumentTextStyle style)
    {
        var runs = new List<Run>();
        AddRuns(runs, inlines, style);
        return runs;
    }

    private void AddRuns(List<Run> runs, IEnumerable<Inline> inlines, DocumentTextStyle style)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    if (text.Value.Length > 0) runs.Add(new Run(text.Value, Style(style)));
                    break;
                case Strong strong:
                    AddRuns(runs, strong.Children, style with { Bold = true });
                    break;
                case Emphasis emphasis:
                    AddRuns(runs, emphasis.Children, style with { Italic = true });
                    break;
                case LineBreak:
                    runs.Add(new Run("\n", Style(style)));
                    break;
            }
        }
    }
}
