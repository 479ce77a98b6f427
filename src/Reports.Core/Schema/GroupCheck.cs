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

    public bool Has(string key) => Node.Get(key) is { } n && !(n is ScalarNode { IsEmpty: true });

    public void Error(MessageId id, DataNode at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Error(id, at.Location, Join(keyPath), args));

    public void Warning(MessageId id, DataNode at, string keyPath, params string[] args) =>
        _diagnostics.Add(Diagnostic.Warning(id, at.Location, Join(keyPath), args));

    private string Join(string keyPath) => keyPath.Length == 0 ? Path : Path.Length == 0 ? keyPath : $"{Path}.{keyPath}";
}
