using Reports.Compose.View;
using Scriban.Runtime;

namespace Reports.Compose.Templating;

/// <summary>
/// Turns the view (a tree of <see cref="ViewObject"/>s keyed like the data file) into what Scriban
/// scripts may see: <see cref="ScriptObject"/>s, <see cref="ScriptArray"/>s and plain scalars. Typed
/// values (a figure, a date, a period) stay in C# properties that no script can reach, so functions
/// still work from the typed model while templates only ever touch plain values.
/// </summary>
internal static class ScriptModel
{
    public static ScriptObject From(ViewObject view)
    {
        var result = new ModelObject(view, view.Count);
        foreach (var (key, value) in view) result.Add(key, Convert(value));
        return result;
    }

    private static object? Convert(object? value) => value switch
    {
        null => null,
        string or bool or int or long or decimal or double => value,
        ViewObject child => From(child),
        System.Collections.IEnumerable items => Array(items),
        // Anything else (a number, a date, a period...) is printed by its own words and handed back to
        // functions as the typed value; scripts see no members of it.
        _ => new ScriptValue(value),
    };

    private static ScriptArray Array(System.Collections.IEnumerable items)
    {
        var array = new ScriptArray();
        foreach (var item in items) array.Add(Convert(item));
        return array;
    }
}

/// <summary>A group of the view as a script object; <see cref="View"/> is for functions only.</summary>
// A subclass of ScriptObject imports its own static members by reflection unless told not to: slow
// (most of a render's time) and lost under trimming. None of these classes has any to import.
internal sealed class ModelObject(ViewObject view, int capacity) : ScriptObject(capacity, autoImportStaticsFromThisType: false)
{
    public ViewObject View { get; } = view;
}

/// <summary>
/// One typed value (a number, a date, a period, a deadline) as scripts see it: no members, printed
/// as its Vietnamese text, passed to functions as the typed value it wraps.
/// </summary>
internal sealed class ScriptValue(object value) : ScriptObject(0, autoImportStaticsFromThisType: false)
{
    public object Value { get; } = value;

    public string Text { get; } = value.ToString() ?? "";
}
