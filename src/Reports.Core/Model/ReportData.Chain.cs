using Reports.Core.Diagnostics;

namespace Reports.Core.Model;

/// <summary>
/// What ties a report to the one before it (<c>bao_cao_truoc</c>). Init-only and outside the positional
/// constructor, because only the loader's chain step (<see cref="Chain.ReportChain"/>) sets them.
/// </summary>
public sealed partial record ReportData
{
    /// <summary>The file's <c>bao_cao_truoc</c> and the places messages about the chain point at; null without one.</summary>
    public PreviousReference? PreviousReference { get; init; }

    /// <summary>The file's <c>nhiem_vu_ky_truoc</c>, as written.</summary>
    public IReadOnlyList<TaskReviewEntry> TaskReviewEntries { get; init; } = [];

    /// <summary>Where each figure's keys stand, in <see cref="Chain.FigureWalk"/> order, for messages about figures across files.</summary>
    public IReadOnlyList<FigureSpot> FigureSpots { get; init; } = [];

    /// <summary>The previous period's report, loaded and checked; null without <c>bao_cao_truoc</c>.</summary>
    public ReportData? PreviousReport { get; init; }

    /// <summary>How the previous report's tasks went, every one of them; null without <c>bao_cao_truoc</c>.</summary>
    public TaskReview? TaskReview { get; init; }
}

/// <summary><c>bao_cao_truoc</c>: the path as written (relative to the file) and where it stands.</summary>
public sealed record PreviousReference(string Path, SourceLocation At);

/// <summary>One item of <c>nhiem_vu_ky_truoc</c>: the previous task's number (from 1), its progress if given, a note.</summary>
public sealed record TaskReviewEntry(int Number, TaskProgress? Progress, string? Note, SourceLocation At);

/// <summary>Where a figure's code, unit and <c>cong_don</c> stand (the figure's own place when a key is absent).</summary>
public sealed record FigureSpot(SourceLocation At, SourceLocation UnitAt, SourceLocation AddsUpAt);

/// <summary>Every task the previous report set, with what this report says of it.</summary>
/// <param name="Period">The previous report's period and style, to name it ("quý I năm 2024").</param>
public sealed record TaskReview(Formatting.ReportingPeriod Period, Formatting.PeriodStyle Style, IReadOnlyList<ReviewedTask> Tasks)
{
    public IReadOnlyList<ReviewedTask> With(TaskProgress progress) => Tasks.Where(t => t.Progress == progress).ToList();
}

/// <summary>A previous task (numbered from 1) and its progress; null progress: not reviewed.</summary>
public sealed record ReviewedTask(int Number, TaskItem Task, TaskProgress? Progress, string? Note);
