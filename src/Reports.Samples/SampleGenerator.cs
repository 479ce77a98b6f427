using F = Reports.Core.Schema.DataFields;
using System.Globalization;
using Reports.Core;
using Reports.Core.Model;
using Reports.Core.Formatting;
using Reports.Core.Layout;

namespace Reports.Samples;

/// <summary>
/// Writes realistic, valid, synthetic data files: both regimes, every unit level of its time, all four
/// quarters and both period styles, 2023-2026, with and without meetings, drafts without numbers.
/// Sample N of seed S is always the same text, whatever the count asked for and on whatever machine.
/// </summary>
public static class SampleGenerator
{
    /// <summary>The seed used when none is given.</summary>
    public const long DefaultSeed = 20240404;

    /// <summary>Body characters of one A4 page at 14 pt with the default margins and spacing, roughly.</summary>
    internal const int CharactersPerPage = 2400;

    /// <summary>"mau-0001.yaml" for sample 1.</summary>
    public static string FileName(int number) => $"mau-{number.ToString("0000", CultureInfo.InvariantCulture)}.yaml";

    /// <summary>Samples 1..<paramref name="count"/> of <paramref name="seed"/>, with their file names.</summary>
    public static IEnumerable<(string FileName, string Text)> Many(int count, long seed = DefaultSeed, int? pages = null)
    {
        for (var number = 1; number <= count; number++)
            yield return (FileName(number), One(seed, number, pages));
    }

    /// <summary>
    /// Sample <paramref name="number"/> of <paramref name="seed"/>. With <paramref name="pages"/>, a report
    /// of about that many pages (every domain, many statements) for load tests and benchmarks.
    /// </summary>
    public static string One(long seed, int number, int? pages = null)
    {
        if (pages is < 1) throw new ArgumentOutOfRangeException(nameof(pages), pages, "at least 1");
        var r = new SampleRandom(SampleRandom.SeedOf(seed, number));
        var party = r.Chance(0.6);
        var year = r.Between(2023, 2026);
        var quarter = r.Between(1, 4);
        var style = r.Chance(0.5) ? PeriodStyle.Quarter : PeriodStyle.Cumulative;
        var unit = Unit(r, party, year, quarter);
        var c = new SampleContext(r, unit, year, quarter, style);
        var date = DocumentDate(r, year, quarter);

        var root = new YMap()
            .Add(F.Root.Version, YScalar.Integer(1))
            .Add(F.Root.Regime, party ? Regime.Party : Regime.State)
            .Add(F.Root.Issuer, Issuer(c))
            .Add(F.Root.Document, Document(c, date))
            .Add(F.Root.Period, Period(c, style))
            .Add(F.Root.Results, pages is { } p ? LongResults(c, p) : Results(c));
        if (r.Chance(0.7)) root.Add(F.Root.Assessment, Assessment(c));
        root.Add(F.Root.Tasks, Tasks(c, pages is null ? r.Between(3, 15) : 15));
        if (r.Chance(0.5)) root.Add(F.Root.Proposals, new YList(r.PickSome(Pools.Proposals, r.Between(1, 3)).Select(f => f(c))));
        var meetingDate = date;
        // A long report (for benchmarks) always has its meeting, so that an article can be measured too.
        var meeting = pages is not null || r.Chance(0.65) ? Meeting(c, date, out meetingDate) : null;
        root.Add(F.Root.Meeting, meeting);
        root.Add(F.Root.Signature, Signature(c));
        root.Add(F.Root.Recipients, Recipients(c));
        if (meeting is not null && r.Chance(0.7)) root.Add(F.Root.Article, Article(c, meetingDate));
        if (r.Chance(0.25)) root.Add(F.Root.Layout, Layout(c));

        var issuer = party ? unit.PartyCommittee + " " + unit.Place : unit.People + " " + unit.Place;
        return YamlText.Write(root,
        [
            $"Dữ liệu giả định do `baocao sample` sinh ra (hạt giống {seed}, mẫu số {number}{(pages is { } n ? $", khoảng {n} trang" : "")}).",
            $"{issuer}: báo cáo {c.PeriodName}. Tên người, địa danh và số liệu đều là bịa.",
        ]);
    }

