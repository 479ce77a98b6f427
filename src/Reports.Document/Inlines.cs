namespace Reports.Document;

/// <summary>A run of text inside a paragraph, heading or cell.</summary>
public abstract record Inline;

public sealed record Text(string Value) : Inline;

/// <summary>Bold.</summary>
public sealed record Strong(IReadOnlyList<Inline> Children) : Inline;

/// <summary>Italic.</summary>
public sealed record Emphasis(IReadOnlyList<Inline> Children) : Inline;

/// <summary>A line break inside the same paragraph.</summary>
public sealed record LineBreak : Inline
{
    public static LineBreak Instance { get; } = new();
}

public static class Inlines
{
    public static IReadOnlyList<Inline> Plain(string text) => [new Text(text)];

    /// <summary>The text without formatting, for tests, metadata and search.</summary>
    public static string PlainText(this IEnumerable<Inline> inlines) => string.Concat(inlines.Select(PlainText));

    public static string PlainText(this Inline inline) => inline switch
    {
        Text t => t.Value,
        Strong s => s.Children.PlainText(),
        Emphasis e => e.Children.PlainText(),
        LineBreak => "\n",
        _ => "",
    };
}
