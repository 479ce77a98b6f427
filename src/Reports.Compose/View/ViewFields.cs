using NodaTime;
using Reports.Core.Model;
using Reports.Core.Schema;

namespace Reports.Compose.View;

/// <summary>
/// Puts a model value into a view under its field's key, in the form templates get for that field's type:
/// a decimal becomes a <see cref="ViewNumber"/>, a date a <see cref="ViewDate"/>, a choice its key. The
/// overloads make the compiler check that a value fits its field. Used as collection initialisers:
/// <c>new ViewObject(figure) { { DataFields.Figure.Value, figure.Value } }</c>.
/// </summary>
public static class ViewFields
{
    public static void Add(this ViewObject view, DataField<string> field, string? value) => view.Add(field.Key, value);

    public static void Add(this ViewObject view, DataField<decimal> field, decimal? value) =>
        view.Add(field.Key, value is { } v ? new ViewNumber(v) : null);

    /// <summary>Whole numbers (year, quarter, document number) are small and print as they are.</summary>
    public static void Add(this ViewObject view, DataField<long> field, int? value) => view.Add(field.Key, value);

    public static void Add(this ViewObject view, DataField<bool> field, bool value) => view.Add(field.Key, value);

    public static void Add(this ViewObject view, DataField<LocalDate> field, LocalDate value) => view.Add(field.Key, new ViewDate(value));

    public static void Add(this ViewObject view, DataField<LocalTime> field, LocalTime? value) =>
        view.Add(field.Key, value is { } t ? new ViewTime(t) : null);

    /// <summary>The one date-or-text field is a task's deadline.</summary>
    public static void Add(this ViewObject view, DataField<object> field, Deadline? value) =>
        view.Add(field.Key, value is { } d ? new ViewDeadline(d) : null);

    public static void Add<TEnum>(this ViewObject view, ChoiceField<TEnum> field, TEnum value) where TEnum : struct, Enum =>
        view.Add(field.Key, field.Choice.KeyOf(value));

    public static void Add(this ViewObject view, DataField<DataTextList> field, IReadOnlyList<string> value) =>
        view.Add(field.Key, value.ToList());

    public static void Add(this ViewObject view, DataField<DataGroupList> field, List<ViewObject> value) => view.Add(field.Key, value);

    public static void Add(this ViewObject view, DataField<DataGroup> field, ViewObject? value) => view.Add(field.Key, value);
}
