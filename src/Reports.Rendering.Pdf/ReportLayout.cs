using Reports.Typography;
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
/// Turns a document tree into layout elements with the presentation's sizes, margins, spacing and indents
/// and the frame layout's columns, marks and rules (the same numbers the DOCX and HTML read). Measures
/// nothing about the page's frame; paragraphs measure their own lines.
/// </summary>
internal sealed class ReportLayout : IBlockVisitor<Element>
{
    private const double Mm = PageSetup.PointsPerMillimetre;

    private readonly ReportDocument _document;
    private readonly Presentation _p;
    private readonly PresentationStyles _s;
    private readonly FrameLayout _frame;
    private readonly FontFamilyFaces _fonts;

    public ReportLayout(ReportDocument document, FontFamilyFaces fonts)
    {
        _document = document;
        _p = document.Presentation;
        _s = _p.Styles;
        _frame = document.Frame;
        _fonts = fonts;
        Page = PageSetup.FromMillimetres(_p.PageWidthMm, _p.PageHeightMm, _p.MarginTopMm, _p.MarginBottomMm, _p.MarginLeftMm, _p.MarginRightMm);
        _pageNumber = Style(_s.Body with { Bold = false, Italic = false, Underline = false });
        Header = HeaderFor(Page);
    }

    private readonly RunStyle _pageNumber;

    public PageSetup Page { get; }

    public PageHeader Header { get; }

    /// <summary>Page numbers from page 2, centred in the top margin of the page they are on.</summary>
    public PageHeader HeaderFor(PageSetup page) => new(
        number => number < 2 ? null : new Paragraph(number.ToString(CultureInfo.InvariantCulture), _pageNumber, new ParagraphStyle { Alignment = LayoutTextAlignment.Center }),
        Math.Max(0, (page.MarginTop - _pageNumber.SingleLineHeight) / 2));

    private double Width => Page.ContentWidth;

    private double After => _p.ParagraphSpacingPt;

    private double RuleThickness => _frame.RuleThicknessPt;

    private RunStyle Style(DocumentTextStyle style) => _fonts.Style(style.SizePt, style.Bold, style.Italic, style.Underline);

    /// <summary>
    /// The document as runs of pages, each with its page setup: the report on the presentation's page, then
    /// every section (a landscape appendix) on its own; blocks after a section in the body start a new run
    /// on the report's page.
    /// </summary>
    public IReadOnlyList<(PageSetup Page, Element Content)> Flows()
    {
        var flows = new List<(PageSetup, Element)>();
        var blocks = new List<Element>();
        void Flush()
        {
            if (blocks.Count > 0 || flows.Count == 0) flows.Add((Page, new Column(blocks.ToList())));
            blocks.Clear();
        }
        void Add(Element element)
        {
            if (element is not SectionFlow section) { blocks.Add(element); return; }
            Flush();
            flows.Add((section.Page, section.Content));
        }

        foreach (var element in FrontMatter()) blocks.Add(element);
        foreach (var block in _document.Body) Add(block.Accept(this));
        if (_document.Closing is { } closing)
        {
            if (_frame.Closing.KeepWithLastParagraph && blocks.Count > 0 && blocks[^1] is not PageBreak) blocks[^1].KeepingWithNext();
            blocks.Add(Closing(closing));
        }
        Flush();
        foreach (var appendix in _document.Appendices) Add(appendix.Accept(this));
        if (blocks.Count > 0) Flush();
        return flows;
    }

    private List<Element> FrontMatter()
    {
        var blocks = new List<Element>();
        if (_document.IsDraft)
        {
            // A second line ("Dự thảo lần 2") is centred under "DỰ THẢO" in the box.
            var mark = new Paragraph(_frame.DraftMark.Text, Style(_s.DraftMark), new ParagraphStyle { Alignment = LayoutTextAlignment.Center });
            blocks.Add(new Box(mark, LayoutTextAlignment.Right, paddingX: 6, paddingY: 1, borderWidth: RuleThickness, spaceAfter: 6));
        }
        if (_document.Letterhead is { } letterhead) blocks.Add(Letterhead(letterhead));
        if (_document.Title is { } title) blocks.Add(TitleBlock(title));
        if (_document.ArticleHeader is { } article) blocks.Add(ArticleHeader(article));
        return blocks;
    }

