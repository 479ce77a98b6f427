namespace Reports.Document;

/// <summary>
/// A run of text inside a paragraph, heading or cell. Renderers dispatch through <see cref="Accept{T}"/>, so
/// a new kind of inline does not compile until every renderer handles it.
/// </summary>
public abstract record Inline
{
    public abstract T Accept<T>(IInlineVisitor<T> visitor);
}

public sealed record Text(string Value) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Bold.</summary>
public sealed record Strong(IReadOnlyList<Inline> Children) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>Italic.</summary>
public sealed record Emphasis(IReadOnlyList<Inline> Children) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>
/// Text a line must not break inside: a document number ("11-QĐ/TW"), a number and its unit ("187,5 tỷ"),
/// a date's day and month ("ngày 04 tháng 4"). Marked once by the compose step; renderers keep the children
/// on one line but print their characters unchanged (ordinary spaces and hyphens), so copied text is the same.
/// </summary>
public sealed record NoBreak(IReadOnlyList<Inline> Children) : Inline
{
    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

/// <summary>A line break inside the same paragraph.</summary>
public sealed record LineBreak : Inline
{
    public static LineBreak Instance { get; } = new();

    public override T Accept<T>(IInlineVisitor<T> visitor) => visitor.Visit(this);
}

public static class Inlines
{
    public static IReadOnlyList<Inline> Plain(string text) => [new Text(text)];

    /// <summary>The text without formatting, for tests, metadata and search.</summary>
    public static string PlainText(this IEnumerable<Inline> inlines) => string.Concat(inlines.Select(PlainText));

    public static string PlainText(this Inline inline) => inline.Accept(PlainTextVisitor.Instance);

    private sealed class PlainTextVisitor : IInlineVisitor<string>
    {
        public static PlainTextVisitor Instance { get; } = new();

        public string Visit(Text text) => text.Value;

        public string Visit(Strong strong) => strong.Children.PlainText();

        public string Visit(Emphasis emphasis) => emphasis.Children.PlainText();

        public string Visit(NoBreak noBreak) => noBreak.Children.PlainText();

        public string Visit(LineBreak lineBreak) => "\n";
    }
}
