using Reports.Core.Loading;
using Reports.Core.Schema;

namespace Reports.Core.Model;

/// <summary>
/// Typed access to one checked group through the fields declared in <see cref="DataFields"/>; only used
/// after the shape check found no error, so a required value is there and has its field's type.
/// </summary>
internal sealed class GroupReader(MappingNode node, CheckedValues values)
{
    public string Text(DataField<string> field) => Optional(field) ?? "";

    /// <summary>Where this group stands in the file.</summary>
    public Diagnostics.SourceLocation Location => node.Location;

    /// <summary>Where a field's value stands; the group's own place when the field is absent.</summary>
    public Diagnostics.SourceLocation LocationOf(DataField field) => node.Get(field.Key)?.Location ?? node.Location;

    public string? OptionalText(DataField<string> field) => Optional(field) is { Length: > 0 } s ? s : null;

    /// <summary>The value of a field the check required.</summary>
    public T Value<T>(DataField<T> field) where T : struct => OptionalValue(field)!.Value;

    public T? OptionalValue<T>(DataField<T> field) where T : struct =>
        Checked(field.Key) is T typed ? typed : null;

    public T? Optional<T>(DataField<T> field) where T : class => Checked(field.Key) as T;

    public TEnum? Choice<TEnum>(ChoiceField<TEnum> field) where TEnum : struct, Enum =>
        Checked(field.Key) is string key ? field.Choice.Parse(key) : null;

    public GroupReader? Group(DataField<DataGroup> field) =>
        node.Get(field.Key) is MappingNode m ? new GroupReader(m, values) : null;

    public IReadOnlyList<GroupReader> Groups(DataField<DataGroupList> field) =>
        node.Get(field.Key) is SequenceNode s
            ? s.Items.OfType<MappingNode>().Select(m => new GroupReader(m, values)).ToList()
            : [];

    /// <summary>A list whose items are words as written or groups: each item is one or the other.</summary>
    public IReadOnlyList<(string? Text, GroupReader? Group)> TextsOrGroups(DataField<DataGroupList> field)
    {
        if (node.Get(field.Key) is not SequenceNode s) return [];
        var items = new List<(string? Text, GroupReader? Group)>();
        foreach (var item in s.Items)
        {
            if (item is MappingNode m) items.Add((null, new GroupReader(m, values)));
            else if (values.TryGet(item, out var v) && v is string text) items.Add((text, null));
        }
        return items;
    }

    public IReadOnlyList<string> Texts(DataField<DataTextList> field) =>
        node.Get(field.Key) is SequenceNode s
            ? s.Items.Select(i => values.TryGet(i, out var v) ? v as string : null).OfType<string>().ToList()
            : [];

    private object? Checked(string key)
    {
        var child = node.Get(key);
        return child is not null && values.TryGet(child, out var v) ? v : null;
    }
}