    private static SampleUnit Unit(SampleRandom r, bool party, int year, int quarter)
    {
        // The district level ended on 1 July 2025; special zones began then.
        var beforeReform = year < 2025 || quarter <= 2;
        var levels = year <= 2024
            ? new[] { "huyen", "huyen", "huyen", "xa", "xa", "phuong", "tinh" }
            : beforeReform
                ? new[] { "xa", "xa", "phuong", "tinh" }
                : new[] { "xa", "xa", "xa", "phuong", "phuong", "dac_khu", "tinh" };
        var level = r.Pick(levels);
        var used = new HashSet<string>();
        var province = Words.Place(r, used);
        var place = level == "tinh" ? province : Words.Place(r, used);
        var district = beforeReform && level is "xa" or "phuong" ? Words.Place(r, used) : null;
        var (word, committee, subUnits, subUnit, count) = level switch
        {
            "tinh" => ("tỉnh", "Tỉnh ủy", beforeReform ? "huyện, thành phố" : "xã, phường", beforeReform ? "huyện" : "xã", beforeReform ? r.Between(8, 15) : r.Between(40, 120)),
            "huyen" => ("huyện", "Huyện ủy", "xã, thị trấn", "xã", r.Between(12, 30)),
            "xa" => ("xã", "Đảng ủy xã", "thôn, tổ dân phố", "thôn", r.Between(6, 30)),
            "phuong" => ("phường", "Đảng ủy phường", "tổ dân phố", "tổ dân phố", r.Between(8, 40)),
            _ => ("đặc khu", "Đảng ủy đặc khu", "thôn, tổ dân phố", "thôn", r.Between(5, 20)),
        };
        return new SampleUnit
        {
            Party = party, LevelKey = level, LevelWord = word, Place = place, Province = province, District = district,
            PartyCommittee = committee, SubUnits = subUnits, SubUnit = subUnit, SubUnitCount = count,
        };
    }

    /// <summary>Reports are signed late in the period's last month or early in the next one.</summary>
    private static DateOnly DocumentDate(SampleRandom r, int year, int quarter)
    {
        var lastMonth = new DateOnly(year, quarter * 3, 1);
        return r.Chance(0.5) ? lastMonth.AddDays(r.Between(14, 27)) : lastMonth.AddMonths(1).AddDays(r.Between(0, 9));
    }

    private static YMap Issuer(SampleContext c)
    {
        var u = c.U;
        var r = c.R;
        string? parent;
        if (u.Party)
        {
            parent = u.LevelKey switch
            {
                "tinh" => null,
                "huyen" => $"Đảng bộ tỉnh {u.Province}",
                _ when u.District is not null => u.LevelKey == "phuong" ? $"Đảng bộ thị xã {u.District}" : $"Đảng bộ huyện {u.District}",
                _ => $"Đảng bộ tỉnh {u.Province}",
            };
        }
        else
        {
            parent = u.District is not null && r.Chance(0.5) ? $"Ủy ban nhân dân huyện {u.District}" : null;
        }
        var map = new YMap()
            .Add(F.Issuer.ParentBody, parent)
            .Add(F.Issuer.Name, u.Party ? $"{u.PartyCommittee} {u.Place}" : $"{u.People} {u.Place}")
            .Add(F.Issuer.Symbol, u.Party ? u.LevelKey switch { "tinh" => "TU", "huyen" => "HU", _ => "ĐU" } : "UBND")
            .Add(F.Issuer.Level, YScalar.Literal(u.LevelKey))
            .Add(F.Issuer.Locality, u.Place);
        if (r.Chance(0.15)) map.Add(F.Issuer.PlaceName, c.NewPlace());
        return map;
    }

