using Reports.Core.Diagnostics;
using Reports.Core.Loading;
using Reports.Core.Model;

namespace Reports.Core.Schema;

/// <summary>
/// Where each figure reference of a statement stands in the file, so an unknown code is reported at its "[".
/// </summary>
/// <remarks>
/// The statement's value and its source text differ by quotes, escapes, line folding and block indentation,
/// so offsets in the value are not offsets in the file. Codes are plain ASCII and cannot contain a quote,
/// an escape or a line break, so the references read from the raw source are the value's references, in the
/// same order, whenever the two lists of codes agree; their positions are then exact for every scalar style
/// (plain, quoted, literal "|" and folded "&gt;"). When they disagree (a reference spelt with an escape such
/// as "\x5B", cut by a "\" line continuation, or a "[code]" in a block header's comment), each reference is
/// located at the scalar's start instead: the message still names the code, and the line is right.
/// </remarks>
internal static class StatementLocator
{
    public static IReadOnlyList<SourceLocation> References(ScalarNode node, Statement statement)
    {
        var inValue = statement.Segments.OfType<FigureReference>().ToList();
        var inSource = StatementParser.Parse(node.Raw).Segments.OfType<FigureReference>().ToList();
        if (!inValue.Select(r => r.Code).SequenceEqual(inSource.Select(r => r.Code)))
            return inValue.Select(_ => node.Location).ToList();
        return inSource.Select(r => At(node, r.Offset)).ToList();
    }

    private static SourceLocation At(ScalarNode node, int offset)
    {
        var line = node.Location.Line;
        var column = node.Location.Column;
        for (var i = 0; i < offset; i++)
        {
            if (node.Raw[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return node.Location with { Line = line, Column = column };
    }
}
