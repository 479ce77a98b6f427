using Reports.Compose.Templating;
using Reports.Core.Diagnostics;

namespace Reports.Pipeline;

/// <summary>Why the templates could not be used: a template error (with its file and line) or an unreadable folder.</summary>
public sealed record TemplateFailure(string Folder, Diagnostic? Diagnostic, string? Message);

/// <summary>
/// The run's one template set. Compiling it is the slowest step of a cold start, so it starts at once, in the
/// background, and overlaps the reading of the first data files; every thread then shares the result.
/// </summary>
internal sealed class TemplateLoad
{
    private readonly Task<(TemplateSet? Set, TemplateFailure? Failure)> _task;

    private TemplateLoad(string? folder) => _task = Task.Run(() => Load(folder));

    public static TemplateLoad Start(string? folder) => new(folder);

    /// <summary>Waits for the templates; null when they failed (see <see cref="Failure"/>).</summary>
    public TemplateSet? Set => _task.Result.Set;

    public TemplateFailure? Failure => _task.Result.Failure;

    private static (TemplateSet?, TemplateFailure?) Load(string? folder)
    {
        try
        {
            return (TemplateSet.Load(folder), null);
        }
        catch (TemplateException ex)
        {
            return (null, new TemplateFailure(folder ?? "", ex.Diagnostic, null));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, new TemplateFailure(folder ?? "", null, ex.Message));
        }
    }
}