    private static YMap Document(SampleContext c, DateOnly date)
    {
        var r = c.R;
        var draft = r.Chance(0.25);
        var map = new YMap();
        if (!draft && r.Chance(0.85)) map.Add(F.Document.Number, YScalar.Integer(r.Between(1, 420)));
        map.Add(F.Document.Date, YScalar.Date(date));
        if (!c.U.Party && r.Chance(0.3))
            map.Add(F.Document.Subject, $"Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội {c.PeriodName}, nhiệm vụ trọng tâm {c.NextName}");
        if (draft) map.Add(F.Document.IsDraft, YScalar.Boolean(true));
        else if (r.Chance(0.5)) map.Add(F.Document.IsDraft, YScalar.Boolean(false));
        if (r.Chance(0.3))
            map.Add(F.Document.GuidingDocuments, new YList(r.PickSome(Pools.BasisDocuments, r.Between(1, 2)).Select(d => $"{d} {c.Year}")));
        return map;
    }

    private static YMap Period(SampleContext c, PeriodStyle style)
    {
        var map = new YMap().Add(F.Period.Year, YScalar.Integer(c.Year)).Add(F.Period.Quarter, YScalar.Integer(c.Quarter));
        // "luy_ke" is the default: sometimes say so, sometimes leave it out.
        if (style == PeriodStyle.Quarter) map.Add(F.Period.Style, PeriodStyle.Quarter);
        else if (c.R.Chance(0.6)) map.Add(F.Period.Style, PeriodStyle.Cumulative);
        if (c.R.Chance(0.4)) map.Add(F.Period.YearTheme, c.R.Pick(Words.YearThemes));
        return map;
    }

    private static IReadOnlyList<Area> Catalogue(SampleContext c) =>
        Areas.All.Where(a => c.U.Party || !a.PartyOnly)
            .Select(a => a with { Parts = a.Parts.Where(p => c.U.Party || !p.PartyOnly).ToList() })
            .ToList();

    private static YList Results(SampleContext c)
    {
        var r = c.R;
        var catalogue = Catalogue(c);
        // A domain of the report is either a whole area (maybe with some of its parts) or one part on its own.
        var candidates = new List<(Area Area, Area? Parent, int Order)>();
        var order = 0;
        foreach (var area in catalogue)
        {
            candidates.Add((area, null, order++));
            foreach (var part in area.Parts) candidates.Add((part, area, order++));
        }
        var chosen = r.PickSome(candidates, r.Between(2, 8)).OrderBy(x => x.Order).ToList();
        var standalone = chosen.Select(x => x.Area).ToHashSet();

        var list = new YList();
        foreach (var (area, parent, _) in chosen)
        {
            var map = Domain(c, area, r.Between(2, 8), r.Between(0, 6), sampled: true);
            if (parent is null && area.Parts.Count > 0)
            {
                var free = area.Parts.Where(p => !standalone.Contains(p)).ToList();
                var parts = r.PickSome(free, r.Between(0, Math.Min(2, free.Count)));
                var ordered = area.Parts.Where(parts.Contains).ToList();
                map.Add(F.Domain.Children, new YList(ordered.Select(p => (YNode)Domain(c, p, r.Between(2, 8), r.Between(0, 6), sampled: true))));
            }
            list.Items.Add(map);
        }
        return list;
    }

    /// <summary>Every area and part, with as many statements as it takes to fill about <paramref name="pages"/> pages.</summary>
    private static YList LongResults(SampleContext c, int pages)
    {
        var catalogue = Catalogue(c);
        var areaCount = catalogue.Sum(a => 1 + a.Parts.Count);
        const int charactersPerStatement = 190;
        var perArea = Math.Max(2, (int)Math.Ceiling(pages * (double)CharactersPerPage / charactersPerStatement / areaCount));
        var list = new YList();
        foreach (var area in catalogue)
        {
            var map = Domain(c, area, perArea, area.Figures.Count + 2, sampled: false);
            if (area.Parts.Count > 0)
                map.Add(F.Domain.Children, new YList(area.Parts.Select(p => (YNode)Domain(c, p, perArea, p.Figures.Count + 2, sampled: false))));
            list.Items.Add(map);
        }
        return list;
    }

