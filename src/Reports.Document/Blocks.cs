namespace Reports.Document;

/// <summary>
/// A block of the body, in reading order. Renderers dispatch through <see cref="Accept{T}"/>, so a new kind
/// of block does not compile until every renderer handles it.
/// </summary>
public abstract record Block
{
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}

/// <summary>A heading: level 1 "I. ...", level 2 "1. ...", level 3 "a) ...". The number is part of the text.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content) : Block {
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

public sealed record Paragraph(IReadOnlyList<Inline> Content, ParagraphRole Role = ParagraphRole.Body) : Block {
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

public enum ParagraphRole
{
    /// <summary>Justified, first-line indent.</summary>
    Body,

    /// <summary>The opening paragraph of a news article, emphasised.</summary>
    Lead,

    /// <summary>A small note under a table or figure.</summary>
    Note,

    /// <summary>The author line at the end of an article, right-aligned.</summary>
    Byline,

    /// <summary>A centred line, such as "-----" under a subject.</summary>
    Centered,
}

/// <summary>A list whose items start with <see cref="Marker"/> ("-" in official documents).</summary>
public sealed record BulletList(string Marker, IReadOnlyList<IReadOnlyList<Inline>> Items) : Block {
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// A table, with an optional caption set above it ("Bảng 1. ..."; empty for none) and the page rules it
/// obeys (<see cref="TableLayout"/>), resolved by the layout step before any renderer sees it.
/// </summary>
public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> HeaderRows,
    IReadOnlyList<TableRow> Rows) : Block
{
    public IReadOnlyList<Inline> Caption { get; init; } = [];

    public TableLayout Layout { get; init; } = TableLayout.Unresolved;

    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A column: how its cells align and its width relative to the other columns.</summary>
public sealed record TableColumn(ColumnAlignment Alignment, double RelativeWidth);

public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    /// <summary>The row never ends a page: a group's title row ("I. Phát triển kinh tế") stays with its first row.</summary>
    public bool KeepWithNext { get; init; }
}

public sealed record TableCell(IReadOnlyList<Inline> Content);

public sealed record PageBreak : Block
{
    public static PageBreak Instance { get; } = new();

    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Visit(this);
}
