using Reports.Core.Diagnostics;
using Reports.Core.Model;

namespace Reports.Core.Chain;

/// <summary>
/// The review of the previous report's tasks (<c>nhiem_vu_ky_truoc</c>): checks the numbers, warns of each
/// task left without a status, and carries tasks marked <c>chuyen_tiep</c> into this report's tasks, once.
/// </summary>
internal static class TaskCarry
{
    public static ReportData Apply(ReportData data, ReportData? previous, string shownPrevious, List<Diagnostic> diagnostics)
    {
        if (previous is null) return data;
        var count = previous.Tasks.Count;
        var byNumber = new Dictionary<int, TaskReviewEntry>();
        foreach (var entry in data.TaskReviewEntries)
        {
            if (entry.Number > count)
                diagnostics.Add(Diagnostic.Error(MessageId.TaskNumberUnknown, entry.At, "", shownPrevious, Text(count), Text(entry.Number)));
            else if (byNumber.TryGetValue(entry.Number, out var first))
                diagnostics.Add(Diagnostic.Error(MessageId.TaskReviewedTwice, entry.At, "", Text(entry.Number), Text(first.At.Line)));
            else
                byNumber[entry.Number] = entry;
        }

        var reviewed = previous.Tasks.Select((task, i) =>
        {
            byNumber.TryGetValue(i + 1, out var entry);
            return new ReviewedTask(i + 1, task, entry?.Progress, entry?.Note);
        }).ToList();
        foreach (var task in reviewed.Where(t => t.Progress is null))
            diagnostics.Add(Diagnostic.Warning(MessageId.TaskNotReviewed, data.PreviousReference!.At, "", Text(task.Number), task.Task.Text));

        return data with
        {
            TaskReview = new TaskReview(previous.Reporting.Period, previous.Reporting.Style, reviewed),
            Tasks = CarryOver(data.Tasks, reviewed.Where(t => t.Progress == TaskProgress.CarriedOver).Select(t => t.Task)),
        };
    }

    /// <summary>
    /// This report's tasks with the carried ones marked: a task the clerk already copied into <c>nhiem_vu</c>
    /// is marked where it stands; any other is added at the end. The previous deadline, a day that has
    /// passed, is dropped; its words ("Thường xuyên") are kept.
    /// </summary>
    private static IReadOnlyList<TaskItem> CarryOver(IReadOnlyList<TaskItem> tasks, IEnumerable<TaskItem> carried)
    {
        var result = tasks.ToList();
        foreach (var task in carried)
        {
            var same = result.FindIndex(t => Key(t.Text) == Key(task.Text));
            if (same >= 0)
                result[same] = result[same] with { CarriedOver = true };
            else
                result.Add(task with { Deadline = task.Deadline?.Date is null ? task.Deadline : null, CarriedOver = true });
        }
        return result;
    }

    private static string Key(string text) => text.Trim().TrimEnd('.', ';').Trim().ToLowerInvariant();

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
