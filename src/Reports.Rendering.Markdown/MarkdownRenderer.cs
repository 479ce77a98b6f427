using System.Text;
using Reports.Document;

namespace Reports.Rendering.Markdown;

/// <summary>
/// Writes a document as CommonMark with pipe tables, readable as plain text: the letterhead as a few lines,
/// the title, the body, then the recipients and the signature. Bold and italic follow the presentation's
/// styles; sizes, alignment and underlines have no Markdown form and are left out. Every text is escaped so
/// that it stays literal. LF line endings, one trailing newline, UTF-8 without a byte-order mark.
/// Stateless, so deterministic and safe to share between threads.
/// </summary>
public sealed class MarkdownRenderer : IDocumentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "md";

    public string Extension => "md";

    public byte[] Render(ReportDocument document) => Utf8.GetBytes(RenderText(document));

    /// <summary>The Markdown text.</summary>
    public string RenderText(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var styles = document.Presentation.Styles;
        var blocks = new List<string>();

        if (document.IsDraft) blocks.Add(Lines(document.Frame.DraftMark.Text.Split('\n').Select(line => Styled(line, styles.DraftMark))));

        if (document.Letterhead is { } lh)
        {
            var left = new List<string>();
            if (!string.IsNullOrWhiteSpace(lh.ParentBody)) left.Add(Styled(lh.ParentBody, styles.ParentBody));
            left.Add(Styled(lh.Issuer.Replace('\n', ' '), styles.Issuer));
            left.Add(Styled(lh.NumberAndSymbol, styles.NumberAndSymbol));
            blocks.Add(Lines(left));

            var right = new List<string> { Styled(lh.NationalTitle, styles.NationalTitle) };
            if (!string.IsNullOrWhiteSpace(lh.Motto)) right.Add(Styled(lh.Motto, styles.Motto));
            right.Add(Styled(lh.PlaceAndDate, styles.PlaceAndDate));
            blocks.Add(Lines(right));
        }

        if (document.Title is { } title)
        {
            var lines = new List<string> { Styled(title.DocumentType, styles.DocumentType) };
            // The layout step's line breaks ("\n"): one styled line each.
            if (!string.IsNullOrWhiteSpace(title.Subject)) lines.AddRange(title.Subject.Split('\n').Select(line => Styled(line, styles.Subject)));
            blocks.Add(Lines(lines));
        }

        // An article's title is the page's first-level heading, so its body headings start one level lower.
        var headingOffset = 0;
        if (document.ArticleHeader is { } article)
        {
            if (!string.IsNullOrWhiteSpace(article.Category)) blocks.Add(Lines([Styled(article.Category, styles.ArticleMeta)]));
            blocks.Add("# " + HeadingText(MarkdownText.EscapeInline(article.Title.Replace('\n', ' '))));
            if (!string.IsNullOrWhiteSpace(article.PublishedLine)) blocks.Add(Lines([Styled(article.PublishedLine, styles.ArticleMeta)]));
            headingOffset = 1;
        }

        var blockWriter = new BlockWriter(headingOffset);
        foreach (var block in document.Body)
            if (block.Accept(blockWriter) is { Length: > 0 } text) blocks.Add(text);

        if (document.Closing is { } closing)
        {
            var recipients = new List<string> { Styled(closing.Recipients.Label, styles.RecipientsLabel) };
            recipients.AddRange(closing.Recipients.Items.Select(item => Styled(item, styles.RecipientsItem)));
            blocks.Add(Lines(recipients));

            var signature = closing.Signature;
            var titles = new[] { signature.OnBehalfOf, signature.Authority, signature.Position }
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => Styled(t!, styles.SignatureTitle))
                .ToList();
            if (titles.Count > 0) blocks.Add(Lines(titles));
            blocks.Add(Lines([Styled(signature.Name, styles.SignatureName)]));
        }

        foreach (var appendix in document.Appendices) blocks.Add(appendix.Accept(blockWriter));

        var markdown = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return markdown.Length == 0 ? "\n" : markdown + "\n";
    }

    /// <summary>The Markdown of one block.</summary>
    private sealed class BlockWriter(int headingOffset) : IBlockVisitor<string>
    {
        public string Visit(Heading heading) =>
            (new string('#', Math.Clamp(heading.Level + headingOffset, 1, 6)) + " " + HeadingText(InlineText(heading.Content))).TrimEnd();

        public string Visit(Paragraph paragraph) => Lines([InlineText(paragraph.Content)]);

        public string Visit(BulletList list) => string.Join("\n", list.Items.Select(ListItem));

        public string Visit(Table table) => RenderTable(table);

        public string Visit(PageBreak pageBreak) => "---";

        /// <summary>A section starts on a page of its own: a thematic break, as for a page break, then its blocks.</summary>
        public string Visit(Section section) =>
            string.Join("\n\n", section.Blocks.Select(b => b.Accept(this)).Where(b => b.Length > 0).Prepend("---"));
    }

    /// <summary>A list item: "- " and its text; further lines indented under the text.</summary>
    private static string ListItem(IReadOnlyList<Inline> item)
    {
        var text = Lines([InlineText(item)]);
        return "- " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
    }

    /// <summary>A heading holds one line: breaks become &lt;br&gt;, and a closing "#" run cannot form.</summary>
    private static string HeadingText(string rendered) =>
        string.Join("<br>", rendered.Split(MarkdownText.Break).Select(l => l.Trim()));

    private static string RenderTable(Table table)
    {
        var columnCount = Math.Max(table.Columns.Count,
            table.HeaderRows.Concat(table.Rows).Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        if (columnCount == 0) return "";

        var lines = new List<string>();
        // A pipe table has exactly one header row; further header rows come first in the body.
        var header = table.HeaderRows.Count > 0 ? table.HeaderRows[0] : new TableRow([]);
        lines.Add(Row(header, columnCount));
        lines.Add("|" + string.Concat(Enumerable.Range(0, columnCount).Select(i =>
            (i < table.Columns.Count ? table.Columns[i].Alignment : ColumnAlignment.Left) switch
            {
                ColumnAlignment.Right => " ---: |",
                ColumnAlignment.Center => " :---: |",
                _ => " --- |",
            })));
        foreach (var row in table.HeaderRows.Skip(1).Concat(table.Rows)) lines.Add(Row(row, columnCount));
        var body = string.Join("\n", lines);
        // The caption as Pandoc writes one, a paragraph ": ..." right before the table (our templates write it so too).
        if (table.Caption.Count == 0) return body;
        var caption = string.Join(" ", InlineText(table.Caption).Split(MarkdownText.Break).Select(l => l.Trim()));
        return ": " + caption + "\n\n" + body;
    }

    private static string Row(TableRow row, int columnCount)
    {
        var sb = new StringBuilder("|");
        for (var i = 0; i < columnCount; i++)
        {
            var cell = i < row.Cells.Count
                ? string.Join("<br>", InlineText(row.Cells[i].Content).Split(MarkdownText.Break).Select(l => l.Trim()))
                : "";
            sb.Append(' ').Append(cell).Append(cell.Length > 0 ? " |" : "|");
        }
        return sb.ToString();
    }

    /// <summary>
    /// Lays out rendered inline texts, each possibly holding breaks, as the lines of one paragraph joined by
    /// hard breaks (a backslash at the end of the line). Each line's start is escaped; blank lines at the
    /// ends are dropped and blank lines inside become bare hard breaks so the paragraph is not split.
    /// </summary>
    private static string Lines(IEnumerable<string> parts)
    {
        var lines = parts.SelectMany(p => p.Split(MarkdownText.Break))
            .Select(l => MarkdownText.EscapeLineStart(l).TrimEnd(' ', '\t'))
            .ToList();
        while (lines.Count > 0 && lines[0].Length == 0) lines.RemoveAt(0);
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return string.Join("\\\n", lines);
    }

    /// <summary>A plain text set in a presentation style: bold and italic become delimiters.</summary>
    private static string Styled(string text, TextStyle style) =>
        MarkdownText.Wrap(MarkdownText.EscapeInline(text), (style.Bold, style.Italic) switch
        {
            (true, true) => "***",
            (true, false) => "**",
            (false, true) => "*",
            _ => "",
        });

    /// <summary>Inline content as escaped Markdown; breaks are <see cref="MarkdownText.Break"/>.</summary>
    private static string InlineText(IEnumerable<Inline> inlines) =>
        string.Concat(inlines.Select(inline => inline.Accept(InlineWriter.Instance)));

    /// <summary>The escaped Markdown of one inline.</summary>
    private sealed class InlineWriter : IInlineVisitor<string>
    {
        public static InlineWriter Instance { get; } = new();

        public string Visit(Text text) => MarkdownText.EscapeInline(text.Value);

        public string Visit(Strong strong) => MarkdownText.Wrap(InlineText(strong.Children), "**");

        public string Visit(Emphasis emphasis) => MarkdownText.Wrap(InlineText(emphasis.Children), "*");

        /// <summary>Plain text: Markdown has no way to say "do not break here", and its readers reflow anyway.</summary>
        public string Visit(NoBreak noBreak) => InlineText(noBreak.Children);

        public string Visit(LineBreak lineBreak) => MarkdownText.Break.ToString();
    }
}
