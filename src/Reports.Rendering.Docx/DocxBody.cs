using DocumentFormat.OpenXml;
using Reports.Document;
using D = Reports.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Rendering.Docx;

/// <summary>
/// The body of document.xml: draft mark, letterhead, title block or article header, the blocks, the closing
/// and the section (page size, margins, page-number headers). Every paragraph names its style; the only
/// direct formatting is what the frame layout measured (the indents that make a rule as long as it says, the
/// height that sets the rule's gap) and the bold and italic of inline runs.
/// </summary>
internal sealed class DocxBody : IBlockVisitor<IEnumerable<OpenXmlElement>>
{
    public const string DefaultHeaderId = "rIdHeaderDefault";
    public const string FirstHeaderId = "rIdHeaderFirst";

    private readonly ReportDocument _document;
    private readonly PresentationStyles _styles;
    private readonly FrameLayout _frame;
    private readonly PageGeometry _documentPage;

    // The page of the blocks being written: the document's, or a section's while its blocks are written.
    private PageGeometry _page;
    private readonly W.Body _body = new();
    private int _pictures;

    private DocxBody(ReportDocument document)
    {
        _document = document;
        _styles = document.Presentation.Styles;
        _frame = document.Frame;
        _documentPage = PageGeometry.From(document.Presentation);
        _page = _documentPage;
    }

    public static W.Body Build(ReportDocument document)
    {
        var writer = new DocxBody(document);
        writer.Write();
        return writer._body;
    }

    private void Write()
    {
        if (_document.IsDraft) DraftMark();
        if (_document.Letterhead is { } letterhead) Letterhead(letterhead);
        if (_document.Title is { } title) TitleBlock(title);
        if (_document.ArticleHeader is { } article) ArticleHeader(article);
        foreach (var block in _document.Body)
            foreach (var element in block.Accept(this)) Add(element);
        if (_document.Closing is { } closing) Closing(closing);
        foreach (var appendix in _document.Appendices)
            foreach (var element in appendix.Accept(this)) Add(element);

        // A document that ends with a section ends with that section's properties, rather than with an empty
        // page of the report's format after it: the paragraph that would close the section is dropped.
        var last = DocumentSection();
        if (_body.LastChild is W.Paragraph { ParagraphProperties.SectionProperties: { } closingSection } end && !end.Elements<W.Run>().Any())
        {
            closingSection.Remove();
            end.Remove();
            last = closingSection;
        }

        // Word wants the body to end in a paragraph; after a table that is a one-point spacer, so it never
        // pushes an empty page.
        if (_body.LastChild is W.Table or null) Add(Para(DocxStyleIds.Spacer));
        _body.Append(last);
    }

    // ---- Front matter ----------------------------------------------------------------------------------

    /// <summary>The draft mark in a box at the top right: a paragraph with a box border, as wide as the words.</summary>
    private void DraftMark()
    {
        const int borderSpaceTwips = 4 * 20; // the box's left and right w:space
        var mark = _frame.DraftMark;
        // A little air (4% and 3 pt) so that Word, whose spacing differs by a hair, never wraps the words.
        var textWidth = Twips.FromPt(mark.TextWidthPt * 1.04) + 60;
        var right = borderSpaceTwips + 20;
        var left = Math.Max(0, _page.TextWidth - right - textWidth);
        var paragraph = Para(DocxStyleIds.DraftMark, DocxText.Run(mark.Text));
        paragraph.ParagraphProperties!.Append(new W.Indentation { Left = DocxText.Num(left), Right = DocxText.Num(right) });
        Add(paragraph);
    }

