using Reports.Compose.View;
using Reports.Core.Diagnostics;
using Scriban;
using Scriban.Runtime;

namespace Reports.Compose.Templating;

/// <summary>
/// <see cref="ITemplateEngine"/> on Scriban. Each template is parsed once, under its own file path, so
/// every error later names the file the user wrote; the parsed templates are shared by all renders,
/// each of which gets its own sandboxed context.
/// </summary>
public sealed class ScribanTemplateEngine : ITemplateEngine
{
    public ICompiledTemplates Compile(IReadOnlyList<TemplateSource> sources, TemplateFunctions functions)
    {
        var parsed = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var template = Template.Parse(source.Text, source.FilePath);
            if (template.HasErrors) throw new TemplateException(TemplateErrors.Syntax(source, template.Messages));
            parsed[source.Name] = template;
        }
        return new Compiled(new TemplateLoader(parsed), Builtins.Create(), Functions(functions));
    }

    private static ScriptObject Functions(TemplateFunctions functions)
    {
        var result = new ScriptObject();
        foreach (var (name, function) in functions.All) result.Add(name, new NamedFunction(name, function));
        result.IsReadOnly = true;
        return result;
    }

    private sealed class Compiled(TemplateLoader loader, ScriptObject builtins, ScriptObject functions) : ICompiledTemplates
    {
        public string Render(string name, object model)
        {
            if (!loader.Parsed.TryGetValue(name, out var template))
                throw new TemplateException(Diagnostic.Error(MessageId.TemplateMissingPartial, new SourceLocation(name, 0, 0), "", name));
            using var time = new CancellationTokenSource(Limits.Time);
            var context = new SandboxedContext(builtins, loader, time.Token);
            // Lookup goes from the last pushed: the template's own variables, then our functions (so the
            // function `ky` is not hidden by the signature block `ky`), then the data.
            context.PushGlobal(model switch
            {
                ViewObject view => ScriptModel.From(view),
                ScriptObject ready => ready,
                _ => throw new ArgumentException("a template model is a ViewObject", nameof(model)),
            });
            context.PushGlobal(functions);
            context.PushGlobal(new ScriptObject());
            try
            {
                return template.Render(context) ?? "";
            }
            catch (Exception ex) when (TemplateErrors.Explain(ex, template.SourceFilePath ?? name, time.IsCancellationRequested) is { } diagnostic)
            {
                throw new TemplateException(diagnostic);
            }
        }
    }
}
