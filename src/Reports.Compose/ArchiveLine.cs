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
    /// State (NĐ 30): one line, the marks after the archive units, the copies in brackets: "- Lưu: VT, VP, Ng.A (10).".
    /// Party (HD 36): "- Lưu Văn phòng Huyện ủy." stays a sentence of its own; the typist's mark and the copies
    /// follow on the next line, "Ng.A (10)", without a dash, since they are no recipient.
    /// </summary>
    public static IEnumerable<string> Lines(Regime regime, Recipients recipients)
    {
        var archive = recipients.Archive.Trim().TrimEnd('.', ',', ';');
        var mark = Mark(recipients);
        if (regime == Regime.Party)
        {
            yield return $"- Lưu {archive}.";
            if (mark.Length > 0) yield return mark;
            yield break;
        }
        var marks = recipients.DrafterMark is { } drafter && drafter.Trim().Length > 0 ? $", {mark}" : mark.Length > 0 ? $" {mark}" : "";
        yield return $"- Lưu: {archive}{marks}.";
    }

    /// <summary>"Ng.A (10)", "Ng.A", "(10)", or "" for neither.</summary>
    private static string Mark(Recipients recipients)
    {
        var drafter = recipients.DrafterMark?.Trim().TrimEnd('.', ',', ';') ?? "";
        var copies = recipients.Copies is { } n ? $"({n})" : "";
        return string.Join(' ', new[] { drafter, copies }.Where(part => part.Length > 0));
    }
}