    /// <summary>
    /// A borderless table of two fixed columns: issuer, its mark and the number on the left; national title,
    /// motto and place-and-date on the right. The number and the date share the second row so they stand on
    /// one line. The columns' shares and the rules' lengths come from the frame layout.
    /// </summary>
    private void Letterhead(Letterhead letterhead)
    {
        var layout = _frame.Letterhead;
        var total = _page.TextWidth;
        var left = Math.Clamp(Twips.Round(total * layout.LeftColumnFraction), 0, total);
        var right = total - left;

        var leftCell = new List<OpenXmlElement>();
        if (!string.IsNullOrWhiteSpace(letterhead.ParentBody))
            leftCell.Add(Para(DocxStyleIds.ParentBody, DocxText.Run(letterhead.ParentBody)));
        leftCell.Add(Para(DocxStyleIds.Issuer, DocxText.Run(letterhead.Issuer)));
        if (layout.IssuerMarkText is { } mark) leftCell.Add(Para(DocxStyleIds.IssuerMark, DocxText.Run(mark)));
        if (layout.IssuerRuleWidthPt > 0) leftCell.Add(Rule(DocxStyleIds.LetterheadRule, Twips.FromPt(layout.IssuerRuleWidthPt), left, layout.IssuerRuleGapPt));

        // The solid line goes under the last line of the title: the motto when there is one.
        var rightCell = new List<OpenXmlElement> { Para(DocxStyleIds.NationalTitle, DocxText.Run(letterhead.NationalTitle)) };
        if (!string.IsNullOrWhiteSpace(letterhead.Motto)) rightCell.Add(Para(DocxStyleIds.Motto, DocxText.Run(letterhead.Motto)));
        if (layout.TitleRuleWidthPt > 0) rightCell.Add(Rule(DocxStyleIds.LetterheadRule, Twips.FromPt(layout.TitleRuleWidthPt), right, layout.TitleRuleGapPt));

        var table = LayoutTable([left, right], cellTopMargin: 0);
        table.Append(LayoutRow(cantSplit: true, (left, leftCell), (right, rightCell)));
        table.Append(LayoutRow(cantSplit: true,
            (left, [Para(DocxStyleIds.NumberAndSymbol, DocxText.Runs(LineGlue.Mark(letterhead.NumberAndSymbol)))]),
            (right, [Para(DocxStyleIds.PlaceAndDate, DocxText.Runs(LineGlue.Mark(letterhead.PlaceAndDate)))])));
        Add(table);
    }

    private void TitleBlock(TitleBlock title)
    {
        Add(Para(DocxStyleIds.DocumentType, DocxText.Run(title.DocumentType)));
        if (!string.IsNullOrWhiteSpace(title.Subject)) Add(Para(DocxStyleIds.Subject, DocxText.Runs(LineGlue.MarkLines(title.Subject))));
        var layout = _frame.Title;
        if (layout.SubjectDashes is { } dashes) Add(Para(DocxStyleIds.SubjectDashes, DocxText.Run(dashes)));
        if (layout.SubjectRuleWidthPt > 0) Add(Rule(DocxStyleIds.SubjectRule, Twips.FromPt(layout.SubjectRuleWidthPt), _page.TextWidth, layout.SubjectRuleGapPt));
    }

    private void ArticleHeader(ArticleHeader header)
    {
        if (!string.IsNullOrWhiteSpace(header.Category)) Add(Para(DocxStyleIds.ArticleMeta, DocxText.Run(header.Category)));
        Add(Para(DocxStyleIds.ArticleTitle, DocxText.Runs(LineGlue.MarkLines(header.Title))));
        if (!string.IsNullOrWhiteSpace(header.PublishedLine)) Add(Para(DocxStyleIds.ArticleMeta, DocxText.Run(header.PublishedLine)));
    }

    /// <summary>
    /// An empty paragraph whose bottom border, between centring indents, is the rule; the paragraph is as high
    /// as the gap the frame layout puts between the text above and the rule.
    /// </summary>
    private static W.Paragraph Rule(string styleId, int length, int available, double gapPt)
    {
        length = Math.Clamp(length, 0, available);
        var left = (available - length) / 2;
        var paragraph = Para(styleId);
        paragraph.ParagraphProperties!.Append(new W.SpacingBetweenLines
        {
            Line = DocxText.Num(Math.Max(1, Twips.FromPt(gapPt))), LineRule = W.LineSpacingRuleValues.Exact,
        });
        paragraph.ParagraphProperties!.Append(new W.Indentation
        {
            Left = DocxText.Num(left), Right = DocxText.Num(available - length - left), FirstLine = "0",
        });
        return paragraph;
    }

    // ---- Body blocks -----------------------------------------------------------------------------------

    public IEnumerable<OpenXmlElement> Visit(Heading heading) =>
        [Para(DocxStyleIds.Heading(heading.Level), DocxText.Runs(heading.Content))];

    public IEnumerable<OpenXmlElement> Visit(D.Paragraph paragraph) =>
        [Para(RoleStyle(paragraph.Role), DocxText.Runs(paragraph.Content))];

