namespace Reports.Document;

/// <summary>
/// One method per kind of block. Every renderer implements it, so adding a block (an image, a landscape
/// section) is a compile error in each renderer until it is handled, never content that silently vanishes.
/// </summary>
public interface IBlockVisitor<out T>
{
    T Visit(Heading heading);

    T Visit(Paragraph paragraph);

    T Visit(BulletList list);

    T Visit(Table table);

    T Visit(PageBreak pageBreak);

    T Visit(Section section);
}

/// <summary>One method per kind of inline, for the same reason as <see cref="IBlockVisitor{T}"/>.</summary>
public interface IInlineVisitor<out T>
{
    T Visit(Text text);

    T Visit(Strong strong);

    T Visit(Emphasis emphasis);

    T Visit(NoBreak noBreak);

    T Visit(LineBreak lineBreak);
}
