using Reports.Typography;
using System.Diagnostics;
using Reports.Cli.Output;
using Reports.Cli.Texts;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Document;

namespace Reports.Cli.Commands;

/// <summary>
/// `baocao build FILE|FOLDER|PATTERN... -o DIR --format ... --jobs N`: load, compose and render each file,
/// several at once; one bad file never stops the others. The templates are compiled once per run, while the
/// first files are being read, and shared by every thread; renderers are shared singletons. Each file's
/// messages are collected and written as one block when it is done, in the order the files were given,
/// so parallel builds never mix lines. Outputs go through <see cref="OutputFolder"/>, which never
/// overwrites a user's edits and is safe from many threads.
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
        bool Article = true,
        int Jobs = 1);

    public const string ReportSuffix = "bao-cao";
    public const string ArticleSuffix = "tin-bai";

    /// <summary>The article's body alone, to paste into a web portal's editor.</summary>
    public const string FragmentSuffix = "tin-bai.noi-dung";

    /// <summary>Two inputs whose outputs would land on the same names.</summary>
    public sealed record Collision(string First, string Second, string Folder, string Stem);

    private static readonly StringComparer NameComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>
    /// Inputs that would write the same output files: the same name (without extension) going to the same
    /// folder, such as a/quy1.yaml and b/quy1.yaml with one -o, or quy1.yaml and quy1.yml side by side.
    /// </summary>
    public static IReadOnlyList<Collision> FindCollisions(IReadOnlyList<string> files, string? outputFolder)
    {
        var owners = new Dictionary<string, string>(NameComparer);
        var collisions = new List<Collision>();
        foreach (var file in files)
        {
            var folder = OutputFolderFor(file, outputFolder);
            var stem = Path.GetFileNameWithoutExtension(file);
            var key = Path.Combine(folder, stem);
            if (owners.TryGetValue(key, out var first)) collisions.Add(new Collision(first, file, folder, stem));
            else owners[key] = file;
        }
        return collisions;
    }

    private static string OutputFolderFor(string file, string? outputFolder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder ?? Path.GetDirectoryName(Path.GetFullPath(file))!));

    public static int Run(Request request, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        // Compiling the templates is the slowest step of a cold start; it runs while the first files are read.
        var language = console.Language;
        var templates = Task.Run(() => LoadTemplates(request.TemplatesFolder, language));
        var files = request.Files;
        var outcomes = new Outcome?[files.Count];
        var showBar = console.IsTerminal && files.Count > 1;

        var printGate = new Lock();
        var nextToPrint = 0;
        void Finished(int index, Outcome outcome)
        {
            lock (printGate)
            {
                outcomes[index] = outcome;
                if (showBar) return;
                // Plain output: each file's block as soon as it and every file before it are done.
                while (nextToPrint < files.Count && outcomes[nextToPrint] is { } ready)
                {
                    if (!ready.NoTemplates) ready.WriteTo(console);
                    nextToPrint++;
                }
            }
        }

        void BuildAll(Action<bool>? progress) =>
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Jobs) }, i =>
            {
                var outcome = BuildOneSafely(files[i], request, templates, console.Language);
                Finished(i, outcome);
                progress?.Invoke(outcome.Succeeded);
            });

        if (showBar) BuildProgress.Run(files.Count, console.Language, BuildAll);
        else BuildAll(null);

        var (_, templateError) = templates.Result;
        if (templateError is not null)
        {
            console.Error.WriteLine(templateError);
            return ExitCodes.InvalidData;
        }

        // After a bar, only what needs reading: errors, warnings and documents kept because they were edited.
        if (showBar)
            foreach (var outcome in outcomes)
                if (outcome is { Notable: true }) outcome.WriteTo(console);

        var built = outcomes.Count(o => o!.Succeeded);
        if (built > 0 && request.Renderers.Any(r => r.Format == "pdf")) DescribePdfFont(request.Renderers, console);
        if (files.Count > 1)
        {
            console.Out.WriteLine(CliTexts.Get(CliText.BuildSummary, console.Language, files.Count, built, files.Count - built,
                Elapsed.Format(clock.Elapsed, console.Language)));
            if (built < files.Count)
            {
                console.Out.WriteLine(CliTexts.Get(CliText.FailedFiles, console.Language));
                for (var i = 0; i < files.Count; i++)
                    if (outcomes[i] is { Succeeded: false } failed)
                        console.Out.WriteLine(CliTexts.Get(CliText.FailedFile, console.Language, failed.FirstErrorLine(files[i])));
            }
        }
        return built == files.Count ? ExitCodes.Success : ExitCodes.InvalidData;
    }

    /// <summary>
    /// Which font the PDF is set in decides where its lines break; the user learns it once per run, and how
    /// to get a better one when the tool had to fall back.
    /// </summary>
    /// (Its own method, so the PDF assembly loads only for runs that make PDFs.)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void DescribePdfFont(IReadOnlyList<IDocumentRenderer> renderers, CliConsole console)
    {
        if (renderers.OfType<Reports.Rendering.Pdf.PdfRenderer>().FirstOrDefault() is not { } pdf) return;
        var fonts = pdf.Fonts;
        var source = fonts.Source switch
        {
            FontSource.Bundled => CliText.FontSourceBundled,
            FontSource.System => CliText.FontSourceSystem,
            _ => CliText.FontSourceConfigured,
        };
        console.Out.WriteLine(CliTexts.Get(CliText.PdfFont, console.Language, fonts.FamilyName, CliTexts.Get(source, console.Language), fonts.Folder));
        if (fonts.Warnings.Count > 0)
            console.Error.WriteLine(CliTexts.Get(CliText.PdfFontFallback, console.Language, fonts.FamilyName));
    }

    private static (TemplateSet? Set, string? Error) LoadTemplates(string? folder, Language language)
    {
        try
        {
            return (TemplateSet.Load(folder), null);
        }
        catch (TemplateException ex)
        {
            return (null, DiagnosticWriter.Write(ex.Diagnostic, language));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, CliTexts.Get(CliText.TemplatesUnreadable, language, folder ?? "", ex.Message));
        }
    }

    /// <summary>What building one file printed and how it ended; written out as one block.</summary>
    private sealed class Outcome(Language language)
    {
        private readonly List<(bool ToError, string Text)> _lines = [];

        public Language Language { get; } = language;

        public bool Succeeded { get; set; }

        /// <summary>The templates did not load: the run reports that once, not once per file.</summary>
        public bool NoTemplates { get; init; }

        /// <summary>Worth showing after a progress bar: an error, a warning, or a document kept because it was edited.</summary>
        public bool Notable { get; private set; }

        private string? _firstError;

        public void Out(string text, bool notable = false)
        {
            _lines.Add((false, text));
            Notable |= notable;
        }

        public void Error(string text, bool isError = true)
        {
            _lines.Add((true, text));
            Notable = true;
            if (isError) _firstError ??= text.Split('\n')[0];
        }

        public void Diagnostic(Diagnostic d) => Error(DiagnosticWriter.Write(d, Language), d.IsError);

        /// <summary>For the summary: the first error, beginning with the file's name.</summary>
        public string FirstErrorLine(string file)
        {
            var line = _firstError ?? CliTexts.Get(CliText.BuildFailed, Language, file);
            return line.StartsWith(file, StringComparison.Ordinal) ? line : $"{file}: {line}";
        }

        public void WriteTo(CliConsole console)
        {
            foreach (var (toError, text) in _lines) (toError ? console.Error : console.Out).WriteLine(text);
        }
    }

    /// <summary>Builds one file and never throws: an unexpected failure is that file's error, not the run's end.</summary>
    private static Outcome BuildOneSafely(string file, Request request, Task<(TemplateSet? Set, string? Error)> templates, Language language)
    {
        var outcome = new Outcome(language);
        try
        {
            return BuildOne(file, request, templates, outcome);
        }
        catch (Exception ex)
        {
            outcome.Succeeded = false;
            outcome.Error(CliTexts.Get(CliText.UnexpectedError, language, file, $"{ex.GetType().Name}: {ex.Message}"));
            return outcome;
        }
    }

    private static Outcome BuildOne(string file, Request request, Task<(TemplateSet? Set, string? Error)> templates, Outcome outcome)
    {
        var language = outcome.Language;
        var loaded = DataFileLoader.LoadFile(file);
        foreach (var d in loaded.Diagnostics) outcome.Diagnostic(d);
        if (loaded.Data is null)
        {
            outcome.Error(CliTexts.Get(CliText.BuildFailed, language, file), isError: false);
            return outcome;
        }

        var (set, _) = templates.Result;
        if (set is null) return new Outcome(language) { NoTemplates = true };

        // Compose everything first: a template error writes nothing rather than half a set of files.
        var documents = new List<(string Suffix, ReportDocument Document)>();
        var results = new List<ComposeResult>();
        if (request.Report) results.Add(new ReportComposer(set).Compose(loaded.Data));
        if (request.Article)
        {
            if (new ArticleComposer(set).Compose(loaded.Data) is { } article) results.Add(article);
            else outcome.Out(CliTexts.Get(CliText.ArticleSkipped, language, file));
        }
        foreach (var composed in results)
        {
            foreach (var d in composed.Diagnostics) outcome.Diagnostic(d);
            if (composed.Document is { } document)
                documents.Add((document.Kind == DocumentKind.Article ? ArticleSuffix : ReportSuffix, document));
        }
        if (documents.Count < results.Count)
        {
            outcome.Error(CliTexts.Get(CliText.BuildFailed, language, file), isError: false);
            return outcome;
        }

        var folderPath = OutputFolderFor(file, request.OutputFolder);
        var stem = Path.GetFileNameWithoutExtension(file);
        try
        {
            // Rendered first and written together: one manifest update per data file, not one per document.
            // The renders of one file run side by side: for a single file that overlaps each renderer's
            // one-time start-up (loading OpenXml, reading fonts); for many, the outer loop keeps cores busy anyway.
            var jobs = documents.SelectMany(d => request.Renderers.Select(r => (d.Suffix, d.Document, Renderer: r))).ToList();
            var rendered = new List<(string FileName, byte[] Content)>[jobs.Count];
            Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, request.Jobs) }, i =>
            {
                var (suffix, document, renderer) = jobs[i];
                rendered[i] = [($"{stem}.{suffix}.{renderer.Extension}", renderer.Render(document))];
                if (renderer.Format == "html" && document.Kind == DocumentKind.Article)
                    rendered[i].Add(($"{stem}.{FragmentSuffix}.html", Fragment(renderer, document)));
            });
            var outputs = rendered.SelectMany(r => r).ToList();
            foreach (var result in new OutputFolder(folderPath).WriteAll(outputs, request.Force)) Report(outcome, result);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            outcome.Error(CliTexts.Get(CliText.WriteFailed, language, folderPath, ex.Message));
            return outcome;
        }
        outcome.Succeeded = true;
        return outcome;
    }

    /// <summary>
    /// The article's body alone, for a web portal. A method of its own so that the HTML renderer's assembly is
    /// loaded only when HTML is asked for.
    /// </summary>
    private static byte[] Fragment(IDocumentRenderer renderer, ReportDocument document) =>
        System.Text.Encoding.UTF8.GetBytes(((Reports.Rendering.Html.HtmlRenderer)renderer).RenderFragment(document));

    private static void Report(Outcome outcome, WriteResult result) =>
        outcome.Out(Describe(result, outcome.Language), notable: result.Kind == WriteKind.WrittenBeside);

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
