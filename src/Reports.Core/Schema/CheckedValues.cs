using Reports.Core.Loading;

namespace Reports.Core.Schema;

/// <summary>The typed value of every scalar that passed its check, so the model is read without parsing twice.</summary>
public sealed class CheckedValues
{
    private readonly Dictionary<DataNode, object> _values = new(ReferenceEqualityComparer.Instance);

    internal void Set(DataNode node, object value) => _values[node] = value;

    public bool TryGet(DataNode node, out object? value)
    {
        var found = _values.TryGetValue(node, out var v);
        value = v;
        return found;
    }
}