    // ---- Letterhead ------------------------------------------------------------------------------------

    private Element Letterhead(Letterhead letterhead)
    {
        var layout = _frame.Letterhead;
        var center = new ParagraphStyle { Alignment = LayoutTextAlignment.Center, LineSpacing = LineSpacing.Single };
        var parent = string.IsNullOrWhiteSpace(letterhead.ParentBody) ? null : new Paragraph(letterhead.ParentBody, Style(_s.ParentBody), center);
        var issuer = new Paragraph(letterhead.Issuer, Style(_s.Issuer), center);
        var title = new Paragraph(letterhead.NationalTitle, Style(_s.NationalTitle), center);
        var motto = string.IsNullOrWhiteSpace(letterhead.Motto) ? null : new Paragraph(letterhead.Motto, Style(_s.Motto), center);
        // A long place name may wrap the date line: only before "năm", never inside "Số 45-BC/HU".
        var number = new Paragraph(Runs(LineGlue.Mark(letterhead.NumberAndSymbol), _s.NumberAndSymbol), center, Style(_s.NumberAndSymbol));
        var placeAndDate = new Paragraph(Runs(LineGlue.Mark(letterhead.PlaceAndDate), _s.PlaceAndDate),
            center with { Alignment = Align(layout.PlaceAndDateAlignment) }, Style(_s.PlaceAndDate));

        var leftWidth = Width * Math.Clamp(layout.LeftColumnFraction, 0, 1);
        var rightWidth = Width - leftWidth;

        var left = new List<Element>();
        if (parent is not null) left.Add(parent);
        left.Add(issuer);
        if (layout.IssuerMarkText is { } mark)
            left.Add(new Paragraph(mark, Style(_s.Issuer with { Bold = false, Italic = false, Underline = false }), center));
        if (layout.IssuerRuleWidthPt > 0)
            left.Add(new Rule(Math.Min(leftWidth, layout.IssuerRuleWidthPt), LayoutTextAlignment.Center, RuleThickness, spaceBefore: layout.IssuerRuleGapPt));

        // The solid line goes under the last line of the title: the motto when there is one.
        var right = new List<Element> { title };
        if (motto is not null) right.Add(motto);
        if (layout.TitleRuleWidthPt > 0)
            right.Add(new Rule(Math.Min(rightWidth, layout.TitleRuleWidthPt), LayoutTextAlignment.Center, RuleThickness, spaceBefore: layout.TitleRuleGapPt));

        Row TwoColumns(Element l, Element r, RowAlignment alignment) =>
            new([new RowCell(l, ColumnWidth.Fixed(leftWidth)), new RowCell(r, ColumnWidth.Fixed(rightWidth))], 0, alignment: alignment);

        // The number and the place and date stand on one line, whatever their sizes.
        return new KeepTogether(new Column(
            TwoColumns(new Column(left), new Column(right), RowAlignment.Top),
            new Spacer(layout.SecondRowSpaceBeforePt),
            TwoColumns(number, placeAndDate, RowAlignment.FirstBaseline)));
    }

    private static LayoutTextAlignment Align(HorizontalAlignment alignment) => alignment switch
    {
        HorizontalAlignment.Left => LayoutTextAlignment.Left,
        HorizontalAlignment.Right => LayoutTextAlignment.Right,
        _ => LayoutTextAlignment.Center,
    };

    // ---- Title block -----------------------------------------------------------------------------------

