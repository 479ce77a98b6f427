using System.Text;
using Reports.Document;

namespace Reports.Rendering.Html;

/// <summary>
/// Writes a document as one self-contained HTML5 page that previews the official layout on screen (a white
/// A4 sheet on grey) and prints with the presentation's page size and margins. No scripts and no external
/// resources: all CSS is in one &lt;style&gt; element. Text is laid out, never reworded or recased.
/// Stateless, so deterministic and safe to share between threads.
/// </summary>
public sealed class HtmlRenderer : IDocumentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "html";

    public string Extension => "html";

    /// <summary>The whole page, UTF-8 without a byte-order mark.</summary>
    public byte[] Render(ReportDocument document) => Utf8.GetBytes(RenderPage(document));

    /// <summary>The whole page as text, lines ending in LF.</summary>
    public string RenderPage(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(16384);
        var language = string.IsNullOrWhiteSpace(document.Metadata.Language) ? "vi" : document.Metadata.Language.Trim();

        html.Append("<!DOCTYPE html>\n");
        html.Append("<html lang=\"").Append(HtmlText.Escape(language, attribute: true)).Append("\">\n");
        html.Append("<head>\n");
        html.Append("<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(HtmlText.Escape(document.Metadata.Title)).Append("</title>\n");
        AppendMeta(html, "author", document.Metadata.Author);
        AppendMeta(html, "description", document.Metadata.Subject);
        html.Append("<style>\n").Append(HtmlCss.Build(document)).Append("</style>\n");
        html.Append("</head>\n");
        html.Append("<body>\n");
        html.Append("<div class=\"paper\">\n");

        if (document.IsDraft)
        {
            html.Append("<div class=\"draft\"><span class=\"draft-mark\">");
            HtmlText.EscapeLines(html, document.Frame.DraftMark.Text);
            html.Append("</span></div>\n");
        }

        if (document.Letterhead is not null || document.Title is not null || document.ArticleHeader is not null)
        {
            html.Append("<header>\n");
            if (document.Letterhead is { } letterhead) AppendLetterhead(html, letterhead, document.Frame.Letterhead);
            if (document.Title is { } title) AppendTitleBlock(html, title, document.Frame.Title);
            if (document.ArticleHeader is { } article) AppendArticleHeader(html, article);
            html.Append("</header>\n");
        }

        html.Append("<main>\n");
        AppendBlocks(html, document.Body, page: true);
        html.Append("</main>\n");

        if (document.Closing is { } closing) AppendClosing(html, closing);

        html.Append("</div>\n");
        // The appendix follows the report's sheet on sheets of its own pages.
        AppendBlocks(html, document.Appendices, page: true);
        html.Append("</body>\n");
        html.Append("</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The document's body alone (its <see cref="ReportDocument.Body"/> blocks) as HTML for pasting into a web
    /// portal's editor: semantic tags only, no &lt;html&gt;, no &lt;style&gt;, no classes or inline styles, so the
    /// portal's own style sheet applies. The title, date and author go into the portal's own fields and are
    /// left out. Lists are &lt;ul&gt; without their literal marker (the portal draws the bullet); page breaks
    /// are dropped.
    /// </summary>
    public string RenderFragment(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder(8192);
        AppendBlocks(html, document.Body, page: false);
        return html.ToString();
    }

    private static void AppendMeta(StringBuilder html, string name, string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return;
        html.Append("<meta name=\"").Append(name).Append("\" content=\"").Append(HtmlText.Escape(content, attribute: true)).Append("\">\n");
    }

    private static void AppendLetterhead(StringBuilder html, Letterhead letterhead, LetterheadLayout layout)
    {
        html.Append("<table class=\"letterhead\" role=\"presentation\">\n");
        html.Append("<tr class=\"lh-first\">\n");

        html.Append("<td class=\"lh-left\">\n");
        if (!string.IsNullOrWhiteSpace(letterhead.ParentBody))
            Line(html, "div", "parent-body", letterhead.ParentBody);
        Line(html, "div", "issuer", letterhead.Issuer);
        if (layout.IssuerMarkText is { } mark) Line(html, "div", "issuer-star", mark);
        if (layout.IssuerRuleWidthPt > 0) html.Append("<div class=\"issuer-rule\"></div>\n");
        html.Append("</td>\n");

        // The solid line goes under the last line of the title: the motto when there is one.
        html.Append("<td class=\"lh-right\">\n");
        Line(html, "div", "national-title", letterhead.NationalTitle);
        if (!string.IsNullOrWhiteSpace(letterhead.Motto)) Line(html, "div", "motto", letterhead.Motto);
        if (layout.TitleRuleWidthPt > 0) html.Append("<div class=\"title-rule\"></div>\n");
        html.Append("</td>\n");
        html.Append("</tr>\n");

        // Number and place-and-date share a row so that they stand on the same line, as in the templates.
        html.Append("<tr class=\"lh-second\">\n");
        html.Append("<td class=\"lh-left\">");
        GluedLine(html, "div", "number", letterhead.NumberAndSymbol, newline: false);
        html.Append("</td>\n");
        html.Append("<td class=\"lh-right\">");
        GluedLine(html, "div", "place-date", letterhead.PlaceAndDate, newline: false);
        html.Append("</td>\n");
        html.Append("</tr>\n");
        html.Append("</table>\n");
    }

    private static void AppendTitleBlock(StringBuilder html, TitleBlock title, TitleLayout layout)
    {
        html.Append("<div class=\"title-block\">\n");
        AppendTitleHeading(html, title);
        if (layout.SubjectDashes is { } dashes) Line(html, "p", "subject-dashes", dashes);
        if (layout.SubjectRuleWidthPt > 0) html.Append("<div class=\"subject-rule\"></div>\n");
        html.Append("</div>\n");
    }

    private static void AppendTitleHeading(StringBuilder html, TitleBlock title)
    {
        html.Append("<h1><span class=\"document-type\">");
        HtmlText.EscapeLines(html, title.DocumentType);
        html.Append("</span>");
        if (!string.IsNullOrWhiteSpace(title.Subject))
        {
            html.Append("<span class=\"subject\">");
            AppendInlines(html, LineGlue.MarkLines(title.Subject), page: true);
            html.Append("</span>");
        }
        html.Append("</h1>");
    }

    private static void AppendArticleHeader(StringBuilder html, ArticleHeader header)
    {
        html.Append("<div class=\"article-header\">\n");
        if (!string.IsNullOrWhiteSpace(header.Category)) Line(html, "p", "article-category", header.Category);
        GluedLine(html, "h1", "article-title", header.Title);
        if (!string.IsNullOrWhiteSpace(header.PublishedLine)) Line(html, "p", "article-meta", header.PublishedLine);
        html.Append("</div>\n");
    }

    private static void AppendClosing(StringBuilder html, Closing closing)
    {
        html.Append("<table class=\"closing\" role=\"presentation\">\n");
        html.Append("<tr>\n");
        html.Append("<td class=\"recipients\">\n");
        Line(html, "div", "recipients-label", closing.Recipients.Label);
        foreach (var item in closing.Recipients.Items) Line(html, "div", "recipient", item);
        html.Append("</td>\n");

        var signature = closing.Signature;
        html.Append("<td class=\"signature\">\n");
        foreach (var title in new[] { signature.OnBehalfOf, signature.Authority, signature.Position })
            if (!string.IsNullOrWhiteSpace(title)) Line(html, "div", "sig-title", title);
        html.Append("<div class=\"sig-space\"></div>\n");
        Line(html, "div", "sig-name", signature.Name);
        html.Append("</td>\n");
        html.Append("</tr>\n");
        html.Append("</table>\n");
    }

    /// <summary>One element holding one escaped text, its line breaks kept.</summary>
    /// <summary>A <see cref="Line"/> whose document numbers, dates and figures do not break (<see cref="LineGlue"/>).</summary>
    private static void GluedLine(StringBuilder html, string tag, string cssClass, string text, bool newline = true)
    {
        html.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append("\">");
        AppendInlines(html, LineGlue.MarkLines(text), page: true);
        html.Append("</").Append(tag).Append('>');
        if (newline) html.Append('\n');
    }

    private static void Line(StringBuilder html, string tag, string cssClass, string text, bool newline = true)
    {
        html.Append('<').Append(tag).Append(" class=\"").Append(cssClass).Append("\">");
        HtmlText.EscapeLines(html, text);
        html.Append("</").Append(tag).Append('>');
        if (newline) html.Append('\n');
    }

    // ---- Body -------------------------------------------------------------------------------------------

    /// <summary>
    /// Body blocks. <paramref name="page"/> adds the classes the page's style sheet needs; without it only
    /// semantic tags are written (the fragment).
    /// </summary>
    private static void AppendBlocks(StringBuilder html, IReadOnlyList<Block> blocks, bool page)
    {
        var writer = new BlockWriter(html, page);
        foreach (var block in blocks) block.Accept(writer);
    }

    /// <summary>Writes one block; returns the builder.</summary>
    private sealed class BlockWriter(StringBuilder html, bool page) : IBlockVisitor<StringBuilder>
    {
        public StringBuilder Visit(Heading heading)
        {
            var tag = "h" + (Math.Clamp(heading.Level, 1, 3) + 1);
            html.Append('<').Append(tag).Append('>');
            AppendInlines(html, heading.Content, page);
            return html.Append("</").Append(tag).Append(">\n");
        }

        public StringBuilder Visit(Paragraph paragraph)
        {
            AppendParagraph(html, paragraph, page);
            return html;
        }

        public StringBuilder Visit(BulletList list)
        {
            AppendList(html, list, page);
            return html;
        }

        public StringBuilder Visit(Table table)
        {
            AppendTable(html, table, page);
            return html;
        }

        public StringBuilder Visit(PageBreak pageBreak) => page ? html.Append("<div class=\"page-break\"></div>\n") : html;

        /// <summary>A sheet of the section's own print page (<see cref="HtmlSheets"/>); the fragment keeps only its blocks.</summary>
        public StringBuilder Visit(Section section)
        {
            if (page) html.Append("<section class=\"paper sheet ").Append(HtmlSheets.PageName(section.Page)).Append("\">\n");
            foreach (var block in section.Blocks) block.Accept(this);
            return page ? html.Append("</section>\n") : html;
        }
    }

    private static void AppendParagraph(StringBuilder html, Paragraph paragraph, bool page)
    {
        if (page)
        {
            var cssClass = paragraph.Role switch
            {
                ParagraphRole.Lead => "lead",
                ParagraphRole.Note => "note",
                ParagraphRole.Byline => "byline",
                ParagraphRole.Centered => "centered",
                _ => null,
            };
            html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">");
            AppendInlines(html, paragraph.Content, page);
            html.Append("</p>\n");
            return;
        }

        // The fragment marks the roles with tags the portal's editor understands.
        var (open, close) = paragraph.Role switch
        {
            ParagraphRole.Lead or ParagraphRole.Byline => ("<strong>", "</strong>"),
            ParagraphRole.Note => ("<small>", "</small>"),
            _ => ("", ""),
        };
        html.Append("<p>").Append(open);
        AppendInlines(html, paragraph.Content, page);
        html.Append(close).Append("</p>\n");
    }

    private static void AppendList(StringBuilder html, BulletList list, bool page)
    {
        html.Append(page ? "<ul class=\"list\">\n" : "<ul>\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            if (page && !string.IsNullOrEmpty(list.Marker))
            {
                html.Append("<span class=\"marker\">");
                HtmlText.Escape(html, list.Marker);
                html.Append("</span> ");
            }
            AppendInlines(html, item, page);
            html.Append("</li>\n");
        }
        html.Append("</ul>\n");
    }

    private static void AppendTable(StringBuilder html, Table table, bool page)
    {
        var columnCount = Math.Max(table.Columns.Count,
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        var layout = table.Layout;
        if (page)
        {
            // The table's own layout values: kept whole on a page ("keep"), space after it.
            html.Append(layout.KeepTogether ? "<table class=\"data keep\"" : "<table class=\"data\"")
                .Append(" style=\"margin-bottom: ").Append(HtmlText.Num(layout.SpaceAfterPt)).Append("pt");
            html.Append("\">\n");
        }
        else
        {
            html.Append("<table>\n");
        }
        if (table.Caption.Count > 0)
        {
            html.Append(page ? $"<caption style=\"padding-bottom: {HtmlText.Num(layout.CaptionSpaceAfterPt)}pt\">" : "<caption>");
            AppendInlines(html, table.Caption, page);
            html.Append("</caption>\n");
        }

        if (page && table.Columns.Count > 0)
        {
            var widths = table.Columns.Select(c => double.IsFinite(c.RelativeWidth) && c.RelativeWidth > 0 ? c.RelativeWidth : 0).ToArray();
            var total = widths.Sum();
            html.Append("<colgroup>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var percent = total > 0 ? widths[i] / total * 100 : 100.0 / table.Columns.Count;
                html.Append("<col style=\"width: ").Append(HtmlText.Num(Math.Round(percent, 2))).Append("%\">");
            }
            html.Append("</colgroup>\n");
        }

        if (table.HeaderRows.Count > 0)
        {
            html.Append("<thead>\n");
            foreach (var row in table.HeaderRows) AppendRow(html, table, row, columnCount, "th", page, keepNext: false);
            html.Append("</thead>\n");
        }
        html.Append("<tbody>\n");
        // The first and last rows that must stay together at a break are kept with the next row.
        var edge = Math.Max(0, layout.MinRowsAtBreak - 1);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var keepNext = page && r < table.Rows.Count - 1 && (r < edge || r >= table.Rows.Count - 1 - edge || table.Rows[r].KeepWithNext);
            AppendRow(html, table, table.Rows[r], columnCount, "td", page, keepNext);
        }
        html.Append("</tbody>\n");
        html.Append("</table>\n");
    }

    private static void AppendRow(StringBuilder html, Table table, TableRow row, int columnCount, string cellTag, bool page, bool keepNext)
    {
        html.Append(keepNext ? "<tr class=\"keep-next\">" : "<tr>");
        for (var i = 0; i < columnCount; i++)
        {
            html.Append('<').Append(cellTag);
            if (page && cellTag == "td")
            {
                var alignment = i < table.Columns.Count ? table.Columns[i].Alignment : ColumnAlignment.Left;
                html.Append(alignment switch
                {
                    ColumnAlignment.Right => " class=\"al-right\"",
                    ColumnAlignment.Center => " class=\"al-center\"",
                    _ => " class=\"al-left\"",
                });
            }
            if (cellTag == "th") html.Append(" scope=\"col\"");
            html.Append('>');
            if (i < row.Cells.Count) AppendInlines(html, row.Cells[i].Content, page);
            html.Append("</").Append(cellTag).Append('>');
        }
        html.Append("</tr>\n");
    }

    /// <param name="page">False for the portal fragment, which carries no classes: its glued text is plain.</param>
    private static void AppendInlines(StringBuilder html, IEnumerable<Inline> inlines, bool page)
    {
        var writer = new InlineWriter(html, page);
        foreach (var inline in inlines) inline.Accept(writer);
    }

    /// <summary>Writes one inline; returns the builder.</summary>
    private sealed class InlineWriter(StringBuilder html, bool page) : IInlineVisitor<StringBuilder>
    {
        public StringBuilder Visit(Text text)
        {
            HtmlText.EscapeLines(html, text.Value);
            return html;
        }

        public StringBuilder Visit(Strong strong)
        {
            html.Append("<strong>");
            AppendInlines(html, strong.Children, page);
            return html.Append("</strong>");
        }

        public StringBuilder Visit(Emphasis emphasis)
        {
            html.Append("<em>");
            AppendInlines(html, emphasis.Children, page);
            return html.Append("</em>");
        }

        /// <summary>
        /// A span the page's CSS keeps on one line; the characters inside stay as they are, so copied text is
        /// unchanged. The portal fragment has no classes (the portal's style sheet rules it): plain text there.
        /// </summary>
        public StringBuilder Visit(NoBreak noBreak)
        {
            if (!page)
            {
                AppendInlines(html, noBreak.Children, page);
                return html;
            }
            html.Append("<span class=\"nowrap\">");
            AppendInlines(html, noBreak.Children, page);
            return html.Append("</span>");
        }

        public StringBuilder Visit(LineBreak lineBreak) => html.Append("<br>");
    }
}
