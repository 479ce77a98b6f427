using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Reports.Core.Diagnostics;
using Reports.Document;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableRow = Markdig.Extensions.Tables.TableRow;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using Block = Reports.Document.Block;
using Inline = Reports.Document.Inline;
using Paragraph = Reports.Document.Paragraph;
using DocTable = Reports.Document.Table;

namespace Reports.Compose.Markdown;

/// <summary>
/// Reads the Markdown a template produced into document blocks: CommonMark plus pipe tables. What the
/// tree cannot hold (raw HTML, images, code, quotes, ordered lists) is an error naming its line in the
/// produced text, never silently dropped.
/// </summary>
public static class MarkdownReader
{
    // Column widths follow the dashes of the separator row, so a template sets them: |:---|:------------|.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
        .Build();

    /// <summary>Starts a caption paragraph, written right before its table.</summary>
    public const string CaptionMark = ": ";

    /// <param name="pictures">The photos a paragraph "![](anh:n)" places (the n-th, from 1); a number without one places nothing.</param>
    public static IReadOnlyList<Block> Read(string markdown, string templateFile, List<Diagnostic> diagnostics, IReadOnlyList<Picture>? pictures = null)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var reader = new Reader(templateFile, markdown, diagnostics, pictures ?? []);
        var blocks = new List<Block>();
        for (var i = 0; i < document.Count; i++)
        {
            // A paragraph ": Bảng 1. ..." right before a table is its caption (as Pandoc writes one).
            if (document[i] is ParagraphBlock p && i + 1 < document.Count && document[i + 1] is MdTable table
                && reader.Caption(p) is { } caption)
            {
                blocks.Add(reader.ReadTable(table) with { Caption = caption });
                i++;
                continue;
            }
            reader.ReadBlock(document[i], blocks);
        }
        return blocks;
    }

    private sealed class Reader(string templateFile, string markdown, List<Diagnostic> diagnostics, IReadOnlyList<Picture> pictures)
    {
        public void ReadBlock(Markdig.Syntax.Block block, List<Block> output)
        {
            switch (block)
            {
                case HeadingBlock h:
                    output.Add(new Heading(Math.Min(h.Level, 3), Inlines(h.Inline)));
                    break;
                case ParagraphBlock p when PhotoNumber(p) is { } number:
                    if (number <= pictures.Count) output.Add(pictures[number - 1]);
                    break;
                case ParagraphBlock p:
                    output.Add(new Paragraph(Inlines(p.Inline)));
                    break;
                case ListBlock { IsOrdered: false } list:
                    output.Add(new BulletList("-", list.OfType<ListItemBlock>().Select(ListItem).ToList()));
                    break;
                case MdTable table:
                    output.Add(ReadTable(table));
                    break;
                case ThematicBreakBlock:
                    output.Add(PageBreak.Instance);
                    break;
                case HtmlBlock:
                    Unsupported(block, MessageId.TemplateRawHtml, Snippet(block));
                    break;
                case LinkReferenceDefinitionGroup:
                    break;
                default:
                    Unsupported(block, MessageId.TemplateUnsupported, Describe(block));
                    break;
            }
        }

        /// <summary>The n of a paragraph that is only "![](anh:n)" (spaces aside), as <see cref="Templating.PictureMark"/> writes it.</summary>
        private static int? PhotoNumber(ParagraphBlock paragraph)
        {
            if (paragraph.Inline is not { } inlines) return null;
            var parts = inlines.Where(i => !(i is LiteralInline l && l.Content.IsEmptyOrWhitespace()) && i is not LineBreakInline).ToList();
            return parts is [LinkInline { IsImage: true } image] ? Templating.PictureMark.Number(image.Url) : null;
        }

        private IReadOnlyList<Inline> ListItem(ListItemBlock item)
        {
            var content = new List<Inline>();
            foreach (var child in item)
            {
                if (child is ParagraphBlock p)
                {
                    if (content.Count > 0) content.Add(LineBreak.Instance);
                    content.AddRange(Inlines(p.Inline));
                }
                else
                {
                    Unsupported(child, MessageId.TemplateUnsupported, Describe(child));
                }
            }
            return content;
        }

        /// <summary>The paragraph's inlines without the leading ": ", or null when it is not a caption.</summary>
        public IReadOnlyList<Inline>? Caption(ParagraphBlock paragraph)
        {
            var inlines = Inlines(paragraph.Inline);
            if (inlines.Count == 0 || inlines[0] is not Text { Value: var first } || !first.StartsWith(CaptionMark, StringComparison.Ordinal)) return null;
            var rest = first[CaptionMark.Length..].TrimStart();
            return rest.Length > 0 ? [new Text(rest), .. inlines.Skip(1)] : inlines.Skip(1).ToList();
        }

        public DocTable ReadTable(MdTable table)
        {
            var columns = table.ColumnDefinitions
                .Take(table.OfType<MdTableRow>().Select(r => r.Count).DefaultIfEmpty(0).Max())
                .Select(c => new TableColumn(c.Alignment switch
                {
                    TableColumnAlign.Right => ColumnAlignment.Right,
                    TableColumnAlign.Center => ColumnAlignment.Center,
                    _ => ColumnAlignment.Left,
                }, c.Width > 0 ? c.Width : 1))
                .ToList();
            var header = new List<Reports.Document.TableRow>();
            var rows = new List<Reports.Document.TableRow>();
            foreach (var row in table.OfType<MdTableRow>())
            {
                var cells = row.OfType<MdTableCell>()
                    .Select(cell => new Reports.Document.TableCell(cell.OfType<ParagraphBlock>().SelectMany(p => Inlines(p.Inline)).ToList()))
                    .ToList();
                (row.IsHeader ? header : rows).Add(new Reports.Document.TableRow(cells));
            }
            return new DocTable(columns, header, rows);
        }

        private List<Inline> Inlines(ContainerInline? container)
        {
            var result = new List<Inline>();
            if (container is null) return result;
            foreach (var inline in container) ReadInline(inline, result);
            return Merge(result);
        }

        private void ReadInline(Markdig.Syntax.Inlines.Inline inline, List<Inline> output)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    output.Add(new Text(literal.Content.ToString()));
                    break;
                case LineBreakInline br:
                    output.Add(br.IsHard ? LineBreak.Instance : new Text(" "));
                    break;
                case EmphasisInline emphasis:
                    var children = new List<Inline>();
                    foreach (var child in emphasis) ReadInline(child, children);
                    output.Add(emphasis.DelimiterCount >= 2 ? new Strong(Merge(children)) : new Emphasis(Merge(children)));
                    break;
                case HtmlEntityInline entity:
                    output.Add(new Text(entity.Transcoded.ToString()));
                    break;
                case HtmlInline html:
                    Unsupported(html, MessageId.TemplateRawHtml, html.Tag);
                    break;
                case LinkInline { IsImage: true } image:
                    Unsupported(image, MessageId.TemplateUnsupported, "![...](" + image.Url + ")");
                    break;
                case LinkInline link:
                    // A link's words are kept; printed documents have no use for the address.
                    foreach (var child in link) ReadInline(child, output);
                    break;
                case CodeInline code:
                    Unsupported(code, MessageId.TemplateUnsupported, "`" + code.Content + "`");
                    break;
                case ContainerInline container:
                    foreach (var child in container) ReadInline(child, output);
                    break;
                default:
                    Unsupported(inline, MessageId.TemplateUnsupported, inline.GetType().Name);
                    break;
            }
        }

        /// <summary>Adjacent text runs become one, so renderers and tests see whole words.</summary>
        private static List<Inline> Merge(List<Inline> inlines)
        {
            var merged = new List<Inline>(inlines.Count);
            foreach (var inline in inlines)
            {
                if (inline is Text t && merged.Count > 0 && merged[^1] is Text previous)
                    merged[^1] = new Text(previous.Value + t.Value);
                else
                    merged.Add(inline);
            }
            return merged;
        }

        private void Unsupported(MarkdownObject at, MessageId id, string what) =>
            diagnostics.Add(Diagnostic.Error(id, new SourceLocation(templateFile, at.Line + 1, at.Column + 1), "", what));

        private string Snippet(Markdig.Syntax.Block block)
        {
            var text = markdown.Substring(block.Span.Start, Math.Min(block.Span.Length, 60));
            return text.Split('\n')[0].Trim();
        }

        private static string Describe(MarkdownObject block) => block switch
        {
            ListBlock => "danh sách đánh số (1. 2. 3.)",
            QuoteBlock => "trích dẫn (>)",
            CodeBlock => "khối mã",
            _ => block.GetType().Name,
        };
    }
}
