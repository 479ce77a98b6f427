namespace Reports.Core.Model;

/// <summary>
/// Splits a statement into literal text and figure references. Only "[" + a valid <see cref="FigureCode"/> +
/// "]" is a reference; any other bracket stays text, so statements that cite "[1]", "[xem phụ lục]" or
/// "[Thu]" are written as they are. (There is no escape for writing a valid code in brackets literally:
/// no report has needed one.)
/// </summary>
public static class StatementParser
{
    public static Statement Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var segments = new List<StatementSegment>();
        var literalStart = 0;
        var i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            var close = text.IndexOf(']', i + 1);
            if (close < 0) break;
            var candidate = text[(i + 1)..close];
            if (!FigureCode.IsValid(candidate))
            {
                // "[[thu]]": the outer bracket is text, the inner one may still be a reference.
                i++;
                continue;
            }
            if (i > literalStart) segments.Add(new LiteralText(text[literalStart..i], literalStart));
            segments.Add(new FigureReference(candidate, i));
            i = literalStart = close + 1;
        }
        if (literalStart < text.Length) segments.Add(new LiteralText(text[literalStart..], literalStart));
        return new Statement(text, segments);
    }
}
