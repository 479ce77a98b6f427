using Reports.Compose.Templating;
using Reports.Core.Model;

namespace Reports.Pipeline;

/// <summary>
/// Data file → named documents → named outputs, for one file or hundreds: what `baocao build`, the tests and
/// the benchmarks all run. Templates are compiled once per run and shared; renderers come from the shared
/// <see cref="RendererCatalog"/>; outputs go through <see cref="Output.OutputFolder"/> (atomic writes, a
/// manifest, never over a person's edits). One bad file never stops the others.
/// </summary>
public sealed class BuildPipeline(BuildOptions options)
{
    public BuildOptions Options { get; } = options;

    /// <summary>Inputs whose outputs would overwrite each other's; a caller refuses these before <see cref="Run"/>.</summary>
    public IReadOnlyList<NameCollision> FindCollisions(IReadOnlyList<string> files) => OutputNames.FindCollisions(files, Options.OutputFolder);

    /// <summary>
    /// Builds every file, <see cref="BuildOptions.Jobs"/> pieces of work at a time. <paramref name="fileDone"/>
    /// hears of each file as it ends (from worker threads, in no particular order) with its index in
    /// <paramref name="files"/>.
    /// </summary>
    public BuildResult Run(IReadOnlyList<string> files, Action<int, FileResult>? fileDone = null)
    {
        var templates = TemplateLoad.Start(Options.TemplatesFolder);
        var used = new RenderersUsed();
        var results = new FileResult[files.Count];
        WorkQueue.Run(files.Count, Options.Jobs, (queue, index) =>
            new FileBuild(files[index], Options, templates, used, result =>
            {
                results[index] = result;
                fileDone?.Invoke(index, result);
            }).Start(queue));
        var anyBuilt = results.Any(r => r.Succeeded);
        // Notes describe what was made: a run that made nothing has nothing to note (and finds no font for it).
        return new BuildResult(results, templates.Failure, anyBuilt ? used.Notes() : []);
    }

    /// <summary>
    /// Every output of one data set, in memory and one after another, named for <paramref name="stem"/>:
    /// what a build would write, without files or threads (tests and benchmarks). Documents that do not apply
    /// are left out; a composing error throws.
    /// </summary>
    public IReadOnlyList<(string FileName, byte[] Content)> Produce(ReportData data, string stem, TemplateSet templates)
    {
        var outputs = new List<(string, byte[])>();
        foreach (var definition in Options.Documents)
        {
            if (definition.Compose(templates, data) is not { } composed) continue;
            var (document, pictures) = PictureFiles.Publish(
                composed.Document ?? throw new InvalidOperationException($"{definition.Name}: {string.Join("; ", composed.Diagnostics.Select(d => d.Id))}"),
                stem, definition.Name, Options.Formats);
            foreach (var output in definition.Outputs(Options.Formats))
            {
                var renderer = output.Renderer();
                outputs.Add((output.FileName(stem, definition.Name, renderer), renderer.Render(document)));
            }
            outputs.AddRange(pictures);
        }
        return outputs;
    }
}
