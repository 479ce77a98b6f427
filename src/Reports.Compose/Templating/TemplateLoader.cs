using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// What "include" may reach: only the templates of this run (built-in, or the user's of the same
/// name), by name. A path that climbs out ("../"), starts at a root or names a drive is refused
/// before anything is looked up, so a template can never read another file.
/// </summary>
internal sealed class TemplateLoader(IReadOnlyDictionary<string, Template> parsed) : ITemplateLoader
{
    public IReadOnlyDictionary<string, Template> Parsed { get; } = parsed;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IsPlainName(templateName)) throw new IncludeException(callerSpan, templateName, outside: true);
        if (!Parsed.ContainsKey(templateName)) throw new IncludeException(callerSpan, templateName, outside: false);
        return templateName;
    }

    /// <summary>Never reached for a known name: every template is parsed once, up front, and cached in each context.</summary>
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new IncludeException(callerSpan, templatePath, outside: false);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>"phan/linh-vuc": relative, forward slashes, no "." or ".." part, no drive or root.</summary>
    internal static bool IsPlainName(string name) =>
        name.Length > 0
        && !name.Contains('\\') && !name.Contains(':') && !name.StartsWith('/') && !Path.IsPathRooted(name)
        && name.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
}

/// <summary>An include that names a file outside the templates, or no template at all.</summary>
internal sealed class IncludeException(SourceSpan span, string name, bool outside)
    : ScriptRuntimeException(span, outside ? $"include `{name}` is outside the templates folder" : $"no template `{name}`")
{
    public string Name { get; } = name;

    public bool Outside { get; } = outside;
}