    public IEnumerable<OpenXmlElement> Visit(BulletList list) => list.Items.Select(item =>
    {
        var runs = new List<W.Run>();
        if (!string.IsNullOrEmpty(list.Marker)) runs.Add(DocxText.Run(list.Marker + " "));
        runs.AddRange(DocxText.Runs(item));
        return (OpenXmlElement)Para(DocxStyleIds.ListItem, runs);
    });

    public IEnumerable<OpenXmlElement> Visit(D.Table table)
    {
        if (table.HeaderRows.Count + table.Rows.Count == 0) return []; // Word refuses a table without rows
        var result = new List<OpenXmlElement>();
        if (table.Caption.Count > 0)
        {
            var caption = Para(DocxStyleIds.TableCaption, DocxText.Runs(table.Caption));
            caption.ParagraphProperties!.Append(new W.SpacingBetweenLines { After = DocxText.Num(Twips.FromPt(table.Layout.CaptionSpaceAfterPt)) });
            result.Add(caption);
        }
        result.Add(DataTable(table));
        // Tables have no spacing of their own: an empty paragraph exactly as high as the table's space after
        // keeps what follows (a heading) off the bottom border.
        var after = Para(DocxStyleIds.AfterTable);
        after.ParagraphProperties!.Append(new W.SpacingBetweenLines
        {
            Line = DocxText.Num(Math.Max(20, Twips.FromPt(table.Layout.SpaceAfterPt))), LineRule = W.LineSpacingRuleValues.Exact,
        });
        result.Add(after);
        return result;
    }

