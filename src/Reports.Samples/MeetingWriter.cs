using F = Reports.Core.Schema.DataFields;
using Reports.Core.Model;

namespace Reports.Samples;

/// <summary>
/// The meeting that discusses the report (hoi_nghi), as the unit holds it: a Party committee's conference, a
/// giao ban or a quán triệt; a People's Committee's regular session, giao ban or a meeting that rolls out a
/// law. Chairs, speakers and the closing come from the file's <see cref="Cast"/>; each speaker speaks of his
/// own field; guests and presenters come from the level above.
/// </summary>
internal static class MeetingWriter
{
    /// <summary>A speech a post holder makes, for one regime or both.</summary>
    private sealed record Speech(Post Post, bool? Party, Func<SampleContext, string> Text);

    private static readonly Speech[] Speeches =
    [
        new(Post.PartyOfficeChief, true, c => $"Trình bày dự thảo báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ {c.PeriodName}, nêu rõ những kết quả nổi bật và các chỉ tiêu còn đạt thấp."),
        new(Post.StateOfficeChief, false, c => $"Trình bày dự thảo báo cáo tình hình, kết quả thực hiện nhiệm vụ {c.PeriodName}, nêu rõ những kết quả nổi bật và các chỉ tiêu còn đạt thấp."),
        new(Post.Chairman, true, c => $"Báo cáo tình hình thu ngân sách, giải ngân vốn đầu tư công; đề xuất giải pháp đẩy nhanh tiến độ các dự án trong {c.NextName}."),
        new(Post.FinanceHead, false, c => $"Báo cáo tình hình thu, chi ngân sách; đề xuất giải pháp chống thất thu thuế, đẩy nhanh giải ngân vốn đầu tư công trong {c.NextName}."),
        new(Post.CultureHead, null, c => $"Kiến nghị sớm bố trí kinh phí sửa chữa trường học, trạm y tế xuống cấp {(c.Quarter is 1 or 2 ? "trước mùa mưa bão" : "trong " + c.NextName)}."),
        new(Post.EconomyHead, null, c => "Đề xuất tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng và bảo vệ môi trường ở các khu dân cư mới."),
        new(Post.OrganisationHead, true, c => $"Đề nghị các chi bộ tập trung nâng cao chất lượng sinh hoạt chi bộ và phát triển đảng viên trong {c.NextName}."),
        new(Post.PoliceChief, null, c => $"Báo cáo tình hình an ninh, trật tự; đề nghị các {c.U.SubUnits} phối hợp phòng, chống tội phạm ma túy, giữ vững an ninh cơ sở."),
        new(Post.FrontChair, null, c => $"Đề nghị tiếp tục phát huy vai trò giám sát của Mặt trận, vận động Nhân dân tham gia {(c.U.Rural ? "xây dựng nông thôn mới" : "xây dựng đô thị văn minh")}."),
        new(Post.InspectionHead, true, c => $"Báo cáo kết quả kiểm tra, giám sát {c.PeriodName}; đề nghị các chi bộ chấn chỉnh ngay những thiếu sót đã được chỉ ra."),
    ];

    public static YMap Write(SampleContext c, DateOnly date)
    {
        var r = c.R;
        var u = c.U;
        var cast = c.Cast;
        var kind = r.Next(4) switch { 0 or 1 => MeetingKind.Conference, 2 => MeetingKind.Briefing, _ => MeetingKind.Directive };
        var format = r.Next(10) switch { < 5 => MeetingFormat.InPerson, < 7 => MeetingFormat.Online, _ => MeetingFormat.Mixed };
        var writeFormat = r.Chance(0.8);
        // A meeting the name calls "trực tuyến" is held online or mixed: the format is then always written.
        var online = format != MeetingFormat.InPerson;
        var topic = Pools.DirectiveFor(c);
        var name = kind switch
        {
            MeetingKind.Conference when u.Party => $"Hội nghị Ban Chấp hành Đảng bộ {u.Name} lần thứ {ConferenceNumber(c)}",
            // Names end with the unit and the period where the article's lead can drop them (MeetingName.ForLead).
            MeetingKind.Conference => $"Phiên họp thường kỳ tháng {date.Month} năm {date.Year}",
            MeetingKind.Briefing when u.Party => $"Hội nghị giao ban công tác {u.PartyCommittee} {u.Place} {c.PeriodName}",
            MeetingKind.Briefing => $"Hội nghị giao ban{(online ? " trực tuyến" : "")} {u.People} {u.Place} {c.PeriodName}",
            _ when u.Party => $"Hội nghị học tập, quán triệt {topic}",
            _ => $"Hội nghị triển khai {topic}",
        };
        if (name.Contains("trực tuyến", StringComparison.Ordinal)) writeFormat = true;

        var map = new YMap().Add(F.Meeting.Name, name);
        if (kind != MeetingKind.Conference || r.Chance(0.7)) map.Add(F.Meeting.Kind, kind);
        map.Add(F.Meeting.Date, YScalar.Date(date));
        if (r.Chance(0.8)) map.Add(F.Meeting.StartTime, YScalar.Of(r.Pick(new[] { "07:30", "08:00", "13:30", "14:00" })));
        if (r.Chance(0.8)) map.Add(F.Meeting.Place, $"Hội trường {(u.Party ? u.PartyCommittee : u.People)} {u.Place}");
        if (writeFormat)
        {
            map.Add(F.Meeting.Format, format);
            if (online) map.Add(F.Meeting.ConnectionPoints, YScalar.Integer(ConnectionPoints(c)));
        }

        var chairs = Chairs(c, kind);
        if (r.Chance(0.9)) map.Add(F.Meeting.Chairs, new YList(chairs.Select(p => (YNode)Person(cast.Name(p), cast.Title(p)))));
        if (r.Chance(0.5))
        {
            var guests = r.PickSome(Offices.Guests(u), r.Between(1, 2));
            map.Add(F.Meeting.Guests, new YList(guests.Select(g => g.Named ? (YNode)Person(cast.NameFor(g.Title), g.Title) : YScalar.Of(g.Title))));
        }
        if (kind == MeetingKind.Directive)
        {
            var title = Offices.PresenterTitle(u);
            map.Add(F.Meeting.Presenters, new YList([(YNode)new YMap()
                .Add(F.Presenter.FullName, cast.NameFor(title))
                .Add(F.Presenter.Title, title)
                .Add(F.Presenter.Content, $"những nội dung cơ bản của {topic}")]));
        }
        if (r.Chance(0.8)) map.Add(F.Meeting.Attendees, new YList(Offices.Attendees(u).Take(r.Between(1, 4))));
        var speeches = SpeechesOf(c, chairs[0]);
        if (speeches.Count > 0) map.Add(F.Meeting.Speeches, new YList(speeches));
        var adopted = r.Between(0, 2);
        // Only a Party committee's conference votes on its documents (DOMAIN.md, the editor's conventions).
        if (adopted > 0 && kind == MeetingKind.Conference && u.Party)
        {
            var documents = new List<string> { $"Báo cáo kết quả thực hiện nhiệm vụ {c.PeriodName}, nhiệm vụ trọng tâm {c.NextName}.", $"Chương trình công tác {c.NextName}." };
            map.Add(F.Meeting.Adopted, new YList(documents.Take(adopted)));
        }
        if (r.Chance(0.7))
        {
            map.Add(F.Meeting.Closing, new YMap()
                .Add(F.Closing.FullName, cast.Name(chairs[0]))
                .Add(F.Closing.Title, cast.Title(chairs[0]))
                .Add(F.Closing.Points, new YList(r.PickSome(Pools.ConclusionsFor(u.Party), r.Between(1, 4)).Select(f => f(c)))));
        }
        return map;
    }