    private static YMap Domain(SampleContext c, Area area, int statements, int figures, bool sampled)
    {
        var r = c.R;
        // The area's own sentences first, in random order; the general ones only to make up the number.
        var patterns = r.PickSome(area.Statements, area.Statements.Count)
            .Concat(r.PickSome(Areas.General, Areas.General.Count).Select(g => (Func<SampleContext, string>)(x => g(x, area.Topic))))
            .ToList();
        // A normal report says each thing once; a long one runs through the patterns again with other numbers.
        var chosenStatements = sampled
            ? patterns.Take(statements).ToList()
            : Enumerable.Range(0, statements).Select(i => patterns[i % patterns.Count]).ToList();
        var figurePatterns = r.PickSome(area.Figures, area.Figures.Count)
            .Concat(r.PickSome(Areas.GeneralFigures, Areas.GeneralFigures.Count).Select(g => (Func<SampleContext, Fig>)(x => g(x, area.Topic))))
            .ToList();
        var chosenFigures = figurePatterns.Take(figures)
            .Select(f => f(c).MaybeEstimated(0.1).MaybePrevious(0.15))
            .Select(f => r.Chance(0.3) ? f.WithCode() : f)
            .ToList();

        var written = chosenStatements.Select(s => s(c)).ToList();
        // Sometimes a statement places a figure by its code (its clause then stands in the prose, not after it);
        // it takes the place of another statement, so a domain says as many things as before.
        if (chosenFigures.FirstOrDefault(f => f.Code is not null) is { } placed && written.Count > 0 && r.Chance(0.5))
            written[r.Between(0, written.Count - 1)] = $"{placed.Name} [{placed.Code}].";
        var map = new YMap().Add(F.Domain.Title, area.Title)
            .Add(F.Domain.Statements, new YList(written));
        if (chosenFigures.Count >= 2 && r.Chance(0.4)) map.Add(F.Domain.ShowFigureTable, YScalar.Boolean(true));
        map.Add(F.Domain.Figures, new YList(chosenFigures.Select(f => (YNode)f.ToYaml())));
        return map;
    }

    private static YMap Assessment(SampleContext c)
    {
        var r = c.R;
        return new YMap()
            .Add(F.Assessment.Strengths, new YList(r.PickSome(Pools.Strengths, r.Between(1, 4)).Select(f => f(c))))
            .Add(F.Assessment.Limitations, new YList(r.PickSome(Pools.Weaknesses, r.Between(1, 3)).Select(f => f(c))))
            .Add(F.Assessment.Causes, new YList(r.PickSome(Pools.Causes, r.Between(0, 3)).Select(f => f(c))));
    }

    private static YList Tasks(SampleContext c, int count)
    {
        var r = c.R;
        var (nextYear, nextQuarter) = c.Quarter == 4 ? (c.Year + 1, 1) : (c.Year, c.Quarter + 1);
        var list = new YList();
        foreach (var pattern in r.PickSome(Pools.Tasks, count))
        {
            var (task, lead) = pattern(c);
            var map = new YMap().Add(F.Task.Text, task);
            if (r.Chance(0.7)) map.Add(F.Task.Lead, lead);
            if (r.Chance(0.75))
            {
                var month = (nextQuarter - 1) * 3 + r.Between(1, 3);
                map.Add(F.Task.Deadline, r.Next(4) switch
                {
                    0 or 1 => YScalar.Date(new DateOnly(nextYear, month, 1).AddMonths(1).AddDays(-1)),
                    2 => YScalar.Of("Thường xuyên"),
                    _ => YScalar.Of(r.Chance(0.5) ? $"Quý {RomanNumeral.Format(nextQuarter)}/{nextYear}" : $"Tháng {month}/{nextYear}"),
                });
            }
            if (r.Chance(0.15)) map.Add(F.Task.IsBreakthrough, YScalar.Boolean(true));
            else if (r.Chance(0.1)) map.Add(F.Task.IsBreakthrough, YScalar.Boolean(false));
            list.Items.Add(map);
        }
        return list;
    }

