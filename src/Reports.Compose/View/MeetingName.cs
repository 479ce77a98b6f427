using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// The meeting's name as the article's lead can say it after "<unit> tổ chức ... <period>": a name such as
/// "Hội nghị giao ban trực tuyến Ủy ban nhân dân huyện 6 tháng đầu năm 2024" ends with the unit and the
/// period the lead already names, so those trailing words go ("hội nghị giao ban trực tuyến"). A name that
/// loses words is no longer a title, so it starts in lower case; one that loses none is kept as written.
/// </summary>
public static class MeetingName
{
    public static string ForLead(ReportData data)
    {
        var meeting = data.Meeting ?? throw new ArgumentException("no meeting", nameof(data));
        var (name, shortened) = WithoutTrailing(meeting.Name.Trim(), data);
        // "Huyện ủy Quốc Oai tổ chức hội nghị Ban Chấp hành Đảng bộ huyện Quốc Oai ...": the lead has named the
        // place; inside the name the level word alone says it ("Đảng bộ huyện").
        var locality = data.Issuer.Locality;
        if (locality.Length > 0)
        {
            var inner = System.Text.RegularExpressions.Regex.Replace(name,
                $@"(?<=\S )(huyện|xã|phường|thị trấn|quận|thị xã|thành phố|tỉnh) {System.Text.RegularExpressions.Regex.Escape(locality)}(?!\w)", "$1");
            if (inner != name) (name, shortened) = (inner, true);
        }
        return shortened ? Templating.VietnameseFunctions.FirstLetter(name, upper: false) : name;
    }

    /// <summary>
    /// What a quán triệt meeting studies, from its name: the words after "quán triệt" (and a following
    /// "triển khai" or "học tập"), without the unit and period at the end. "Hội nghị quán triệt Nghị quyết số
    /// 71-NQ/TW của Bộ Chính trị" gives "Nghị quyết số 71-NQ/TW của Bộ Chính trị"; null when the name does not
    /// say, so the headline falls back to general words.
    /// </summary>
    public static string? Studied(ReportData data)
    {
        if (data.Meeting is not { Kind: MeetingKind.Directive } meeting) return null;
        const string verb = "quán triệt";
        var at = meeting.Name.LastIndexOf(verb, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = meeting.Name[(at + verb.Length)..].TrimStart(' ', ',');
        foreach (var more in new[] { "và triển khai", "triển khai", "và học tập", "học tập" })
            if (rest.StartsWith(more + " ", StringComparison.OrdinalIgnoreCase)) rest = rest[more.Length..].TrimStart(' ', ',');
        var (studied, _) = WithoutTrailing(rest.Trim(), data);
        return studied.Length > 0 ? studied : null;
    }

    // Words that only join the name to the unit or period after them.
    private static readonly string[] Joints = ["của", "tại", "và"];

    /// <summary>The name without the unit's name and the period at its end, and whether anything went.</summary>
    private static (string Name, bool Shortened) WithoutTrailing(string name, ReportData data)
    {
        var issuer = data.Issuer;
        var period = data.Reporting;
        string[] trailing =
        [
            period.Period.Name(period.Style),
            period.Period.ShortName(period.Style),
            issuer.Name,
            // "Ủy ban nhân dân huyện" for "Ủy ban nhân dân huyện Mỹ Đức": the unit without its place.
            issuer.Name.EndsWith(" " + issuer.Locality, StringComparison.OrdinalIgnoreCase)
                ? issuer.Name[..^(issuer.Locality.Length + 1)]
                : issuer.Name,
        ];
        var shortened = false;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var words in trailing)
            {
                if (name.Length > words.Length && name.EndsWith(" " + words, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^(words.Length + 1)].TrimEnd(' ', ',');
                    shortened = changed = true;
                }
            }
            // "... của Ủy ban nhân dân xã X" loses the unit: the word that led to it must go too.
            foreach (var joint in Joints)
            {
                if (shortened && name.EndsWith(" " + joint, StringComparison.OrdinalIgnoreCase))
                {
                    name = name[..^(joint.Length + 1)].TrimEnd(' ', ',');
                    changed = true;
                }
            }
        }
        return (name, shortened);
    }
}
