using Reports.Document;

namespace Reports.Compose.Layout;

/// <summary>
/// Marks in a composed body, as <see cref="NoBreak"/> inlines, the text <see cref="LineGlue"/> says a line
/// must not break inside, so that every renderer keeps the same pieces whole. Run once, after the body is
/// otherwise resolved. A span is found inside one text node: templates never split a number from its unit
/// with bold or italic. Table cells keep period phrases breakable (see <see cref="LineGlue"/>).
/// </summary>
public static class NoBreakMarking
{
    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body.Select(Mark).ToList();
    }

    private static readonly InlineRewrite Marker = new(inlines => Mark(inlines));

    private static readonly InlineRewrite CellMarker = new(inlines => Mark(inlines, periods: false));

    private static Block Mark(Block block) => block.Accept(block is Table ? CellMarker : Marker);

    /// <summary>The inlines with their glued spans wrapped; the same list when there is none.</summary>
    public static IReadOnlyList<Inline> Mark(IReadOnlyList<Inline> inlines, bool periods = true)
    {
        var marked = new List<Inline>(inlines.Count);
        var changed = false;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    var pieces = Mark(text, periods);
                    changed |= pieces.Count != 1 || !ReferenceEquals(pieces[0], text);
                    marked.AddRange(pieces);
                    break;
                case Strong strong:
                    var strongChildren = Mark(strong.Children, periods);
                    changed |= !ReferenceEquals(strongChildren, strong.Children);
                    marked.Add(ReferenceEquals(strongChildren, strong.Children) ? strong : new Strong(strongChildren));
                    break;
                case Emphasis emphasis:
                    var emphasisChildren = Mark(emphasis.Children, periods);
                    changed |= !ReferenceEquals(emphasisChildren, emphasis.Children);
                    marked.Add(ReferenceEquals(emphasisChildren, emphasis.Children) ? emphasis : new Emphasis(emphasisChildren));
                    break;
                default:
                    // A line break, or text already marked.
                    marked.Add(inline);
                    break;
            }
        }
        return changed ? marked : inlines;
    }

    /// <summary>The text's pieces; the same node alone when nothing in it is glued.</summary>
    private static IReadOnlyList<Inline> Mark(Text text, bool periods)
    {
        var pieces = LineGlue.Mark(text.Value, periods);
        return pieces is [Text] ? [text] : pieces;
    }
}
