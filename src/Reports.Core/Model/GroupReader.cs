using Reports.Core.Loading;
using Reports.Core.Schema;

namespace Reports.Core.Model;

/// <summary>Typed access to one checked group; only used after the shape check found no error.</summary>
internal sealed class GroupReader(MappingNode node, CheckedValues values)
{
    public string Text(string key) => Optional<string>(key) ?? "";

    public string? OptionalText(string key) => Optional<string>(key) is { Length: > 0 } s ? s : null;

    public T? Optional<T>(string key)
    {
        var child = node.Get(key);
        return child is not null && values.TryGet(child, out var v) && v is T typed ? typed : default;
    }

    public T? OptionalValue<T>(string key) where T : struct
    {
        var child = node.Get(key);
        return child is not null && values.TryGet(child, out var v) && v is T typed ? typed : null;
    }

    public GroupReader? Group(string key) =>
        node.Get(key) is MappingNode m ? new GroupReader(m, values) : null;

    public IReadOnlyList<GroupReader> Groups(string key) =>
        node.Get(key) is SequenceNode s
            ? s.Items.OfType<MappingNode>().Select(m => new GroupReader(m, values)).ToList()
            : [];

    public IReadOnlyList<string> Texts(string key) =>
        node.Get(key) is SequenceNode s
            ? s.Items.Select(i => values.TryGet(i, out var v) ? v as string : null).OfType<string>().ToList()
            : [];
}
