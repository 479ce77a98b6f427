using Reports.Cli.Output;
using Reports.Cli.Texts;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Document;

namespace Reports.Cli.Commands;

/// <summary>
/// `baocao build FILE... -o DIR --format ...`: load, compose and render each file; one bad file never
/// stops the others. Outputs go through <see cref="OutputFolder"/>, which never overwrites a user's edits.
/// </summary>
internal static class BuildCommand
{
    public sealed record Request(
        IReadOnlyList<string> Files,
        string? OutputFolder,
        IReadOnlyList<IDocumentRenderer> Renderers,
        string? TemplatesFolder,
        bool Force,
        bool Report = true,
        bool Article = true);

    public const string ReportSuffix = "bao-cao";
    public const string ArticleSuffix = "tin-bai";

    /// <summary>The article's body alone, to paste into a web portal's editor.</summary>
    public const string FragmentSuffix = "tin-bai.noi-dung";

    public static int Run(Request request, CliConsole console)
    {
        TemplateSet templates;
        try
        {
            templates = TemplateSet.Load(request.TemplatesFolder);
        }
        catch (TemplateException ex)
        {
            console.Error.WriteLine(DiagnosticWriter.Write(ex.Diagnostic, console.Language));
            return ExitCodes.InvalidData;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.TemplatesUnreadable, console.Language, request.TemplatesFolder ?? "", ex.Message));
            return ExitCodes.InvalidData;
        }

        var composers = new Composers(new ReportComposer(templates), new ArticleComposer(templates));
        var built = 0;
        foreach (var file in request.Files)
        {
            if (BuildOne(file, request, composers, console)) built++;
        }
        if (request.Files.Count > 1)
            console.Out.WriteLine(CliTexts.Get(CliText.BuildSummary, console.Language, request.Files.Count, built, request.Files.Count - built));
        return built == request.Files.Count ? ExitCodes.Success : ExitCodes.InvalidData;
    }

    private sealed record Composers(ReportComposer Report, ArticleComposer Article);

    private static bool BuildOne(string file, Request request, Composers composers, CliConsole console)
    {
        var loaded = DataFileLoader.LoadFile(file);
        foreach (var d in loaded.Diagnostics) console.Error.WriteLine(DiagnosticWriter.Write(d, console.Language));
        if (loaded.Data is null)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.BuildFailed, console.Language, file));
            return false;
        }

        // Compose everything first: a template error writes nothing rather than half a set of files.
        var documents = new List<(string Suffix, ReportDocument Document)>();
        var results = new List<ComposeResult>();
        if (request.Report) results.Add(composers.Report.Compose(loaded.Data));
        if (request.Article)
        {
            if (composers.Article.Compose(loaded.Data) is { } article) results.Add(article);
            else console.Out.WriteLine(CliTexts.Get(CliText.ArticleSkipped, console.Language, file));
        }
        foreach (var composed in results)
        {
            foreach (var d in composed.Diagnostics) console.Error.WriteLine(DiagnosticWriter.Write(d, console.Language));
            if (composed.Document is { } document)
                documents.Add((document.Kind == DocumentKind.Article ? ArticleSuffix : ReportSuffix, document));
        }
        if (documents.Count < results.Count)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.BuildFailed, console.Language, file));
            return false;
        }

        var folderPath = request.OutputFolder ?? Path.GetDirectoryName(Path.GetFullPath(file))!;
        var stem = Path.GetFileNameWithoutExtension(file);
        try
        {
            var folder = new OutputFolder(folderPath);
            foreach (var (suffix, document) in documents)
            {
                foreach (var renderer in request.Renderers)
                {
                    var result = folder.Write($"{stem}.{suffix}.{renderer.Extension}", renderer.Render(document), request.Force);
                    console.Out.WriteLine(Describe(result, console.Language));
                    if (renderer is Reports.Rendering.Html.HtmlRenderer html && document.Kind == DocumentKind.Article)
                    {
                        var fragment = System.Text.Encoding.UTF8.GetBytes(html.RenderFragment(document));
                        console.Out.WriteLine(Describe(folder.Write($"{stem}.{FragmentSuffix}.html", fragment, request.Force), console.Language));
                    }
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.WriteFailed, console.Language, folderPath, ex.Message));
            return false;
        }
        return true;
    }

    private static string Describe(WriteResult result, Language language) => result.Kind switch
    {
        WriteKind.Created or WriteKind.Replaced => CliTexts.Get(CliText.Wrote, language, Shown(result.WrittenPath)),
        WriteKind.Unchanged => CliTexts.Get(CliText.Unchanged, language, Shown(result.WrittenPath)),
        WriteKind.WrittenBeside => CliTexts.Get(CliText.WroteBeside, language, Shown(result.ProtectedPath!), Shown(result.WrittenPath)),
        _ => result.WrittenPath,
    };

    /// <summary>Relative to the current folder when inside it, else in full: "../../tmp/x" helps nobody.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
