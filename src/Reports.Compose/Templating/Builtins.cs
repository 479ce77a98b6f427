using Scriban.Functions;
using Scriban.Runtime;

namespace Reports.Compose.Templating;

/// <summary>
/// Scriban's built-in functions less those that would run text as a template (object.eval,
/// object.eval_template) or include without our marking (include_join). Built once, read-only, and
/// shared by every render.
/// </summary>
internal static class Builtins
{
    public static ScriptObject Create()
    {
        var builtins = new BuiltinFunctions();
        var objectFunctions = (ScriptObject)builtins["object"]!;
        objectFunctions.Remove("eval");
        objectFunctions.Remove("eval_template");
        builtins.Remove("include_join");
        var include = (IScriptCustomFunction)builtins["include"]!;
        builtins.Remove("include"); // Scriban marks it read-only: an assignment would be ignored
        builtins.Add("include", new SafeInclude(include));
        Freeze(builtins);
        return builtins;
    }

    private static void Freeze(ScriptObject o)
    {
        foreach (var value in o.Values)
            if (value is ScriptObject child) Freeze(child);
        o.IsReadOnly = true;
    }
}
