using Reports.Cli.Texts;
using Reports.Core.Diagnostics;
using Reports.Document;
using Reports.Pipeline;
using Reports.Pipeline.Output;

namespace Reports.Cli.Commands;

/// <summary>
/// What `build` shows. Plain output: each file's lines as one block, in the order the files were given, as soon
/// as that file and every one before it are done, so parallel builds never mix lines. Behind a progress bar:
/// only what needs reading (errors, warnings, documents kept because they were edited), after the bar.
/// Then the renderers' notes and, for several files, the summary.
/// </summary>
internal sealed class BuildPrinter(CliConsole console, int fileCount)
{
    private readonly Lock _gate = new();
    private readonly FileResult?[] _done = new FileResult?[fileCount];
    private int _nextToPrint;

    private Language Language => console.Language;

    public bool ShowsBar { get; } = console.IsTerminal && fileCount > 1;

    /// <summary>Called from worker threads as files end, in any order.</summary>
    public void FileDone(int index, FileResult result)
    {
        lock (_gate)
        {
            _done[index] = result;
            if (ShowsBar) return;
            while (_nextToPrint < _done.Length && _done[_nextToPrint] is { } ready)
            {
                Write(ready, onlyNotable: false);
                _nextToPrint++;
            }
        }
    }

    public void Finish(BuildResult result, TimeSpan elapsed)
    {
        if (ShowsBar)
            foreach (var file in result.Files) Write(file, onlyNotable: true);

        foreach (var note in result.Notes) WriteNote(note);

        var files = result.Files;
        if (files.Count <= 1) return;
        console.Out.WriteLine(CliTexts.Get(CliText.BuildSummary, Language, files.Count, result.Built, files.Count - result.Built,
            Elapsed.Format(elapsed, Language)));
        if (result.Built == files.Count) return;
        console.Out.WriteLine(CliTexts.Get(CliText.FailedFiles, Language));
        foreach (var file in files)
            if (!file.Succeeded) console.Out.WriteLine(CliTexts.Get(CliText.FailedFile, Language, FirstErrorLine(file)));
    }

    public static string Describe(TemplateFailure failure, Language language) => failure.Diagnostic is { } d
        ? DiagnosticWriter.Write(d, language)
        : CliTexts.Get(CliText.TemplatesUnreadable, language, failure.Folder, failure.Message ?? "");

    private void Write(FileResult file, bool onlyNotable)
    {
        // The templates' failure is reported once for the run, not once per file that waited for them.
        if (file.WaitedForTemplates) return;
        var lines = file.Events.Select(e => Line(file.DataFile, e)).ToList();
        if (onlyNotable && !lines.Any(l => l.Notable)) return;
        foreach (var (toError, text, _) in lines) (toError ? console.Error : console.Out).WriteLine(text);
    }

    /// <summary>An event in words: to the error stream or not, and whether it is worth showing after a progress bar.</summary>
    private (bool ToError, string Text, bool Notable) Line(string dataFile, FileEvent e) => e switch
    {
        DiagnosticEvent d => (true, DiagnosticWriter.Write(d.Diagnostic, Language), true),
        DocumentSkipped => (false, CliTexts.Get(CliText.ArticleSkipped, Language, dataFile), false),
        NotBuilt => (true, CliTexts.Get(CliText.BuildFailed, Language, dataFile), true),
        OutputWritten w => (false, Describe(w.Result), w.Result.Kind == WriteKind.WrittenBeside),
        WriteFailed f => (true, CliTexts.Get(CliText.WriteFailed, Language, f.Folder, f.Message), true),
        OutputTooLarge t => (true, CliTexts.Get(CliText.OutputTooLarge, Language, dataFile, t.FileName, MiB(t.Bytes), MiB(t.Limit)), true),
        UnexpectedFailure u => (true, CliTexts.Get(CliText.UnexpectedError, Language, dataFile, $"{u.ExceptionType}: {u.Message}"), true),
        _ => (false, e.ToString(), false),
    };

    /// <summary>For the summary: the file's first error, beginning with the file's name.</summary>
    private string FirstErrorLine(FileResult file)
    {
        var first = file.Events.Select(e => e switch
        {
            DiagnosticEvent { Diagnostic.IsError: true } d => DiagnosticWriter.Write(d.Diagnostic, Language),
            WriteFailed or UnexpectedFailure or OutputTooLarge => Line(file.DataFile, e).Text,
            _ => null,
        }).FirstOrDefault(text => text is not null);
        var line = first?.Split('\n')[0] ?? CliTexts.Get(CliText.BuildFailed, Language, file.DataFile);
        return line.StartsWith(file.DataFile, StringComparison.Ordinal) ? line : $"{file.DataFile}: {line}";
    }

    /// <summary>Bytes in MiB, two decimals, written the Vietnamese way (comma) in both languages, as every number.</summary>
    private static string MiB(long bytes) => Reports.Core.Formatting.VietnameseNumber.Format(Math.Round(bytes / (1024m * 1024m), 2));

    private string Describe(WriteResult result) => result.Kind switch
    {
        WriteKind.Created or WriteKind.Replaced => CliTexts.Get(CliText.Wrote, Language, Shown(result.WrittenPath)),
        WriteKind.Unchanged => CliTexts.Get(CliText.Unchanged, Language, Shown(result.WrittenPath)),
        WriteKind.WrittenBeside => CliTexts.Get(CliText.WroteBeside, Language, Shown(result.ProtectedPath!), Shown(result.WrittenPath)),
        _ => result.WrittenPath,
    };

    /// <summary>Relative to the current folder when inside it, else in full: "../../tmp/x" helps nobody.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    /// <summary>
    /// A renderer's note in the user's language (the codes are documented where the renderer defines them,
    /// e.g. PdfRenderer.FontNote). Which font the PDF is set in decides where its lines break; the
    /// user learns it once per run, and how to get a better one when the tool had to fall back.
    /// </summary>
    private void WriteNote(RendererNote note)
    {
        var a = note.Arguments;
        var text = note.Code switch
        {
            "pdf.font" when a.Count == 3 => CliTexts.Get(CliText.PdfFont, Language, a[0], CliTexts.Get(a[1] switch
            {
                "bundled" => CliText.FontSourceBundled,
                "system" => CliText.FontSourceSystem,
                _ => CliText.FontSourceConfigured,
            }, Language), a[2]),
            "pdf.font-fallback" when a.Count == 1 => CliTexts.Get(CliText.PdfFontFallback, Language, a[0]),
            // A note this program has no words for yet is still shown, as the renderer gave it.
            _ => $"{note.Code}: {string.Join(", ", a)}",
        };
        (note.IsWarning ? console.Error : console.Out).WriteLine(text);
    }
}
