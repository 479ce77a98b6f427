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
            var text = Start(seed, number, length, pages);
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

    /// <summary>
    /// The first file of chain <paramref name="number"/>: sample <paramref name="number"/>, or when its unit is
    /// district-level and the chain would run past 30/6/2025 (there is no district level after it), the
    /// first later sample of the same seed whose chain fits; always the same for the same arguments.
    /// </summary>
    private static string Start(long seed, int number, int length, int? pages)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = SampleGenerator.One(seed, number + attempt * 1_000_003, pages);
            var data = Reports.Core.DataFileLoader.Load(SampleGenerator.FileName(number), Encoding.UTF8.GetBytes(text)).Data;
            if (data is null || attempt == 100) return text;
            var last = data.Reporting.Period;
            for (var i = 1; i < length; i++) last = last.Following;
            var district = data.Issuer.Level is UnitLevel.District or UnitLevel.Town
                || (data.Issuer.Level == UnitLevel.ProvincialCity && data.Issuer.ParentBody is not null);
            if (!district || Reports.Core.Init.StartingFile.SuggestedDate(last) < new NodaTime.LocalDate(2025, 7, 1)) return text;
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
