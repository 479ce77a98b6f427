using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// Scriban's own include (recursion limit, arguments, our loader), with its output marked as template
/// output so the context does not escape it a second time as if it were user text.
/// </summary>
internal sealed class SafeInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        // Which file includes which, so a circle is reported as one, not as a limit reached somewhere in it.
        if (context is not SandboxedContext { TemplateLoader: TemplateLoader loader } sandboxed || callerContext is null
            || arguments.Count == 0 || arguments[0] is not string name || !loader.Parsed.TryGetValue(name, out var parsed))
            return new IncludedText(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");
        var target = parsed.SourceFilePath ?? name;
        var cycle = sandboxed.Includes;
        cycle.Enter(callerContext.Span.FileName, callerContext.Span, target);
        try
        {
            return new IncludedText(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");
        }
        finally
        {
            cycle.Leave();
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);
}
