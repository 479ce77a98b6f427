using Reports.Core.Diagnostics;

namespace Reports.Core.Loading;

/// <summary>
/// The YAML file as a tree that remembers where each piece stood. Scalars keep their raw text,
/// because YAML's own reading of "1.250" (as 1.25) is exactly what a Vietnamese user did not mean.
/// </summary>
public abstract class DataNode
{
    protected DataNode(SourceLocation location) => Location = location;

    public SourceLocation Location { get; }
}

public sealed class ScalarNode : DataNode
{
    public ScalarNode(SourceLocation location, string text, bool isQuoted, string? raw = null) : base(location)
    {
        Text = text;
        IsQuoted = isQuoted;
        Raw = raw ?? text;
    }

    /// <summary>The scalar exactly as written (NFC-normalised), without quotes.</summary>
    public string Text { get; }

    public bool IsQuoted { get; }

    /// <summary>
    /// The source text from the scalar's first character (a quote, or the "|" / "&gt;" of a block) to its
    /// last, as typed: quotes, escapes and line breaks kept, not normalised. <see cref="DataNode.Location"/> is
    /// where it starts, so a position inside it is a position in the file.
    /// </summary>
    public string Raw { get; }

    /// <summary>"key:" with nothing after it, "~" or "null": YAML's ways of saying "no value".</summary>
    public bool IsEmpty => !IsQuoted && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed class MappingNode : DataNode
{
    public MappingNode(SourceLocation location, IReadOnlyList<KeyValuePair<ScalarNode, DataNode>> entries)
        : base(location) => Entries = entries;

    public IReadOnlyList<KeyValuePair<ScalarNode, DataNode>> Entries { get; }

    public DataNode? Get(string key)
    {
        foreach (var (k, v) in Entries)
            if (k.Text == key) return v;
        return null;
    }
}

public sealed class SequenceNode : DataNode
{
    public SequenceNode(SourceLocation location, IReadOnlyList<DataNode> items) : base(location) => Items = items;

    public IReadOnlyList<DataNode> Items { get; }
}