    private static YMap Person(string name, string title) => new YMap().Add(F.Person.FullName, name).Add(F.Person.Title, title);

    private static YMap Meeting(SampleContext c, DateOnly documentDate, out DateOnly date)
    {
        var r = c.R;
        var u = c.U;
        date = documentDate.AddDays(-r.Between(0, 4));
        var kind = r.Next(4) switch { 0 or 1 => MeetingKind.Conference, 2 => MeetingKind.Briefing, _ => MeetingKind.Directive };
        var name = kind switch
        {
            MeetingKind.Conference when u.Party => $"Hội nghị Ban Chấp hành Đảng bộ {u.Name} lần thứ {r.Between(2, 40)}",
            MeetingKind.Conference => $"Phiên họp thường kỳ tháng {date.Month} năm {date.Year} của {u.People} {u.Place}",
            MeetingKind.Briefing when u.Party => $"Hội nghị giao ban công tác {c.PeriodName} của {u.PartyCommittee} {u.Place}",
            MeetingKind.Briefing => $"Hội nghị giao ban trực tuyến {u.People} {u.Place} {c.PeriodName}",
            _ => $"Hội nghị học tập, quán triệt {r.Pick(Pools.Resolutions)}",
        };
        var chairTitles = u.Party
            ? new[] { $"Bí thư {u.PartyCommittee}", $"Phó Bí thư Thường trực {u.PartyCommittee}", $"Phó Bí thư {u.PartyCommittee}, Chủ tịch {u.People}" }
            : [$"Chủ tịch {u.People}", $"Phó Chủ tịch Thường trực {u.People}", $"Phó Chủ tịch {u.People}"];
        var speakerTitles = u.Party
            ? new[] { $"Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức {u.PartyCommittee}", $"Chủ tịch Ủy ban Mặt trận Tổ quốc {u.LevelWord}", $"Bí thư chi bộ {c.SubPlace()}", $"Ủy viên Ban Chấp hành, Trưởng Công an {u.LevelWord}" }
            : [$"Trưởng phòng Kinh tế", "Trưởng phòng Tài chính - Kế hoạch", $"Trưởng Công an {u.LevelWord}", $"Chủ tịch Ủy ban Mặt trận Tổ quốc {u.LevelWord}"];
        var guestTitles = new[] { $"Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy {u.Province}", $"Phó Chủ tịch Ủy ban nhân dân tỉnh {u.Province}", "Tỉnh ủy viên, Giám đốc Sở Nội vụ" };

        var map = new YMap().Add(F.Meeting.Name, name);
        if (kind != MeetingKind.Conference || r.Chance(0.7)) map.Add(F.Meeting.Kind, kind);
        map.Add(F.Meeting.Date, YScalar.Date(date));
        if (r.Chance(0.8)) map.Add(F.Meeting.StartTime, YScalar.Of(r.Pick(new[] { "07:30", "08:00", "13:30", "14:00" })));
        if (r.Chance(0.8)) map.Add(F.Meeting.Place, $"Hội trường {(u.Party ? u.PartyCommittee : u.People)} {u.Place}");
        if (r.Chance(0.8))
        {
            var format = r.Next(10) switch { < 5 => MeetingFormat.InPerson, < 7 => MeetingFormat.Online, _ => MeetingFormat.Mixed };
            map.Add(F.Meeting.Format, format);
            if (format != MeetingFormat.InPerson) map.Add(F.Meeting.ConnectionPoints, YScalar.Integer(r.Between(3, 60)));
        }
        var chairs = r.PickSome(chairTitles, r.Between(1, 3)).Select(t => (Name: c.Person(), Title: t)).ToList();
        if (r.Chance(0.9)) map.Add(F.Meeting.Chairs, new YList(chairs.Select(p => (YNode)Person(p.Name, p.Title))));
        if (r.Chance(0.5)) map.Add(F.Meeting.Guests, new YList(r.PickSome(guestTitles, r.Between(1, 2)).Select(t => (YNode)Person(c.Person(), t))));
        if (r.Chance(0.8))
        {
            var attendees = new List<string>
            {
                u.Party ? $"các đồng chí Ủy viên Ban Chấp hành Đảng bộ {u.LevelWord}" : $"các đồng chí Ủy viên {u.People}",
                $"lãnh đạo các phòng, ban, ngành, đoàn thể {u.LevelWord}",
                $"bí thư chi bộ, trưởng {u.SubUnit} trên địa bàn",
                $"Thường trực Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc {u.LevelWord}",
            };
            map.Add(F.Meeting.Attendees, new YList(attendees.Take(r.Between(1, 4))));
        }
        var speakers = r.Between(0, 5);
        if (speakers > 0)
        {
            var speeches = r.PickSome(Pools.Speeches, speakers);
            map.Add(F.Meeting.Speeches, new YList(speeches.Select((s, i) => (YNode)new YMap()
                .Add(F.Speech.FullName, i == 0 && chairs.Count > 1 ? chairs[1].Name : c.Person())
                .Add(F.Speech.Title, i == 0 && chairs.Count > 1 ? chairs[1].Title : r.Pick(speakerTitles))
                .Add(F.Speech.Summary, s(c)))));
        }
        var adopted = r.Between(0, 2);
        // Only a conference votes (a giao ban or quán triệt with thong_qua draws a warning).
        if (adopted > 0 && kind == MeetingKind.Conference)
        {
            var documents = new List<string> { $"Báo cáo kết quả thực hiện nhiệm vụ {c.PeriodName}, nhiệm vụ trọng tâm {c.NextName}.", $"Chương trình công tác {c.NextName}." };
            map.Add(F.Meeting.Adopted, new YList(documents.Take(adopted)));
        }
        if (r.Chance(0.7))
        {
            map.Add(F.Meeting.Closing, new YMap()
                .Add(F.Closing.FullName, chairs[0].Name)
                .Add(F.Closing.Title, chairs[0].Title)
                .Add(F.Closing.Points, new YList(r.PickSome(Pools.Conclusions, r.Between(1, 4)).Select(f => f(c)))));
        }
        return map;
    }

