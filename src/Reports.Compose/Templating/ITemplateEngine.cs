namespace Reports.Compose.Templating;

/// <summary>The one seam to the template library (Scriban): compile a set once, render it many times.</summary>
public interface ITemplateEngine
{
    /// <summary>Compiles a set of templates; any of them may include another by name.</summary>
    /// <exception cref="TemplateException">A template does not compile.</exception>
    ICompiledTemplates Compile(IReadOnlyList<TemplateSource> sources, TemplateFunctions functions);
}

/// <summary>Compiled templates; safe to render from several threads at once.</summary>
public interface ICompiledTemplates
{
    /// <summary>Renders a template with a view (a <see cref="View.ViewObject"/> tree).</summary>
    /// <exception cref="TemplateException">A variable or function the template uses does not exist, or it ran past a limit.</exception>
    string Render(string name, object model);
}

/// <summary>A template's name (how others include it), the file it came from, and its text.</summary>
public sealed record TemplateSource(string Name, string FilePath, string Text);
