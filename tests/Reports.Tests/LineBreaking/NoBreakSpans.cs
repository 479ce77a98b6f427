using Reports.Document;

namespace Reports.Tests.LineBreaking;

/// <summary>The no-break pieces a composed document carries, and the same document without them.</summary>
internal static class NoBreakSpans
{
    /// <summary>The plain text of every NoBreak inline of the body, then of the title's lines the renderers mark.</summary>
    public static List<string> Of(ReportDocument document) =>
        document.Body.SelectMany(InlinesOf).SelectMany(Collect).Concat(TitleSpans(document)).ToList();

    /// <summary>
    /// The pieces of the letterhead's number and date, the subject and the article title: plain strings in the
    /// tree, marked by the renderers.
    /// </summary>
    public static IEnumerable<string> TitleSpans(ReportDocument document) =>
        new[] { document.Letterhead?.NumberAndSymbol, document.Letterhead?.PlaceAndDate, document.Title?.Subject, document.ArticleHeader?.Title }
            .OfType<string>()
            .SelectMany(text => Collect(LineGlue.Mark(text)));

    /// <summary>The document as it was before the marking: every NoBreak replaced by its children.</summary>
    public static ReportDocument Unmarked(ReportDocument document) =>
        document with { Body = document.Body.Select(Unmark).ToList() };

    private static IEnumerable<IReadOnlyList<Inline>> InlinesOf(Block block) => block switch
    {
        Heading h => [h.Content],
        Paragraph p => [p.Content],
        BulletList l => l.Items,
        Table t => t.HeaderRows.Concat(t.Rows).SelectMany(r => r.Cells).Select(c => c.Content).Prepend(t.Caption),
        _ => [],
    };

    private static IEnumerable<string> Collect(IReadOnlyList<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        NoBreak n => [n.Children.PlainText()],
        Strong s => Collect(s.Children),
        Emphasis e => Collect(e.Children),
        _ => [],
    });

    private static readonly InlineRewrite Unmarker = new(Unmark);

    private static Block Unmark(Block block) => block.Accept(Unmarker);

    private static IReadOnlyList<Inline> Unmark(IReadOnlyList<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        NoBreak n => Unmark(n.Children),
        Strong s => [new Strong(Unmark(s.Children))],
        Emphasis e => [new Emphasis(Unmark(e.Children))],
        _ => [i],
    }).ToList();
}
