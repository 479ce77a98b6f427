namespace Reports.Core.Schema;

/// <summary>
/// What a value in the data file must look like. One definition (<see cref="DataFileShape"/>) drives both
/// the loader's checks and the JSON Schema that editors use, so the two cannot drift apart.
/// </summary>
public abstract record Shape
{
    /// <summary>Shown to the user by editors (Vietnamese).</summary>
    public string Description { get; init; } = "";
}

/// <summary>A group of keys ("mapping"), with the rules that tie its keys together.</summary>
public sealed record GroupShape(IReadOnlyList<Field> Fields) : Shape
{
    public IReadOnlyList<GroupRule> Rules { get; init; } = [];

    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

public sealed record Field(string Key, Shape Shape, bool Required = false);

public sealed record ListShape(Shape Item, int MinItems = 0) : Shape;

/// <summary>Free text. Numbers and true/false typed as text are taken as their text.</summary>
public sealed record TextShape(int MaxLength = TextShape.DefaultMaxLength) : Shape
{
    public const int DefaultMaxLength = 4000;
}

/// <summary>A figure's code (<see cref="Model.FigureCode"/>): "thu_ngan_sach".</summary>
public sealed record CodeShape : Shape;

public sealed record IntegerShape(long Min, long Max) : Shape;

/// <summary>A decimal number in the Vietnamese or plain notation (see NumberText).</summary>
public sealed record NumberShape(decimal Min, decimal? Max = null, bool ExclusiveMin = false) : Shape;

public sealed record BooleanShape : Shape;

/// <summary>A calendar date written year-month-day.</summary>
public sealed record DateShape : Shape;

/// <summary>A time of day written hours:minutes.</summary>
public sealed record TimeShape : Shape;

/// <summary>A date and time: "2024-04-04 16:30".</summary>
public sealed record DateTimeShape : Shape;

/// <summary>A date, or words such as "Thường xuyên" when a task has no fixed day.</summary>
public sealed record DateOrTextShape : Shape;

/// <summary>
/// Words as written ("chuyên viên Ban Tổ chức Thành ủy"), or a group: a list of people may name a body's
/// representative without a name beside people with their names and titles.
/// </summary>
public sealed record TextOrGroupShape(GroupShape Group) : Shape;

/// <summary>
/// The path of a JPEG or PNG picture, relative to the data file; the checked value is the file read and
/// checked (<see cref="Model.PhotoFile"/>). JSON Schema sees only a non-empty string.
/// </summary>
public sealed record ImageFileShape : Shape;

public sealed record ChoiceShape(IReadOnlyList<string> Values) : Shape;

/// <summary>A rule across the keys of one group.</summary>
public abstract record GroupRule;

/// <summary>
/// <see cref="Key"/> is required when <see cref="WhenKey"/> holds one of <see cref="Values"/>.
/// Expressible in JSON Schema (if/then), so editors check it too.
/// </summary>
public sealed record RequiredWhen(string Key, string WhenKey, IReadOnlyList<string> Values,
    Diagnostics.MessageId Message) : GroupRule;

/// <summary>A rule only the loader can check (it compares values, which JSON Schema cannot).</summary>
public sealed record CustomRule(string Name, Action<GroupCheck> Check) : GroupRule;
