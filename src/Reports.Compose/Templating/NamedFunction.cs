using Reports.Compose.View;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// One of our functions as Scriban calls it: any number of arguments, no reflection (so it survives
/// trimming and Native AOT). Arguments from the model are unwrapped to the typed view values the
/// functions expect; a value a function cannot take becomes an error at the call.
/// </summary>
internal sealed class NamedFunction(string name, Func<object?[], object?> function) : IScriptCustomFunction
{
    public string Name { get; } = name;

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Unwrap(arguments[i]);
        try
        {
            return function(values);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidCastException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new TemplateFunctionException(callerContext?.Span ?? default, Name, ex.Message);
        }
    }

    // A list (the figures of a domain) is unwrapped item by item, so functions see view values throughout.
    private static object? Unwrap(object? value) => value switch
    {
        ModelObject m => m.View,
        ScriptValue v => v.Value,
        ScriptArray items => items.Select(Unwrap).ToList(),
        _ => value,
    };

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "doi_so");
}

/// <summary>A function refused its arguments; carries the function's name for the message.</summary>
internal sealed class TemplateFunctionException(Scriban.Parsing.SourceSpan span, string function, string reason)
    : ScriptRuntimeException(span, reason)
{
    public string Function { get; } = function;

    public string Reason { get; } = reason;
}
