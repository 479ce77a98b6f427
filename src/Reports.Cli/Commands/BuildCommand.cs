using System.Diagnostics;
using System.Globalization;
using Reports.Cli.Texts;
using Reports.Core.Diagnostics;
using Reports.Pipeline;

namespace Reports.Cli.Commands;

/// <summary>
/// `baocao build FILE|FOLDER|PATTERN... -o DIR --format ... --documents ... --jobs N`: reads the arguments into
/// <see cref="BuildOptions"/>, runs the <see cref="BuildPipeline"/> and prints what it did (<see cref="BuildPrinter"/>).
/// Everything about documents, outputs, templates, parallelism and writing lives in the pipeline.
/// </summary>
internal static class BuildCommand
{
    /// <summary>The command line's values, as typed.</summary>
    public sealed record Arguments(IReadOnlyList<string> Files, string? OutputFolder, string? Formats, string? TemplatesFolder,
        bool Force, string? Documents, string? Jobs);

    /// <summary>What to build: the expanded data files and the pipeline's options.</summary>
    public sealed record Request(IReadOnlyList<string> Files, BuildOptions Options);

    /// <summary>The request, or the usage error to show instead (nothing is built then).</summary>
    public static (Request? Request, string? Problem) Options(Arguments arguments, Language language)
    {
        string Text(CliText id, params object[] args) => CliTexts.Get(id, language, args);

        if (arguments.Files.Count == 0) return (null, Text(CliText.NoFiles));
        var jobs = Environment.ProcessorCount;
        if (arguments.Jobs is { } jobText && (!int.TryParse(jobText, NumberStyles.None, CultureInfo.InvariantCulture, out jobs) || jobs < 1))
            return (null, Text(CliText.BadJobs, jobText));
        if (arguments.OutputFolder is { } output && File.Exists(output)) return (null, Text(CliText.OutputIsFile, output));
        if (arguments.TemplatesFolder is { } templates && !Directory.Exists(templates)) return (null, Text(CliText.TemplatesMissing, templates));
        var (formats, unknownFormat) = RendererCatalog.Parse(arguments.Formats);
        if (unknownFormat is not null) return (null, Text(CliText.FormatUnknown, unknownFormat, RendererCatalog.Names));
        var (documents, unknownDocument) = Documents.Parse(arguments.Documents);
        if (unknownDocument is not null) return (null, Text(CliText.BadDocuments, unknownDocument));

        var inputs = InputFiles.Expand(arguments.Files);
        if (InputFiles.Describe(inputs, language) is { } inputProblem) return (null, inputProblem);

        var options = new BuildOptions
        {
            OutputFolder = arguments.OutputFolder,
            Formats = formats,
            Documents = documents,
            TemplatesFolder = arguments.TemplatesFolder,
            Force = arguments.Force,
            Jobs = jobs,
        };
        // Refused before anything is built: one input would silently overwrite the other's outputs.
        var collisions = OutputNames.FindCollisions(inputs.Files, options.OutputFolder);
        if (collisions.Count > 0)
            return (null, string.Join(Environment.NewLine, collisions.Select(c => Text(CliText.NameCollision, c.First, c.Second, c.Folder, c.Stem))));
        return (new Request(inputs.Files, options), null);
    }

    public static int Run(Request request, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = new BuildPipeline(request.Options);
        var printer = new BuildPrinter(console, request.Files.Count);
        var result = printer.ShowsBar
            ? BuildProgress.Run(request.Files.Count, console.Language, progress => pipeline.Run(request.Files, (i, file) =>
            {
                printer.FileDone(i, file);
                progress(file.Succeeded);
            }))
            : pipeline.Run(request.Files, printer.FileDone);

        if (result.TemplateFailure is { } failure)
        {
            console.Error.WriteLine(BuildPrinter.Describe(failure, console.Language));
            return ExitCodes.InvalidData;
        }
        printer.Finish(result, clock.Elapsed);
        return result.Built == request.Files.Count ? ExitCodes.Success : ExitCodes.InvalidData;
    }
}
