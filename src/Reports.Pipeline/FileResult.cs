namespace Reports.Pipeline;

/// <summary>How building one data file ended, and what happened on the way.</summary>
/// <param name="DataFile">The data file, as given.</param>
/// <param name="Succeeded">Every requested output that applies was written.</param>
/// <param name="WaitedForTemplates">The file loaded but the run's templates failed: the run reports that once, not per file.</param>
public sealed record FileResult(string DataFile, bool Succeeded, bool WaitedForTemplates, IReadOnlyList<FileEvent> Events);