    private static YMap Person(string name, string title) => new YMap().Add(F.Person.FullName, name).Add(F.Person.Title, title);

    /// <summary>The Party committee's conferences are numbered within its term: the 2020-2025 term, or the one begun at the 2025 congresses.</summary>
    private static int ConferenceNumber(SampleContext c)
    {
        var (termYear, termQuarter) = c.U.AfterReform ? (2025, c.U.LevelKey == "tinh" ? 4 : 3) : (2020, 3);
        var quarters = Math.Max(0, (c.Year - termYear) * 4 + c.Quarter - termQuarter);
        return 2 + quarters + c.R.Between(0, quarters / 2 + 1);
    }

    /// <summary>Points linked to an online meeting: the units below, or a handful for a small commune's hamlets.</summary>
    private static long ConnectionPoints(SampleContext c) =>
        c.U.LevelKey is "tinh" or "huyen" ? c.U.SubUnitCount + 1 : c.R.Between(3, Math.Max(3, Math.Min(c.U.SubUnitCount, 20)));

    private static List<Post> Chairs(SampleContext c, MeetingKind kind)
    {
        var r = c.R;
        List<Post> chairs = c.U.Party
            ? kind switch
            {
                MeetingKind.Conference => [Post.Secretary, Post.StandingDeputy, Post.Chairman],
                _ => r.Chance(0.6) ? [Post.Secretary, Post.StandingDeputy] : [Post.StandingDeputy],
            }
            : kind switch
            {
                MeetingKind.Conference => [Post.Chairman],
                _ => r.Chance(0.6) ? [Post.Chairman, Post.StandingViceChairman] : [Post.StandingViceChairman],
            };
        return chairs.Take(r.Between(1, chairs.Count)).ToList();
    }

    /// <summary>Up to five speeches, each by a different person of the unit, none by the chair who closes; or by the head of a unit below.</summary>
    private static List<YNode> SpeechesOf(SampleContext c, Post closingChair)
    {
        var r = c.R;
        var u = c.U;
        var count = r.Between(0, 5);
        var people = new HashSet<Post> { Offices.Holder(u, closingChair) };
        var candidates = Speeches.Where(s => s.Party is null || s.Party == u.Party).ToList();
        var list = new List<YNode>();
        // The draft report is presented before anyone discusses it.
        foreach (var speech in r.PickSome(candidates, candidates.Count).OrderBy(s => s.Post is Post.PartyOfficeChief or Post.StateOfficeChief ? 0 : 1))
        {
            if (list.Count >= count) break;
            if (!people.Add(Offices.Holder(u, speech.Post))) continue;
            list.Add(Spoken(c.Cast.Name(speech.Post), c.Cast.Title(speech.Post), speech.Text(c)));
        }
        // The head of a hamlet or commune tells how his own place did it.
        if (list.Count < count && r.Chance(0.6))
        {
            var place = c.NewPlace();
            var title = Offices.SubUnitHead(u, place);
            list.Add(Spoken(c.Cast.NameFor(title), title, $"Chia sẻ kinh nghiệm vận động Nhân dân hiến đất mở rộng đường giao thông tại {u.SubUnit} {place}."));
        }
        return list;
    }

    private static YMap Spoken(string name, string title, string summary) =>
        new YMap().Add(F.Speech.FullName, name).Add(F.Speech.Title, title).Add(F.Speech.Summary, summary);
}
