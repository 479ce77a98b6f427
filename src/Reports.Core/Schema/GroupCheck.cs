using Reports.Core.Diagnostics;
using Reports.Core.Loading;

namespace Reports.Core.Schema;

/// <summary>What a <see cref="CustomRule"/> sees: one group, its checked values, and a way to report.</summary>
public sealed class GroupCheck
{
    private readonly CheckedValues _values;
    private readonly List<Diagnostic> _diagnostics;

    internal GroupCheck(MappingNode node, string path, CheckedValues values, List<Diagnostic> diagnostics)
    {
        Node = node;
        Path = path;
        _values = values;
        _diagnostics = diagnostics;
    }

    public MappingNode Node { get; }

    public string Path { get; }

    /// <summary>The value under a chain of keys, when it was present and valid.</summary>
    public bool TryGet<T>(out T value, out DataNode at, params string[] keys)
    {
        DataNode? node = Node;
        foreach (var key in keys) node = (node as MappingNode)?.Get(key);
        if (node is not null && _values.TryGet(node, out var raw) && raw is T typed)
        {
            value = typed;
            at = node;
            return true;
        }
        value = default!;
        at = Node;
        return false;
    }

    /// <summary>The groups of the list under <paramref name="key"/>, each with its own path ("ket_qua[2]").</summary>
    public IEnumerable<GroupCheck> Groups(string key)
    {
        if (Node.Get(key) is not SequenceNode list) yield break;
        for (var i = 0; i < list.Items.Count; i++)
            if (list.Items[i] is MappingNode item)
                yield return new GroupCheck(item, $"{Join(key)}[{i}]", _values, _diagnostics);
    }

    /// <summary>The valid texts of the list under <paramref name="key"/>, with their nodes and paths relative to this group.</summary>
    public IEnumerable<(ScalarNode Node, string Text, string KeyPath)> Texts(string key)
    {
        if (Node.Get(key) is not SequenceNode list) yield break;
        for (var i = 0; i < list.Items.Count; i++)
            if (list.Items[i] is ScalarNode item && _values.TryGet(item, out var v) && v is string text)
                yield return (item, text, $"{key}[{i}]");
    }

    public bool Has(string key) => Node.Get(key) is { } n && !(n is ScalarNode { IsEmpty: true });

    public void Error(MessageId id, DataNode at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Error(id, at.Location, Join(keyPath), args));

    /// <summary>An error at a place inside a value, such as one reference within a statement.</summary>
    public void ErrorAt(MessageId id, SourceLocation at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Error(id, at, Join(keyPath), args));

    /// <summary>A warning at a place inside a value.</summary>
    public void WarningAt(MessageId id, SourceLocation at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Warning(id, at, Join(keyPath), args));

    public void Warning(MessageId id, DataNode at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Warning(id, at.Location, Join(keyPath), args));

    private string Join(string keyPath) => keyPath.Length == 0 ? Path : Path.Length == 0 ? keyPath : $"{Path}.{keyPath}";
}
