namespace Reports.Core.Schema;

/// <summary>
/// One key of the data file, declared once in <see cref="DataFields"/>: its key, shape (with the
/// description editors show) and whether it is required. Code that reads, writes or shows the file
/// refers to the handle, so a renamed key is one edit and a mistyped one does not compile.
/// </summary>
public abstract class DataField
{
    private protected DataField(string key, Shape shape, bool required)
    {
        Key = key;
        Shape = shape;
        Required = required;
        Field = new Field(key, shape, required);
    }

    /// <summary>The key as written in the file; templates see the value under the same name.</summary>
    public string Key { get; }

    public Shape Shape { get; }

    public bool Required { get; }

    /// <summary>This field as an entry of its group's shape.</summary>
    public Field Field { get; }

    public override string ToString() => Key;
}

/// <summary>
/// A field whose checked value is a <typeparamref name="T"/> (text, long, decimal, bool, a NodaTime
/// date or time), or a marker: <see cref="DataGroup"/>, <see cref="DataGroupList"/>, <see cref="DataTextList"/>.
/// </summary>
public sealed class DataField<T> : DataField
{
    internal DataField(string key, Shape shape, bool required) : base(key, shape, required) { }
}

/// <summary>A field that holds one of a fixed set of keys, each standing for a model value.</summary>
public sealed class ChoiceField<TEnum> : DataField where TEnum : struct, Enum
{
    internal ChoiceField(string key, Shape shape, bool required, Choice<TEnum> choice) : base(key, shape, required) =>
        Choice = choice;

    public Choice<TEnum> Choice { get; }
}

/// <summary>Marks a field that holds a group of keys.</summary>
public sealed class DataGroup
{
    private DataGroup() { }
}

/// <summary>Marks a field that holds a list of groups.</summary>
public sealed class DataGroupList
{
    private DataGroupList() { }
}

/// <summary>Marks a field that holds a list of texts.</summary>
public sealed class DataTextList
{
    private DataTextList() { }
}

/// <summary>A shape tagged with the type its checked value has, so a declaration infers its handle's type.</summary>
internal readonly record struct Typed<T>(Shape Shape);

/// <summary>A choice shape with the choice it was made from.</summary>
internal readonly record struct TypedChoice<TEnum>(Shape Shape, Choice<TEnum> Choice) where TEnum : struct, Enum;