    public IEnumerable<OpenXmlElement> Visit(PageBreak pageBreak) =>
        [new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page }))];

    /// <summary>
    /// A Word section of its own: a one-point paragraph ends the pages before it (carrying their section
    /// properties, as Word marks a section break), then the blocks, set to the section's text width, then a
    /// paragraph carrying the section's own properties: its page size, orientation and margins. Page numbers
    /// run on, in the same header.
    /// </summary>
    public IEnumerable<OpenXmlElement> Visit(D.Section section)
    {
        var enclosing = _page;
        var result = new List<OpenXmlElement> { SectionEnd(ReferenceEquals(enclosing, _documentPage) ? DocumentSection() : PageSection(enclosing, landscape: enclosing.Width > enclosing.Height)) };
        _page = PageGeometry.From(section.Page);
        foreach (var block in section.Blocks)
        {
            var elements = block.Accept(this).ToList();
            // Two tables in a row would merge in Word; Add does the same for the body.
            if (elements.FirstOrDefault() is W.Table && result[^1] is W.Table) result.Add(Para(DocxStyleIds.Spacer));
            result.AddRange(elements);
        }
        result.Add(SectionEnd(PageSection(_page, section.Page.Orientation == PageOrientation.Landscape)));
        _page = enclosing;
        return result;
    }

    private static W.Paragraph SectionEnd(W.SectionProperties properties)
    {
        var paragraph = Para(DocxStyleIds.Spacer);
        paragraph.ParagraphProperties!.Append(properties);
        return paragraph;
    }

    /// <summary>
    /// The picture in a centred paragraph kept with the next, then its caption centred in the note style:
    /// Word never puts a page break between them. Pictures are numbered in reading order, as
    /// <see cref="Pictures"/> numbers their media parts.
    /// </summary>
    public IEnumerable<OpenXmlElement> Visit(Picture picture)
    {
        _pictures++;
        var image = Para(DocxStyleIds.Centered, DocxPicture.Run(picture.Image, _pictures, picture.Caption.PlainText(), _document.Presentation));
        image.ParagraphProperties!.Append(new W.KeepNext(), new W.KeepLines());
        if (picture.Caption.Count == 0) return [image];
        var caption = Para(DocxStyleIds.Note, DocxText.Runs(picture.Caption));
        caption.ParagraphProperties!.Append(new W.Indentation { FirstLine = "0" }, new W.Justification { Val = W.JustificationValues.Center });
        return [image, caption];
    }

    /// <summary>The document's pictures in reading order: the n-th is the media part of <see cref="DocxPicture.RelationshipId"/>(n).</summary>
    public static IEnumerable<ImageData> Pictures(ReportDocument document) => document.Body.OfType<Picture>().Select(p => p.Image);

    private static string? RoleStyle(ParagraphRole role) => role switch
    {
        ParagraphRole.Lead => DocxStyleIds.Lead,
        ParagraphRole.Note => DocxStyleIds.Note,
        ParagraphRole.Byline => DocxStyleIds.Byline,
        ParagraphRole.Centered => DocxStyleIds.Centered,
        _ => null, // Normal
    };

    /// <summary>
    /// A figure table in the "Table Grid" style (single borders), fixed column widths in proportion to the
    /// columns' relative widths over the text width, header rows repeated on every page, rows kept whole on
    /// one page unless taller than a page.
    /// </summary>
    private W.Table DataTable(D.Table table)
    {
        var columnCount = Math.Max(table.Columns.Count,
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        columnCount = Math.Max(1, columnCount);
        var widths = ColumnWidths(table.Columns, columnCount, _page.TextWidth);

        const int sideMargin = 85, verticalMargin = 20;
        var properties = new W.TableProperties(
            new W.TableStyle { Val = DocxStyleIds.TableGrid },
            new W.TableWidth { Width = DocxText.Num(widths.Sum()), Type = W.TableWidthUnitValues.Dxa },
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = DocxText.Num(verticalMargin), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = sideMargin, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = DocxText.Num(verticalMargin), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = sideMargin, Type = W.TableWidthValues.Dxa }));
        var result = new W.Table(properties, Grid(widths));

        foreach (var row in table.HeaderRows)
            result.Append(DataRow(row, widths, header: true, table.Layout.RepeatHeader, keepWithNext: true, _ => DocxStyleIds.TableHeading));
        var keep = KeptWithNext(table, widths, sideMargin, verticalMargin);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Append(DataRow(table.Rows[r], widths, header: false, repeat: false, keep[r] || (r < table.Rows.Count - 1 && table.Rows[r].KeepWithNext), i =>
                (i < table.Columns.Count ? table.Columns[i].Alignment : ColumnAlignment.Left) switch
                {
                    ColumnAlignment.Right => DocxStyleIds.TableTextRight,
                    ColumnAlignment.Center => DocxStyleIds.TableTextCenter,
                    _ => DocxStyleIds.TableText,
                }));
        }
        return result;
    }

    /// <summary>
    /// Which body rows Word keeps with the next (keepNext on their paragraphs), to obey the table's layout: all
    /// but the last when the table is kept together and fits on a page, so Word moves it whole; otherwise the
    /// first and last <see cref="TableLayout.MinRowsAtBreak"/> - 1, so a break leaves that many rows on each side
    /// (but not a row that may split, which keeps its lines on both sides of the break itself).
    /// </summary>
    private bool[] KeptWithNext(D.Table table, int[] widths, int sideMargin, int verticalMargin)
    {
        var n = table.Rows.Count;
        var keep = new bool[n];
        var layout = table.Layout;
        var height = table.HeaderRows.Concat(table.Rows)
            .Sum(row => EstimatedHeight(row, widths, _styles.TableText, sideMargin, verticalMargin));
        if (layout.KeepTogether && height <= _page.TextHeight)
        {
            for (var r = 0; r < n - 1; r++) keep[r] = true;
            return keep;
        }
        var edge = Math.Max(0, layout.MinRowsAtBreak - 1);
        // A row the layout step lets split is not held to the next row: it may break inside itself instead.
        for (var r = 0; r < n - 1; r++) keep[r] = (r < edge || r >= n - 1 - edge) && table.Rows[r].KeepTogether;
        return keep;
    }

    private static W.TableRow DataRow(D.TableRow row, int[] widths, bool header, bool repeat, bool keepWithNext, Func<int, string> styleOf)
    {
        var rowProperties = new W.TableRowProperties();
        // The layout step decided which rows may split (long ones); Word keeps the others whole.
        if (row.KeepTogether) rowProperties.Append(new W.CantSplit());
        if (header && repeat) rowProperties.Append(new W.TableHeader());

        var result = new W.TableRow(rowProperties);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = new W.TableCell(new W.TableCellProperties(
                new W.TableCellWidth { Width = DocxText.Num(widths[i]), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }));
            var content = i < row.Cells.Count ? row.Cells[i].Content : [];
            var paragraph = Para(styleOf(i), DocxText.Runs(content));
            if (keepWithNext) paragraph.ParagraphProperties!.Append(new W.KeepNext());
            cell.Append(paragraph);
            result.Append(cell);
        }
        return result;
    }

    /// <summary>A generous estimate of a row's height in twips, to tell whether a table kept together fits on a page.</summary>
    private static int EstimatedHeight(D.TableRow row, int[] widths, TextStyle style, int sideMargin, int verticalMargin)
    {
        var lineHeight = style.SizePt * 1.2 * 20;
        var tallest = 1;
        for (var i = 0; i < Math.Min(widths.Length, row.Cells.Count); i++)
        {
            var room = Math.Max(200, widths[i] - 2 * sideMargin);
            var lines = 0;
            foreach (var line in DocxText.Lines(row.Cells[i].Content.PlainText()))
                lines += Math.Max(1, (int)Math.Min(10000, Math.Ceiling(GenerousWidthPt(line, style) * 20 / room)));
            tallest = Math.Max(tallest, lines);
        }
        return (int)Math.Ceiling(tallest * lineHeight) + 2 * verticalMargin;
    }

    /// <summary>
    /// Wider than any serif font sets the line (0.6 em a character, Times averages under 0.5): only decides
    /// whether a row may split, so overestimating is safe.
    /// </summary>
    private static double GenerousWidthPt(string line, TextStyle style) => line.Length * style.SizePt * 0.6;

    /// <summary>Column widths in twips, in proportion to the relative widths, summing to the text width.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<TableColumn> columns, int count, int total)
    {
        var relative = new double[count];
        for (var i = 0; i < count; i++)
        {
            var w = i < columns.Count ? columns[i].RelativeWidth : double.NaN;
            relative[i] = double.IsFinite(w) && w > 0 ? w : double.NaN;
        }
        var known = relative.Where(double.IsFinite).ToArray();
        var fallback = known.Length > 0 ? known.Average() : 1;
        for (var i = 0; i < count; i++) if (!double.IsFinite(relative[i])) relative[i] = fallback;

        // Each column ends where the running total rounds to, so no column is more than a twip off its share;
        // rounding each width alone let the last column absorb every other column's error.
        var sum = relative.Sum();
        var widths = new int[count];
        var exactEdge = 0.0;
        var used = 0;
        for (var i = 0; i < count; i++)
        {
            exactEdge += relative[i] / sum * total;
            var edge = i == count - 1 ? total : (int)Math.Round(exactEdge);
            widths[i] = edge - used;
            used = edge;
        }
        return widths;
    }

    // ---- Closing ---------------------------------------------------------------------------------------

    /// <summary>Recipients left, signature right, in one borderless row that cannot split across pages.</summary>
    private void Closing(Closing closing)
    {
        var layout = _frame.Closing;
        var total = _page.TextWidth;
        var left = Math.Clamp(Twips.FromPt(layout.RecipientsWidthPt), 0, total);
        var right = total - left;

        var recipients = new List<OpenXmlElement> { Para(DocxStyleIds.RecipientsLabel, DocxText.Run(closing.Recipients.Label)) };
        foreach (var item in closing.Recipients.Items) recipients.Add(Para(DocxStyleIds.RecipientsItem, DocxText.Run(item)));

        var signature = new List<OpenXmlElement>();
        var s = closing.Signature;
        foreach (var title in new[] { s.OnBehalfOf, s.Authority, s.Position })
            if (!string.IsNullOrWhiteSpace(title)) signature.Add(Para(DocxStyleIds.SignatureTitle, DocxText.Run(title)));
        signature.Add(SignatureSpace(layout.SignatureSpacePt));
        signature.Add(Para(DocxStyleIds.SignatureName, DocxText.Run(s.Name)));

        if (layout.KeepWithLastParagraph && _body.LastChild is W.Paragraph last && last.ParagraphProperties?.ParagraphStyleId?.Val?.Value is not (DocxStyleIds.Spacer or DocxStyleIds.AfterTable)
            && !last.Descendants<W.Break>().Any(b => b.Type?.Value == W.BreakValues.Page))
        {
            var properties = last.ParagraphProperties ?? last.PrependChild(new W.ParagraphProperties());
            properties.KeepNext = new W.KeepNext();
        }

        var table = LayoutTable([left, right], cellTopMargin: Twips.FromPt(layout.SpaceBeforePt));
        var row = LayoutRow(cantSplit: true, (left, recipients), (right, signature));
        // The recipients' text keeps clear of the signature by the tree's gap, as in the PDF and HTML.
        row.GetFirstChild<W.TableCell>()!.TableCellProperties!.Append(new W.TableCellMargin(
            new W.RightMargin { Width = DocxText.Num(Twips.FromPt(layout.RecipientsGapPt)), Type = W.TableWidthUnitValues.Dxa }));
        table.Append(row);
        Add(table);
    }

    /// <summary>The room to sign: one empty paragraph exactly as tall as the frame layout says.</summary>
    private static W.Paragraph SignatureSpace(double heightPt)
    {
        var paragraph = Para(DocxStyleIds.SignatureSpace);
        paragraph.ParagraphProperties!.Append(new W.SpacingBetweenLines
        {
            Line = DocxText.Num(Math.Max(1, Twips.FromPt(heightPt))), LineRule = W.LineSpacingRuleValues.Exact,
        });
        return paragraph;
    }

    // ---- Building blocks -------------------------------------------------------------------------------

    /// <summary>A table that only places text: fixed columns, no borders, no cell padding at the sides.</summary>
    private static W.Table LayoutTable(int[] widths, int cellTopMargin)
    {
        var properties = new W.TableProperties(
            new W.TableWidth { Width = DocxText.Num(widths.Sum()), Type = W.TableWidthUnitValues.Dxa },
            DocxStyles.NoBorders(),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            new W.TableCellMarginDefault(
                new W.TopMargin { Width = DocxText.Num(cellTopMargin), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }));
        return new W.Table(properties, Grid(widths));
    }

    private static W.TableGrid Grid(int[] widths) =>
        new(widths.Select(w => new W.GridColumn { Width = DocxText.Num(w) }));

    private static W.TableRow LayoutRow(bool cantSplit, params (int Width, List<OpenXmlElement> Content)[] cells)
    {
        var row = new W.TableRow();
        if (cantSplit) row.Append(new W.TableRowProperties(new W.CantSplit()));
        foreach (var (width, content) in cells)
        {
            var cell = new W.TableCell(new W.TableCellProperties(
                new W.TableCellWidth { Width = DocxText.Num(width), Type = W.TableWidthUnitValues.Dxa }));
            cell.Append(content.Count > 0 ? content : [new W.Paragraph()]);
            row.Append(cell);
        }
        return row;
    }

    private static W.Paragraph Para(string? styleId, params W.Run[] runs) => Para(styleId, (IEnumerable<W.Run>)runs);

    private static W.Paragraph Para(string? styleId, IEnumerable<W.Run> runs)
    {
        var paragraph = new W.Paragraph();
        if (styleId is not null) paragraph.Append(new W.ParagraphProperties(new W.ParagraphStyleId { Val = styleId }));
        paragraph.Append(runs);
        return paragraph;
    }

    private void Add(OpenXmlElement element)
    {
        // Word merges two tables that touch; a one-point spacer keeps them apart.
        if (element is W.Table && _body.LastChild is W.Table) _body.Append(Para(DocxStyleIds.Spacer));
        _body.Append(element);
    }

    /// <summary>The report's own pages: no number on the first (its own empty first-page header).</summary>
    private W.SectionProperties DocumentSection() => new(
        new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = DefaultHeaderId },
        new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = FirstHeaderId },
        PageSize(_documentPage, landscape: false),
        PageMargin(_documentPage),
        new W.PageNumberType { Format = W.NumberFormatValues.Decimal },
        new W.TitlePage());

    /// <summary>A section's pages: numbered from the first, the numbers running on from the pages before.</summary>
    private static W.SectionProperties PageSection(PageGeometry page, bool landscape) => new(
        new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = DefaultHeaderId },
        PageSize(page, landscape),
        PageMargin(page),
        new W.PageNumberType { Format = W.NumberFormatValues.Decimal });

    private static W.PageSize PageSize(PageGeometry page, bool landscape)
    {
        var size = new W.PageSize { Width = (uint)page.Width, Height = (uint)page.Height };
        if (landscape) size.Orient = W.PageOrientationValues.Landscape;
        return size;
    }

    private static W.PageMargin PageMargin(PageGeometry page) => new()
    {
        Top = page.Top, Right = (uint)page.Right, Bottom = page.Bottom, Left = (uint)page.Left,
        Header = (uint)page.HeaderDistance, Footer = (uint)page.HeaderDistance, Gutter = 0U,
    };
}
