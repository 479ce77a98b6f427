using Reports.Core;
using Reports.Core.Model;

namespace Reports.Compose;

/// <summary>
/// The last lines of "Nơi nhận:": where the original is archived and, when the data file gives them, the
/// drafter's initials and the number of copies (DOMAIN.md, "Recipients and archive marks").
/// </summary>
internal static class ArchiveLine
{
    /// <summary>
    /// State (NĐ 30/2020/NĐ-CP, Phụ lục I, Phần I): the last recipient line is "Lưu", a colon, "VT" and the
    /// drafting unit, ending in a full stop (Mục II, khoản 9, ô số 9b: "- Lưu: VT, TCCB."); the drafter's mark and
    /// the copies issued are a separate element under the recipients (Mục III, khoản 3, ô số 12: the mark in
    /// capitals, the copies in Arabic figures, 11 pt upright; the sample in Mục V reads "PL.(300)").
    /// Party (HD 36-HD/VPTW): "- Lưu Văn phòng Huyện ủy." stays a sentence of its own; the typist's mark and the
    /// copies follow on the next line, "Ng.A (10)", without a dash, since they are no recipient. (HD 36's own
    /// wording of this mark could not be read here; the form follows DOMAIN.md, "Recipients and archive marks".)
    /// </summary>
    public static IEnumerable<string> Lines(Regime regime, Recipients recipients)
    {
        var archive = recipients.Archive.Trim().TrimEnd('.', ',', ';');
        var drafter = recipients.DrafterMark?.Trim().TrimEnd('.', ',', ';') ?? "";
        var copies = recipients.Copies is { } n ? $"({n})" : "";
        if (regime == Regime.Party)
        {
            yield return $"- Lưu {archive}.";
            var mark = string.Join(' ', new[] { drafter, copies }.Where(part => part.Length > 0));
            if (mark.Length > 0) yield return mark;
            yield break;
        }
        yield return $"- Lưu: {archive}.";
        // NĐ 30's "PL.(300)": the mark, a full stop, the copies in brackets; either alone as it is.
        var stateMark = drafter.Length > 0 && copies.Length > 0 ? $"{drafter}.{copies}" : drafter + copies;
        if (stateMark.Length > 0) yield return stateMark;
    }
}