    private static YMap Signature(SampleContext c)
    {
        var r = c.R;
        var map = new YMap();
        if (c.U.Party)
        {
            if (r.Chance(0.9)) map.Add(F.Signature.OnBehalfOf, "Ban Thường vụ");
            if (r.Chance(0.1))
                map.Add(F.Signature.Authority, SigningAuthority.InPlaceOf).Add(F.Signature.HeadPosition, "Bí thư").Add(F.Signature.Position, "Phó Bí thư");
            else
                map.Add(F.Signature.Position, r.Pick(new[] { "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực" }));
        }
        else
        {
            map.Add(F.Signature.OnBehalfOf, "Ủy ban nhân dân");
            switch (r.Next(20))
            {
                case < 10:
                    map.Add(F.Signature.Authority, SigningAuthority.InPlaceOf).Add(F.Signature.HeadPosition, "Chủ tịch").Add(F.Signature.Position, "Phó Chủ tịch");
                    break;
                case < 12:
                    map.Add(F.Signature.Authority, SigningAuthority.Acting).Add(F.Signature.Position, "Chủ tịch");
                    break;
                case 12:
                    map.Add(F.Signature.Authority, SigningAuthority.ByOrderOf).Add(F.Signature.HeadPosition, "Chủ tịch").Add(F.Signature.Position, "Chánh Văn phòng");
                    break;
                default:
                    map.Add(F.Signature.Position, "Chủ tịch");
                    break;
            }
        }
        return map.Add(F.Signature.FullName, c.Person());
    }

