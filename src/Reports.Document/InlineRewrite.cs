namespace Reports.Document;

/// <summary>
/// A block with every run of inlines it holds (heading, paragraph, list items, table caption and cells)
/// passed through one function. A visitor, so a new kind of block cannot be skipped by passes over the text
/// such as marking the places a line may not break.
/// </summary>
public sealed class InlineRewrite(Func<IReadOnlyList<Inline>, IReadOnlyList<Inline>> rewrite) : IBlockVisitor<Block>
{
    public Block Visit(Heading heading) => heading with { Content = rewrite(heading.Content) };

    public Block Visit(Paragraph paragraph) => paragraph with { Content = rewrite(paragraph.Content) };

    public Block Visit(BulletList list) => list with { Items = list.Items.Select(rewrite).ToList() };

    public Block Visit(Table table) => table with
    {
        Caption = rewrite(table.Caption),
        HeaderRows = table.HeaderRows.Select(Row).ToList(),
        Rows = table.Rows.Select(Row).ToList(),
    };

    public Block Visit(PageBreak pageBreak) => pageBreak;

    public Block Visit(Section section) => section with { Blocks = section.Blocks.Select(b => b.Accept(this)).ToList() };

    private TableRow Row(TableRow row) => row with { Cells = row.Cells.Select(c => c with { Content = rewrite(c.Content) }).ToList() };
}
