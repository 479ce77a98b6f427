using Reports.Core.Diagnostics;
using Reports.Pipeline.Output;

namespace Reports.Pipeline;

/// <summary>
/// Something that happened while building one data file, in the order it happened. Events carry facts, not
/// words: the program that shows them chooses the language.
/// </summary>
public abstract record FileEvent;

/// <summary>An error or warning from loading the data file or from composing a document.</summary>
public sealed record DiagnosticEvent(Diagnostic Diagnostic) : FileEvent;

/// <summary>The data does not call for this document (an article needs a meeting); not a failure.</summary>
public sealed record DocumentSkipped(string Document) : FileEvent;

/// <summary>The file could not be built because of the diagnostics before this event.</summary>
public sealed record NotBuilt : FileEvent;

/// <summary>An output went into the output folder (or was left as it was).</summary>
public sealed record OutputWritten(WriteResult Result) : FileEvent;

/// <summary>The output folder could not be written.</summary>
public sealed record WriteFailed(string Folder, string Message) : FileEvent;

/// <summary>A rendered output is larger than <see cref="BuildOptions.MaxOutputBytes"/>; nothing of the data file is written.</summary>
public sealed record OutputTooLarge(string FileName, long Bytes, long Limit) : FileEvent;

/// <summary>A fault nobody expected; it fails this file only.</summary>
public sealed record UnexpectedFailure(string ExceptionType, string Message) : FileEvent;
