using System.Globalization;
using System.Text;
using Reports.Core.Chain;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Samples;

/// <summary>
/// Chains of samples (<c>baocao sample --chuoi K</c>), so batch runs exercise <c>bao_cao_truoc</c>: each
/// sample starts a chain of K files of the same unit, one period apart, each made from the one before the
/// way <c>baocao ky-toi</c> makes it, with the review of the previous tasks filled in.
/// </summary>
public static class SampleChains
{
    public const int MaxLength = 4;

    /// <summary>"mau-0001-2.yaml": link 2 of chain 1.</summary>
    public static string FileName(int number, int link) =>
        $"mau-{number.ToString("0000", CultureInfo.InvariantCulture)}-{link.ToString(CultureInfo.InvariantCulture)}.yaml";

    /// <summary>Chains 1..<paramref name="count"/> of <paramref name="length"/> files each, in chain order.</summary>
    public static IEnumerable<(string FileName, string Text)> Many(int count, int length, long seed = SampleGenerator.DefaultSeed, int? pages = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, MaxLength);
        for (var number = 1; number <= count; number++)
        {
            var text = SampleGenerator.One(seed, number, pages);
            yield return (FileName(number, 1), text);
            for (var link = 2; link <= length; link++)
            {
                // Only the last file's review carries a task over: a carried task joins that report's task
                // list, and FromText would not see it when making the file after.
                text = Review(NextPeriodFile.FromText(text, FileName(number, link - 1)), number + link, carryOver: link == length);
                yield return (FileName(number, link), text);
            }
        }
    }

    // Fills each empty status in turn: most tasks done, some in progress or not started, one carried over.
    private static string Review(string text, int salt, bool carryOver)
    {
        var empty = $"    {F.TaskReview.Status.Key}:\n";
        var note = $"    {F.TaskReview.Note.Key}:\n";
        TaskProgress[] cycle = carryOver
            ? [TaskProgress.Done, TaskProgress.InProgress, TaskProgress.Done, TaskProgress.CarriedOver, TaskProgress.Done, TaskProgress.NotStarted]
            : [TaskProgress.Done, TaskProgress.InProgress, TaskProgress.Done, TaskProgress.Done, TaskProgress.NotStarted];
        var s = new StringBuilder(text.Length + 256);
        int at = 0, index = salt;
        for (int found; (found = text.IndexOf(empty, at, StringComparison.Ordinal)) >= 0; at = found + empty.Length)
        {
            var status = cycle[index++ % cycle.Length];
            s.Append(text, at, found - at).Append(empty.AsSpan(0, empty.Length - 1)).Append(' ')
                .Append(F.TaskReview.Status.Choice.KeyOf(status)).Append('\n');
            // The empty note that follows gets a few words for a task not done.
            if (status != TaskProgress.Done && string.CompareOrdinal(text, found + empty.Length, note, 0, note.Length) == 0)
            {
                s.Append(note.AsSpan(0, note.Length - 1)).Append(' ')
                    .Append(status == TaskProgress.NotStarted ? "chờ hướng dẫn của cấp trên" : "đã thực hiện được khoảng 70% khối lượng").Append('\n');
                found += note.Length;
            }
        }
        return s.Append(text, at, text.Length - at).ToString();
    }
}
