namespace Reports.Core.Schema;

/// <summary>
/// The keys a choice field accepts, in the order the schema lists them, each paired with the model
/// value it stands for. The binder reads a key into its value; the view and the sample writer go back.
/// </summary>
public sealed class Choice<TEnum> where TEnum : struct, Enum
{
    private readonly (string Key, TEnum Value)[] _pairs;

    internal Choice(params (string Key, TEnum Value)[] pairs)
    {
        _pairs = pairs;
        Keys = pairs.Select(p => p.Key).ToArray();
    }

    public IReadOnlyList<string> Keys { get; }

    public string KeyOf(TEnum value)
    {
        foreach (var (key, v) in _pairs)
            if (EqualityComparer<TEnum>.Default.Equals(v, value)) return key;
        throw new ArgumentOutOfRangeException(nameof(value), value, null);
    }

    /// <summary>The value of a key the shape check already accepted.</summary>
    public TEnum Parse(string key)
    {
        foreach (var (k, value) in _pairs)
            if (k == key) return value;
        throw new ArgumentOutOfRangeException(nameof(key), key, null);
    }
}
