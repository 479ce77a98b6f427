using Reports.Core;
using Reports.Document;
using Reports.Pipeline.Output;

namespace Reports.Pipeline;

/// <summary>
/// One data file through the pipeline: load and compose (one piece of work), render each output (one piece
/// each, queued as follow-ups), then write them all together when the last render ends (one manifest update
/// per data file). Composing comes first for every document: a template error writes nothing rather than
/// half a set of files. Never throws: a fault fails this file, not the run.
/// </summary>
internal sealed class FileBuild(string file, BuildOptions options, TemplateLoad templates, RenderersUsed used, Action<FileResult> done)
{
    private readonly List<FileEvent> _events = [];
    private (string Name, ReportDocument Document, DocumentOutput Output)[] _jobs = [];
    private (string FileName, byte[] Content)[] _rendered = [];
    private FileEvent? _renderFault;
    private int _remaining;

    /// <summary>The first piece: loads and composes, then queues the renders (or finishes the file).</summary>
    public void Start(WorkQueue queue)
    {
        try
        {
            if (!LoadAndCompose(out var waited))
            {
                Finish(succeeded: false, waited);
                return;
            }
            _rendered = new (string, byte[])[_jobs.Length];
            _remaining = _jobs.Length;
            if (_jobs.Length == 0)
            {
                WriteAndFinish();
                return;
            }
            for (var i = 0; i < _jobs.Length; i++)
            {
                var index = i;
                queue.Add(() => Render(index));
            }
        }
        catch (Exception ex)
        {
            _events.Add(Unexpected(ex));
            Finish(succeeded: false, waited: false);
        }
    }

    private bool LoadAndCompose(out bool waitedForTemplates)
    {
        waitedForTemplates = false;
        var loaded = DataFileLoader.LoadFile(file);
        foreach (var d in loaded.Diagnostics) _events.Add(new DiagnosticEvent(d));
        if (loaded.Data is null)
        {
            _events.Add(new NotBuilt());
            return false;
        }

        if (templates.Set is not { } set)
        {
            waitedForTemplates = true;
            return false;
        }

        var jobs = new List<(string, ReportDocument, DocumentOutput)>();
        var failed = false;
        foreach (var definition in options.Documents)
        {
            if (definition.Compose(set, loaded.Data) is not { } composed)
            {
                _events.Add(new DocumentSkipped(definition.Name));
                continue;
            }
            foreach (var d in composed.Diagnostics) _events.Add(new DiagnosticEvent(d));
            if (composed.Document is not { } document)
            {
                failed = true;
                continue;
            }
            foreach (var output in definition.Outputs(options.Formats)) jobs.Add((definition.Name, document, output));
        }
        if (failed)
        {
            _events.Add(new NotBuilt());
            return false;
        }
        _jobs = [.. jobs];
        return true;
    }

    private void Render(int index)
    {
        try
        {
            var (name, document, output) = _jobs[index];
            var renderer = output.Renderer();
            used.Add(renderer);
            var fileName = output.FileName(OutputNames.StemOf(file), name, renderer);
            var bytes = renderer.Render(document);
            if (bytes.Length > options.MaxOutputBytes)
                Interlocked.CompareExchange(ref _renderFault, new OutputTooLarge(fileName, bytes.Length, options.MaxOutputBytes), null);
            else
                _rendered[index] = (fileName, bytes);
        }
        catch (Exception ex)
        {
            Interlocked.CompareExchange<FileEvent?>(ref _renderFault, Unexpected(ex), null);
        }
        // The last render to end writes the file's outputs; the decrement also publishes every slot to it.
        if (Interlocked.Decrement(ref _remaining) == 0) WriteAndFinish();
    }

    private void WriteAndFinish()
    {
        if (_renderFault is { } fault)
        {
            _events.Add(fault);
            Finish(succeeded: false, waited: false);
            return;
        }
        var folder = OutputNames.FolderFor(file, options.OutputFolder);
        try
        {
            foreach (var result in new OutputFolder(folder).WriteAll(_rendered, options.Force)) _events.Add(new OutputWritten(result));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _events.Add(new WriteFailed(folder, ex.Message));
            Finish(succeeded: false, waited: false);
            return;
        }
        catch (Exception ex)
        {
            _events.Add(Unexpected(ex));
            Finish(succeeded: false, waited: false);
            return;
        }
        Finish(succeeded: true, waited: false);
    }

    private static UnexpectedFailure Unexpected(Exception ex) => new(ex.GetType().Name, ex.Message);

    private void Finish(bool succeeded, bool waited)
    {
        _jobs = [];
        _rendered = [];
        done(new FileResult(file, succeeded, waited, _events));
    }
}
