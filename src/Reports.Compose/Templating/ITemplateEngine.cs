namespace Reports.Compose.Templating;

/// <summary>
/// The one seam to the template library. Handlebars.Net stands in for Scriban, which the package copy
/// here does not serve; putting Scriban back is one new implementation of this interface.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>Compiles a set of templates; any of them may include another by name.</summary>
    /// <exception cref="TemplateException">A template does not compile.</exception>
    ICompiledTemplates Compile(IReadOnlyList<TemplateSource> sources, TemplateFunctions functions);
}

public interface ICompiledTemplates
{
    /// <exception cref="TemplateException">A variable or function the template uses does not exist.</exception>
    string Render(string name, object model);
}

/// <summary>A template's name (how others include it), the file it came from, and its text.</summary>
public sealed record TemplateSource(string Name, string FilePath, string Text);