    private Element TitleBlock(TitleBlock title)
    {
        var layout = _frame.Title;
        var center = new ParagraphStyle { Alignment = LayoutTextAlignment.Center, LineSpacing = LineSpacing.Single };
        var blocks = new List<Element> { new Spacer(layout.SpaceBeforePt) };
        var type = new Paragraph(title.DocumentType, Style(_s.DocumentType), center);
        blocks.Add(type);
        if (!string.IsNullOrWhiteSpace(title.Subject))
            blocks.Add(new Paragraph(Runs(LineGlue.MarkLines(title.Subject), _s.Subject), center with { SpaceBefore = 2 }, Style(_s.Subject)));
        if (layout.SubjectDashes is { } dashes)
            blocks.Add(new Paragraph(dashes, Style(_s.Subject with { Bold = false, Italic = false, Underline = false }), center));
        if (layout.SubjectRuleWidthPt > 0)
            blocks.Add(new Rule(Math.Min(Width, layout.SubjectRuleWidthPt), LayoutTextAlignment.Center, RuleThickness, spaceBefore: layout.SubjectRuleGapPt));
        blocks.Add(new Spacer(layout.SpaceAfterPt));
        var block = new KeepTogether(new Column(blocks));
        return layout.KeepWithBody ? block.KeepingWithNext() : block;
    }