    private static YMap Recipients(SampleContext c)
    {
        var u = c.U;
        var above = u.LevelKey switch
        {
            "tinh" => u.Party ? "Ban Bí thư Trung ương Đảng" : "Văn phòng Chính phủ",
            _ when u.District is not null => u.Party ? "Ban Thường vụ Huyện ủy" : $"Ủy ban nhân dân huyện {u.District}",
            _ => u.Party ? "Ban Thường vụ Tỉnh ủy" : $"Ủy ban nhân dân tỉnh {u.Province}",
        };
        var list = u.Party
            ? new List<string> { $"{above} (để báo cáo)", $"Các đồng chí Ủy viên Ban Chấp hành Đảng bộ {u.LevelWord}", "Các chi bộ, đảng bộ trực thuộc", $"Hội đồng nhân dân, Ủy ban nhân dân {u.LevelWord}" }
            : new List<string> { $"{above} (để báo cáo)", $"Thường trực {u.PartyCommittee}", $"Thường trực Hội đồng nhân dân {u.LevelWord}", "Các phòng, ban, ngành, đoàn thể" };
        return new YMap()
            .Add(F.Recipients.To, new YList(list.Take(c.R.Between(2, list.Count))))
            .Add(F.Recipients.Archive, u.Party ? $"Văn phòng {u.PartyCommittee}" : c.R.Pick(new[] { "VT, VP", "VT" }));
    }

    private static YMap Article(SampleContext c, DateOnly meetingDate)
    {
        var r = c.R;
        var map = new YMap().Add(F.Article.Category, r.Pick(new[] { "Tin hoạt động", "Xây dựng Đảng", "Tin tức - Sự kiện", "Chính trị - Xã hội" }));
        if (r.Chance(0.2)) map.Add(F.Article.Title, $"{(c.U.Party ? c.U.PartyCommittee : c.U.People)} {c.U.Place} triển khai nhiệm vụ trọng tâm {c.NextName}");
        if (r.Chance(0.8)) map.Add(F.Article.Author, r.Pick(Words.PenNames));
        if (r.Chance(0.5)) map.Add(F.Article.AuthorUnit, $"Trung tâm Văn hóa - Thông tin và Thể thao {c.U.Name}");
        if (r.Chance(0.6))
            map.Add(F.Article.PublishedAt, YScalar.Of($"{meetingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {r.Pick(new[] { "11:30", "16:30", "17:00", "20:15" })}"));
        return map;
    }

    private static YMap Layout(SampleContext c)
    {
        var r = c.R;
        var rules = OfficialLayout.For(c.U.Party ? Reports.Core.Regime.Party : Reports.Core.Regime.State);
        int Between(AllowedRange range) => r.Between((int)range.Min, (int)range.Max);
        var map = new YMap()
            .Add(F.Layout.FontSize, YScalar.Integer(Between(rules.BodyFontSize)))
            .Add(F.Layout.LineSpacing, YScalar.Literal(r.Pick(new[] { "1", "1,15", "1,2", "1,5" })))
            .Add(F.Layout.ParagraphSpacing, YScalar.Integer(r.Pick(new[] { 6, 8, 12 })))
            .Add(F.Layout.FirstLineIndent, YScalar.Literal(r.Pick(new[] { "1", "1,27" })));
        if (r.Chance(0.5))
        {
            map.Add(F.Layout.Margins, new YMap()
                .Add(F.Margins.Top, YScalar.Integer(Between(rules.MarginTopMm)))
                .Add(F.Margins.Bottom, YScalar.Integer(Between(rules.MarginBottomMm)))
                .Add(F.Margins.Left, YScalar.Integer(Between(rules.MarginLeftMm)))
                .Add(F.Margins.Right, YScalar.Integer(Between(rules.MarginRightMm))));
        }
        return map;
    }
}
