using NodaTime;

namespace Reports.Core.Schema;

/// <summary>The small vocabulary <see cref="DataFields"/> is written in; no keys here.</summary>
public static partial class DataFields
{
    private static DataField<T> Req<T>(string key, Typed<T> shape) => new(key, shape.Shape, required: true);

    private static DataField<T> Opt<T>(string key, Typed<T> shape) => new(key, shape.Shape, required: false);

    private static ChoiceField<TEnum> Req<TEnum>(string key, TypedChoice<TEnum> shape) where TEnum : struct, Enum =>
        new(key, shape.Shape, required: true, shape.Choice);

    private static ChoiceField<TEnum> Opt<TEnum>(string key, TypedChoice<TEnum> shape) where TEnum : struct, Enum =>
        new(key, shape.Shape, required: false, shape.Choice);

    private static T D<T>(T shape, string description) where T : Shape => shape with { Description = description };

    private static Typed<string> Text(string description) => new(D(new TextShape(), description));

    private static Typed<string> Code(string description) => new(D(new CodeShape(), description));

    private static Typed<DataTextList> Texts(string description, int min = 0) => new(D(new ListShape(new TextShape(), min), description));

    private static Typed<Model.PhotoFile> ImageFile(string description) => new(D(new ImageFileShape(), description));

    private static Typed<decimal> Amount(string description) => Number(new NumberShape(0), description);

    private static Typed<decimal> Number(NumberShape shape, string description) => new(D(shape, description));

    private static Typed<long> Integer(IntegerShape shape, string description) => new(D(shape, description));

    private static Typed<bool> Boolean(string description) => new(D(new BooleanShape(), description));

    private static Typed<LocalDate> Date(string description) => new(D(new DateShape(), description));

    private static Typed<LocalTime> Time(string description) => new(D(new TimeShape(), description));

    private static Typed<LocalDateTime> DateTime(string description) => new(D(new DateTimeShape(), description));

    /// <summary>The checked value is a <see cref="LocalDate"/> or the text as written.</summary>
    private static Typed<object> DateOrText(string description) => new(D(new DateOrTextShape(), description));

    private static TypedChoice<TEnum> Pick<TEnum>(Choice<TEnum> choice, string description) where TEnum : struct, Enum =>
        new(D(new ChoiceShape(choice.Keys), description), choice);

    private static Typed<DataGroup> Group(GroupShape shape) => new(shape);

    private static Typed<DataGroupList> Groups(GroupShape item, string description, int min = 0) =>
        new(D(new ListShape(item, min), description));

    /// <summary>Each item is words as written or a group (<see cref="TextOrGroupShape"/>).</summary>
    private static Typed<DataGroupList> TextsOrGroups(GroupShape item, string description) =>
        new(D(new ListShape(new TextOrGroupShape(item)), description));

    private static GroupShape Group(string description, params DataField[] fields) =>
        D(new GroupShape(fields.Select(f => f.Field).ToArray()), description);
}
