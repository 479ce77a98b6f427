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
        var date = Calendar.DocumentDate(r, year, quarter, party);
        var c = new SampleContext(r, unit, year, quarter, style, date);

        var root = new YMap()
            .Add(F.Root.Version, YScalar.Integer(1))
            .Add(F.Root.Regime, party ? Regime.Party : Regime.State)
            .Add(F.Root.Issuer, Issuer(c))
            .Add(F.Root.Document, Document(c, date))
            .Add(F.Root.Period, Period(c, style))
            .Add(F.Root.Results, pages is { } p ? LongResults(c, p) : Results(c));
        if (r.Chance(0.7)) root.Add(F.Root.Assessment, Assessment(c));
        root.Add(F.Root.Tasks, Tasks(c, pages is null ? r.Between(3, 15) : 15));
        if (r.Chance(0.5)) root.Add(F.Root.Proposals, new YList(r.PickSome(Fitting(Pools.Proposals, unit), r.Between(1, 3)).Select(f => f(c))));
        var meetingDate = Calendar.MeetingDate(r, date);
        // A long report (for benchmarks) always has its meeting, so that an article can be measured too.
        var meeting = pages is not null || r.Chance(0.65) ? MeetingWriter.Write(c, meetingDate) : null;
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

    private static IReadOnlyList<Func<SampleContext, string>> Fitting(IEnumerable<Worded> pool, SampleUnit unit) =>
        pool.Where(w => w.Fits(unit)).Select(w => w.Text).ToList();

    private static SampleUnit Unit(SampleRandom r, bool party, int year, int quarter)
    {
        // The district level ended on 1 July 2025 (a report of the second quarter of 2025 is signed by 30 June);
        // special zones and merged communes began then.
        var afterReform = year > 2025 || (year == 2025 && quarter >= 3);
        var levels = afterReform
            ? new[] { "xa", "xa", "xa", "phuong", "phuong", "dac_khu", "tinh" }
            : new[] { "huyen", "huyen", "huyen", "xa", "xa", "phuong", "tinh" };
        var level = r.Pick(levels);
        var used = new HashSet<string>();
        var province = Words.Place(r, used);
        var place = level == "tinh" ? province : Words.Place(r, used);
        var district = !afterReform && level is "xa" or "phuong" ? Words.Place(r, used) : null;
        // A ward lies in a town or a city of the province as often as in a district.
        var districtWord = level == "phuong" ? r.Pick(new[] { "thị xã", "thành phố", "quận" }) : "huyện";
        var (word, committee, subUnits, subUnit, count) = level switch
        {
            "tinh" => ("tỉnh", "Tỉnh ủy", afterReform ? "xã, phường" : "huyện, thành phố", afterReform ? "xã" : "huyện", afterReform ? r.Between(40, 120) : r.Between(8, 15)),
            "huyen" => ("huyện", "Huyện ủy", "xã, thị trấn", "xã", r.Between(12, 30)),
            "xa" => ("xã", "Đảng ủy xã", "thôn, tổ dân phố", "thôn", afterReform ? r.Between(12, 30) : r.Between(5, 15)),
            "phuong" => ("phường", "Đảng ủy phường", "tổ dân phố", "tổ dân phố", afterReform ? r.Between(15, 40) : r.Between(6, 20)),
            _ => ("đặc khu", "Đảng ủy đặc khu", "thôn, tổ dân phố", "thôn", r.Between(5, 20)),
        };
        // Sizes against a district: a province some fifteen times, a merged commune a third, an old commune an eighth.
        var scale = level switch { "tinh" => 15m, "huyen" => 1m, _ => afterReform ? 0.35m : 0.12m };
        return new SampleUnit
        {
            Party = party, LevelKey = level, LevelWord = word, Place = place, Province = province, District = district,
            DistrictWord = districtWord, PartyCommittee = committee, SubUnits = subUnits, SubUnit = subUnit, SubUnitCount = count,
            AfterReform = afterReform, Merged = year >= 2025, Scale = scale,
        };
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
                _ when u.District is not null => $"Đảng bộ {u.DistrictWord} {u.District}",
                _ => $"Đảng bộ tỉnh {u.Province}",
            };
        }
        else
        {
            parent = u.District is not null && r.Chance(0.5) ? $"Ủy ban nhân dân {u.DistrictWord} {u.District}" : null;
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
            map.Add(F.Document.GuidingDocuments, new YList(r.PickSome(Pools.BasisDocuments(c), r.Between(1, 2))));
        return map;
    }

    private static YMap Period(SampleContext c, PeriodStyle style)
    {
        var map = new YMap().Add(F.Period.Year, YScalar.Integer(c.Year)).Add(F.Period.Quarter, YScalar.Integer(c.Quarter));
        // "luy_ke" is the default: sometimes say so, sometimes leave it out.
        if (style == PeriodStyle.Quarter) map.Add(F.Period.Style, PeriodStyle.Quarter);
        else if (c.R.Chance(0.6)) map.Add(F.Period.Style, PeriodStyle.Cumulative);
        if (c.R.Chance(0.4)) map.Add(F.Period.YearTheme, c.R.Pick(Fitting(Words.YearThemes, c.U)).Invoke(c));
        return map;
    }

    /// <summary>The areas this unit reports on: Party work only in a Party report, farming and new rural areas not in a ward.</summary>
    private static IReadOnlyList<Area> Catalogue(SampleContext c)
    {
        bool Fits(Area a) => (c.U.Party || !a.PartyOnly) && (c.U.Rural || !a.RuralOnly);
        return Areas.All.Where(Fits).Select(a => a with { Parts = a.Parts.Where(Fits).ToList() }).ToList();
    }

    private static YList Results(SampleContext c)
    {
        var r = c.R;
        var catalogue = Catalogue(c);
        // A domain of the report is either a whole area (maybe with some of its parts) or one part on its own
        // when its area is not in the report: "Quốc phòng - an ninh" and "An ninh, trật tự" are never side by side.
        var candidates = new List<(Area Area, Area? Parent, int Order)>();
        var order = 0;
        foreach (var area in catalogue)
        {
            candidates.Add((area, null, order++));
            foreach (var part in area.Parts) candidates.Add((part, area, order++));
        }
        var picked = r.PickSome(candidates, r.Between(2, 8));
        var areas = picked.Where(x => x.Parent is null).Select(x => x.Area).ToHashSet();
        var chosen = picked.Where(x => x.Parent is null || !areas.Contains(x.Parent)).OrderBy(x => x.Order).ToList();
        // Parts picked under a chosen area become its children (at most two).
        var wanted = picked.Where(x => x.Parent is not null && areas.Contains(x.Parent)).Select(x => x.Area).ToHashSet();
        // At least two domains: top up with whole areas that are not the area of a part already chosen.
        foreach (var extra in candidates.Where(x => x.Parent is null && !chosen.Contains(x) && !chosen.Any(y => y.Parent == x.Area)))
        {
            if (chosen.Count >= 2) break;
            chosen.Add(extra);
        }
        chosen = chosen.OrderBy(x => x.Order).ToList();

        var list = new YList();
        foreach (var (area, parent, _) in chosen)
        {
            var map = Domain(c, area, r.Between(2, 8), r.Between(0, 6), sampled: true);
            if (parent is null && area.Parts.Count > 0)
            {
                var standalone = chosen.Select(x => x.Area).ToHashSet();
                var free = area.Parts.Where(p => !standalone.Contains(p)).ToList();
                var parts = free.Where(wanted.Contains).Concat(r.PickSome(free.Where(p => !wanted.Contains(p)).ToList(), r.Between(0, 1))).Take(2).ToList();
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
        // A normal report adds at most two general sentences to an area's own: more reads as filler.
        var chosenStatements = sampled
            ? patterns.Take(Math.Min(statements, area.Statements.Count + 2)).ToList()
            : Enumerable.Range(0, statements).Select(i => patterns[i % patterns.Count]).ToList();
        var figurePatterns = r.PickSome(area.Figures, area.Figures.Count).ToList();
        // General figures only fill the long reports: in a normal one they would be what the article quotes.
        if (!sampled)
            figurePatterns.AddRange(Areas.GeneralFigures.Select(g => (Func<SampleContext, Fig>)(x => g(x, area.Topic))));
        var chosenFigures = figurePatterns.Take(figures)
            .Select(f => f(c).MaybeEstimated(0.1).MaybePrevious(0.15))
            .ToList();

        var written = chosenStatements.Select(s => s(c)).ToList();
        // A figure's own sentence, when it has one, is where the prose speaks of it: the sentence cites the
        // figure by code and takes the place of another statement, so a domain says as many things as before.
        var free = Enumerable.Range(0, written.Count).ToList();
        foreach (var figure in chosenFigures.Where(f => f.Citation is not null))
        {
            if (free.Count == 0 || !r.Chance(0.6)) continue;
            figure.WithCode();
            var at = free[r.Next(free.Count)];
            free.Remove(at);
            written[at] = figure.Citation!($"[{figure.Code}]");
        }
        // Other figures sometimes get a code, and one of them may stand in the prose by its name.
        foreach (var figure in chosenFigures.Where(f => f.Code is null && r.Chance(0.3))) figure.WithCode();
        if (chosenFigures.FirstOrDefault(f => f.Code is not null && f.Citation is null) is { } placed && free.Count > 0 && r.Chance(0.5))
            written[free[r.Next(free.Count)]] = $"{placed.Name} [{placed.Code}].";
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
            .Add(F.Assessment.Strengths, new YList(r.PickSome(Fitting(Pools.Strengths, c.U), r.Between(1, 4)).Select(f => f(c))))
            .Add(F.Assessment.Limitations, new YList(r.PickSome(Fitting(Pools.Weaknesses, c.U), r.Between(1, 3)).Select(f => f(c))))
            .Add(F.Assessment.Causes, new YList(r.PickSome(Fitting(Pools.Causes, c.U), r.Between(0, 3)).Select(f => f(c))));
    }

    private static YList Tasks(SampleContext c, int count)
    {
        var r = c.R;
        var (nextYear, nextQuarter) = (c.NextYear, c.NextQuarter);
        var list = new YList();
        foreach (var pattern in r.PickSome(Pools.Tasks.Where(t => t.Fits(c)).ToList(), count))
        {
            var map = new YMap().Add(F.Task.Text, pattern.Text(c));
            if (r.Chance(0.7)) map.Add(F.Task.Lead, Offices.Lead(c.U, pattern.Duty));
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

    /// <summary>The signer is the holder of the post written under the signature: the same person who chairs the meeting.</summary>
    private static YMap Signature(SampleContext c)
    {
        var r = c.R;
        var cast = c.Cast;
        var map = new YMap();
        Post signer;
        if (c.U.Party)
        {
            if (r.Chance(0.9)) map.Add(F.Signature.OnBehalfOf, "Ban Thường vụ");
            if (r.Chance(0.1))
            {
                map.Add(F.Signature.Authority, SigningAuthority.InPlaceOf).Add(F.Signature.HeadPosition, "Bí thư").Add(F.Signature.Position, "Phó Bí thư");
                signer = Post.StandingDeputy;
            }
            else
            {
                var position = r.Pick(new[] { "Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực" });
                map.Add(F.Signature.Position, position);
                signer = position == "Bí thư" ? Post.Secretary : Post.StandingDeputy;
            }
        }
        else
        {
            map.Add(F.Signature.OnBehalfOf, "Ủy ban nhân dân");
            var roll = r.Next(20);
            if (cast.ActingChairman)
            {
                map.Add(F.Signature.Authority, SigningAuthority.Acting).Add(F.Signature.Position, "Chủ tịch");
                signer = Post.Chairman;
            }
            else if (roll < 10)
            {
                map.Add(F.Signature.Authority, SigningAuthority.InPlaceOf).Add(F.Signature.HeadPosition, "Chủ tịch").Add(F.Signature.Position, "Phó Chủ tịch");
                signer = Post.StandingViceChairman;
            }
            else if (roll == 12 && !c.U.IsSmallCommune)
            {
                // A commune before the reform had no Chánh Văn phòng to sign "thừa lệnh".
                map.Add(F.Signature.Authority, SigningAuthority.ByOrderOf).Add(F.Signature.HeadPosition, "Chủ tịch").Add(F.Signature.Position, "Chánh Văn phòng");
                signer = Post.StateOfficeChief;
            }
            else
            {
                map.Add(F.Signature.Position, "Chủ tịch");
                signer = Post.Chairman;
            }
        }
        return map.Add(F.Signature.FullName, cast.Name(signer));
    }

    private static YMap Recipients(SampleContext c)
    {
        var u = c.U;
        var above = Offices.Above(u);
        var list = u.Party
            ? new List<string> { $"{above} (để báo cáo)", $"Các đồng chí Ủy viên Ban Chấp hành Đảng bộ {u.LevelWord}", "Các chi bộ, đảng bộ trực thuộc", $"Hội đồng nhân dân, Ủy ban nhân dân {u.LevelWord}" }
            : new List<string> { $"{above} (để báo cáo)", $"Thường trực {u.PartyCommittee}", $"Thường trực Hội đồng nhân dân {u.LevelWord}", u.IsSmallCommune ? "Các ban, ngành, đoàn thể" : "Các phòng, ban, ngành, đoàn thể" };
        return new YMap()
            .Add(F.Recipients.To, new YList(list.Take(c.R.Between(2, list.Count))))
            .Add(F.Recipients.Archive, u.Party ? $"Văn phòng {u.PartyCommittee}" : c.R.Pick(u.IsSmallCommune ? new[] { "VT" } : new[] { "VT, VP", "VT" }));
    }

    private static YMap Article(SampleContext c, DateOnly meetingDate)
    {
        var r = c.R;
        var map = new YMap().Add(F.Article.Category, r.Pick(c.U.Party
            ? new[] { "Tin hoạt động", "Xây dựng Đảng", "Tin tức - Sự kiện", "Chính trị - Xã hội" }
            : new[] { "Tin hoạt động", "Tin tức - Sự kiện", "Kinh tế - Xã hội", "Chính quyền" }));
        if (r.Chance(0.2)) map.Add(F.Article.Title, $"{(c.U.Party ? c.U.PartyCommittee : c.U.People)} {c.U.Place} triển khai nhiệm vụ trọng tâm {c.NextName}");
        if (r.Chance(0.8)) map.Add(F.Article.Author, r.Pick(Words.PenNames));
        if (r.Chance(0.5)) map.Add(F.Article.AuthorUnit, Offices.AuthorUnit(c.U));
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
