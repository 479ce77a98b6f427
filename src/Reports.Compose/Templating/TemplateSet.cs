using System.Reflection;
using System.Text;
using Reports.Core.Diagnostics;

namespace Reports.Compose.Templating;

/// <summary>
/// The templates of one run: the built-in ones (shipped inside this assembly from templates/), each
/// replaced by the user's file of the same relative path when a templates folder is given. Compiled
/// once and shared by every file the run builds.
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".scriban";

    /// <summary>The extension of the Handlebars templates used before: such a file is no longer read.</summary>
    public const string OldExtension = ".hbs";
    private const string ResourcePrefix = "templates/";

    private readonly ICompiledTemplates _compiled;

    private TemplateSet(ICompiledTemplates compiled, IReadOnlyList<TemplateSource> sources)
    {
        _compiled = compiled;
        Sources = sources;
    }

    public IReadOnlyList<TemplateSource> Sources { get; }

    /// <exception cref="TemplateException">A template does not compile.</exception>
    /// <exception cref="IOException">The user's templates folder cannot be read.</exception>
    public static TemplateSet Load(string? overrideFolder = null, ITemplateEngine? engine = null)
    {
        var sources = BuiltIn().ToDictionary(s => s.Name, StringComparer.Ordinal);
        if (overrideFolder is not null)
        {
            if (!Directory.Exists(overrideFolder)) throw new DirectoryNotFoundException(overrideFolder);
            RefuseOldTemplates(overrideFolder);
            foreach (var path in Directory.EnumerateFiles(overrideFolder, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = NameOf(Path.GetRelativePath(overrideFolder, path));
                sources[name] = new TemplateSource(name, path, Normalise(File.ReadAllText(path, Encoding.UTF8)));
            }
        }
        var list = sources.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        return new TemplateSet((engine ?? new ScribanTemplateEngine()).Compile(list, VietnameseFunctions.Create()), list);
    }

    /// <summary>
    /// A folder of .hbs files was written for the Handlebars templates; read silently, it would change
    /// nothing. Say so, and where the README explains the move.
    /// </summary>
    private static void RefuseOldTemplates(string folder)
    {
        var old = Directory.EnumerateFiles(folder, "*" + OldExtension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault();
        if (old is not null)
            throw new TemplateException(Diagnostic.Error(MessageId.TemplateOldFormat, new SourceLocation(old, 1, 1), "", Path.GetFileName(old)));
    }

    /// <exception cref="TemplateException">The template uses a name that does not exist.</exception>
    public string Render(string name, object model) => _compiled.Render(name, model);

    public TemplateSource Source(string name) =>
        Sources.FirstOrDefault(s => s.Name == name)
        ?? throw new TemplateException(Diagnostic.Error(MessageId.TemplateMissingPartial, new SourceLocation(name, 0, 0), "", name));

    /// <summary>A template is named by its path under the templates folder without the extension, with "/": "bao-cao-dang", "phan/linh-vuc".</summary>
    private static string NameOf(string relativePath) =>
        relativePath.Replace('\\', '/')[..^Extension.Length];

    private static IEnumerable<TemplateSource> BuiltIn()
    {
        var assembly = typeof(TemplateSet).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = resource[ResourcePrefix.Length..];
            yield return new TemplateSource(NameOf(relative), "templates/" + relative, Normalise(Read(assembly, resource)));
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").Normalize(NormalizationForm.FormC);
}
