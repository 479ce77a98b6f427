using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;
using V = Reports.Core.Schema.DataFields.ViewNames;

namespace Reports.Compose.View;

/// <summary>
/// What templates see of the previous report's tasks (<c>nhiem_vu_ky_truoc</c>): its period (<c>ky</c>), how
/// many tasks it set (<c>tong_so</c>), and one list per status, named by the status key (<c>hoan_thanh</c>,
/// <c>dang_thuc_hien</c>, <c>chua_thuc_hien</c>, <c>chuyen_tiep</c>), each task with <c>stt</c>, <c>noi_dung</c>
/// and <c>ghi_chu</c>. Tasks without a status are in no list, so the clerk's wording never guesses.
/// </summary>
internal static class TaskReviewView
{
    public static ViewObject Build(TaskReview review)
    {
        var view = new ViewObject(review)
        {
            { V.PeriodName, new ViewPeriod(review.Period, review.Style) },
            { V.TaskCount, review.Tasks.Count },
        };
        foreach (var progress in Enum.GetValues<TaskProgress>())
            view.Add(F.TaskReview.Status.Choice.KeyOf(progress), review.With(progress).Select(Task).ToList());
        return view;
    }

    private static ViewObject Task(ReviewedTask t) => new(t)
    {
        { V.Number, t.Number },
        { F.Task.Text, t.Task.Text },
        { F.TaskReview.Note, t.Note },
    };
}
