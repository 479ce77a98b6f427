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
        var name = meeting.Name.Trim();
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
        }
        return shortened ? Templating.VietnameseFunctions.FirstLetter(name, upper: false) : name;
    }
}
