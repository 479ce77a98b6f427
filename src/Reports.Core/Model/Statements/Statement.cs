namespace Reports.Core.Model;

/// <summary>
/// One statement of a domain (an item of <c>noi_dung</c>) split into what is written as it stands and the
/// figures it places by code: "Thu ngân sách được chỉ đạo quyết liệt, [thu_ngan_sach]." is the literal
/// "Thu ngân sách được chỉ đạo quyết liệt, ", a reference to thu_ngan_sach, and the literal ".".
/// Composition writes each reference as the figure's clause, in place.
/// </summary>
/// <param name="Text">The statement as written in the file.</param>
/// <param name="Segments">Literal text and figure references, in order; together they cover <paramref name="Text"/>.</param>
public sealed record Statement(string Text, IReadOnlyList<StatementSegment> Segments)
{
    /// <summary>The codes this statement places, in order (a code may appear more than once).</summary>
    public IEnumerable<string> FigureCodes => Segments.OfType<FigureReference>().Select(r => r.Code);
}

/// <summary>A piece of a <see cref="Statement"/>.</summary>
/// <param name="Offset">Where the piece starts in the statement's text (0-based), to locate it in the file.</param>
public abstract record StatementSegment(int Offset);

/// <summary>Text written as it stands, brackets that do not hold a valid code included ("[1]", "[xem phụ lục]").</summary>
public sealed record LiteralText(string Text, int Offset) : StatementSegment(Offset);

/// <summary>"[thu_ngan_sach]": the clause of the figure with this code goes here. Offset is that of the "[".</summary>
public sealed record FigureReference(string Code, int Offset) : StatementSegment(Offset);