    private Element ArticleHeader(ArticleHeader header)
    {
        var left = new ParagraphStyle { LineSpacing = LineSpacing.Single };
        var blocks = new List<Element>();
        var meta = Style(_s.ArticleMeta);
        if (!string.IsNullOrWhiteSpace(header.Category)) blocks.Add(new Paragraph(header.Category, meta, left with { SpaceAfter = 4 }));
        var titleStyle = Style(_s.ArticleTitle);
        // Line height 1.25 of the font size, as the HTML sets it.
        blocks.Add(new Paragraph(Runs(LineGlue.MarkLines(header.Title), _s.ArticleTitle), left with { SpaceAfter = 6, LineSpacing = LineSpacing.Exactly(1.25 * _s.ArticleTitle.SizePt) }, titleStyle));
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

    public Element Visit(BulletList list) => new Column(list.Items.Select(item => (Element)new Paragraph(
        (string.IsNullOrEmpty(list.Marker) ? [] : new[] { new Run(list.Marker + " ", Style(_s.Body)) }).Concat(Runs(item, _s.Body)),
        BodyParagraph, Style(_s.Body))));

    public Element Visit(Document.PageBreak pageBreak) => new PageBreak();

    /// <summary>The section's blocks on its own page setup; <see cref="Flows"/> starts a run of pages for it.</summary>
    public Element Visit(Section section)
    {
        var page = section.Page;
        var setup = PageSetup.FromMillimetres(page.WidthMm, page.HeightMm, page.MarginTopMm, page.MarginBottomMm, page.MarginLeftMm, page.MarginRightMm);
        return new SectionFlow(setup, new Column(section.Blocks.Select(b => b.Accept(this)).ToList()));
    }

    /// <summary>Headings are set like body paragraphs (justified, indented) and kept with what follows.</summary>
    public Element Visit(Heading heading)
    {
        var style = heading.Level switch { 1 => _s.Heading1, 2 => _s.Heading2, _ => _s.Heading3 };
        return new Paragraph(Runs(heading.Content, style), BodyParagraph with { KeepWithNext = true }, Style(style));
    }

    public Element Visit(Document.Paragraph paragraph)
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

    public Element Visit(Document.Table table)
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
        }).ToArray()) { KeepWithNext = row.KeepWithNext };

        var layout = table.Layout;
        var captionText = _s.Body with { Bold = true };
        var caption = table.Caption.Count == 0 ? null
            : new Paragraph(Runs(table.Caption, captionText), cell with { Alignment = LayoutTextAlignment.Center }, Style(captionText));
        return new LayoutTable(widths,
            table.HeaderRows.Select(r => Row(r, header: true)).ToArray(),
            table.Rows.Select(r => Row(r, header: false)).ToArray(),
            new TableStyle
            {
                SpaceAfter = layout.SpaceAfterPt,
                BorderWidth = 0.5,
                CaptionSpaceAfter = layout.CaptionSpaceAfterPt,
                KeepTogether = layout.KeepTogether,
                MinRowsAtBreak = layout.MinRowsAtBreak,
                RepeatHeader = layout.RepeatHeader,
            },
            caption);
    }

    // ---- Closing ---------------------------------------------------------------------------------------

    private Element Closing(Closing closing)
    {
        var single = new ParagraphStyle { LineSpacing = LineSpacing.Single };
        var recipients = new List<Element> { new Paragraph(closing.Recipients.Label, Style(_s.RecipientsLabel), single) };
        var item = Style(_s.RecipientsItem);
        // A hanging indent: the first line starts at the dash, wrapped lines under the text after "- ".
        var hanging = _frame.Closing.RecipientsHangingIndentPt;
        var itemParagraph = single with { LeftIndent = hanging, FirstLineIndent = -hanging };
        foreach (var line in closing.Recipients.Items) recipients.Add(new Paragraph(line, item, itemParagraph));

        var center = single with { Alignment = LayoutTextAlignment.Center };
        var signature = new List<Element>();
        var titleStyle = Style(_s.SignatureTitle);
        foreach (var title in new[] { closing.Signature.OnBehalfOf, closing.Signature.Authority, closing.Signature.Position })
            if (!string.IsNullOrWhiteSpace(title)) signature.Add(new Paragraph(title, titleStyle, center));
        signature.Add(new Spacer(_frame.Closing.SignatureSpacePt));
        signature.Add(new Paragraph(closing.Signature.Name, Style(_s.SignatureName), center));

        var gap = _frame.Closing.RecipientsGapPt;
        var row = new Row(
        [
            new RowCell(new Column(recipients), ColumnWidth.Fixed(Math.Max(1, _frame.Closing.RecipientsWidthPt - gap))),
            new RowCell(new Column(signature), ColumnWidth.Relative(1)),
        ], gap);
        return new KeepTogether(new Column(new Spacer(_frame.Closing.SpaceBeforePt), row));
    }

    // ---- Inlines ---------------------------------------------------------------------------------------

    private List<Run> Runs(IEnumerable<Inline> inlines, DocumentTextStyle style)
    {
        var runs = new List<Run>();
        AddRuns(runs, inlines, style);
        return runs;
    }

    private void AddRuns(List<Run> runs, IEnumerable<Inline> inlines, DocumentTextStyle style, bool noBreak = false)
    {
        var visitor = new RunCollector(this, runs, style, noBreak);
        foreach (var inline in inlines) inline.Accept(visitor);
    }

    /// <summary>Adds the runs of one inline to a list; returns the list.</summary>
    private sealed class RunCollector(ReportLayout layout, List<Run> runs, DocumentTextStyle style, bool noBreak) : IInlineVisitor<List<Run>>
    {
        public List<Run> Visit(Text text)
        {
            if (text.Value.Length > 0) runs.Add(new Run(text.Value, layout.Style(style), noBreak));
            return runs;
        }

        public List<Run> Visit(Strong strong)
        {
            layout.AddRuns(runs, strong.Children, style with { Bold = true }, noBreak);
            return runs;
        }

        public List<Run> Visit(Emphasis emphasis)
        {
            layout.AddRuns(runs, emphasis.Children, style with { Italic = true }, noBreak);
            return runs;
        }

        public List<Run> Visit(NoBreak glued)
        {
            layout.AddRuns(runs, glued.Children, style, noBreak: true);
            return runs;
        }

        public List<Run> Visit(LineBreak lineBreak)
        {
            runs.Add(new Run("\n", layout.Style(style)));
            return runs;
        }
    }
}
