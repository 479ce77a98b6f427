using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NodaTime;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Samples;
using Xunit;

namespace Reports.Tests.Samples;

/// <summary>
/// What a clerk checks first in a sample (issue 14, part 5), over 500 samples: the unit exists at the date,
/// the words belong to the regime, each post has one holder, dates fall near the period's end on working days,
/// and prose never gives its own count of what a figure counts.
/// </summary>
public sealed class BelievableSampleTests
{
    private const int Count = 500;

    private static readonly Lazy<IReadOnlyList<(string Name, ReportData Data)>> Samples = new(() =>
        SampleGenerator.Many(Count, seed: 777)
            .Select(s => (s.FileName, DataFileLoader.Load(s.FileName, Encoding.UTF8.GetBytes(s.Text)).Data!))
            .ToList());

    private static readonly LocalDate Reform = new(2025, 7, 1);

    [Fact]
    public void No_district_body_and_no_district_word_after_30_June_2025_and_no_special_zone_before()
    {
        string[] districtWords = ["huyện", "Huyện ủy", "quận", "Quận ủy", "thị xã", "Thị ủy"];
        foreach (var (name, d) in Samples.Value)
        {
            if (d.Document.Date >= Reform)
            {
                Assert.NotEqual(UnitLevel.District, d.Issuer.Level);
                var hit = districtWords.FirstOrDefault(w => AllText(d, withRecipients: true).Contains(w, StringComparison.Ordinal));
                Assert.True(hit is null, $"{name}: \"{hit}\" in a document dated {d.Document.Date}");
            }
            else
            {
                Assert.NotEqual(UnitLevel.SpecialZone, d.Issuer.Level);
                Assert.DoesNotContain("Ban Xây dựng Đảng", AllText(d, withRecipients: true));
            }
        }
        // Both sides of the reform are present, and districts before it.
        Assert.Contains(Samples.Value, s => s.Data.Issuer.Level == UnitLevel.District);
        Assert.Contains(Samples.Value, s => s.Data.Document.Date >= Reform && s.Data.Issuer.Level == UnitLevel.Commune);
    }

    [Fact]
    public void State_samples_never_use_Party_words_and_Party_samples_never_use_State_ones()
    {
        // Recipients are left out: a People's Committee rightly sends its report to the Party committee's standing body.
        string[] partyOnly = ["chi bộ", "đảng viên", "Ban Chấp hành Đảng bộ", "đại hội đảng bộ", "lãnh đạo, chỉ đạo", "Bí thư", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Xây dựng Đảng", "Ủy ban Kiểm tra"];
        string[] stateOnly = ["Phiên họp", "cán bộ, công chức và Nhân dân", "chỉ đạo, điều hành", "Chủ tịch Ủy ban nhân dân với Nhân dân"];
        var checkedParty = 0;
        var checkedState = 0;
        foreach (var (name, d) in Samples.Value)
        {
            var text = AllText(d, withRecipients: false);
            var forbidden = d.Regime == Regime.Party ? stateOnly : partyOnly;
            var hit = forbidden.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.True(hit is null, $"{name} ({d.Regime}): \"{hit}\"");
            if (d.Regime == Regime.Party) checkedParty++;
            else checkedState++;
            // Meetings are chaired by the regime's own leaders.
            foreach (var chair in d.Meeting?.Chairs ?? [])
                Assert.True(d.Regime == Regime.Party ? chair.Title.Contains("Bí thư", StringComparison.Ordinal) : chair.Title.Contains("Chủ tịch", StringComparison.Ordinal) && chair.Title.EndsWith(Committee(d), StringComparison.Ordinal),
                    $"{name}: chair {chair.Title}");
        }
        Assert.True(checkedParty > 100 && checkedState > 100);
    }

    [Fact]
    public void Each_post_has_one_holder_and_each_person_one_post_and_the_signer_is_the_holder_of_the_signing_post()
    {
        var signersFound = 0;
        foreach (var (name, d) in Samples.Value)
        {
            var people = People(d).Distinct().ToList();
            foreach (var group in people.GroupBy(p => p.Title))
                Assert.True(group.Count() == 1, $"{name}: {group.Key} held by {string.Join(", ", group.Select(p => p.FullName))}");
            foreach (var group in people.GroupBy(p => p.FullName))
                Assert.True(group.Count() == 1, $"{name}: {group.Key} holds {string.Join(" and ", group.Select(p => p.Title))}");
            Assert.True(people.Count(p => p.Title.Contains("Phó Bí thư Thường trực", StringComparison.Ordinal)) <= 1, name);
            // A committee is named whole: "Huyện ủy viên", "Ban Tổ chức Thị ủy", never "Huyện viên" or "Ban Tổ chức Thị".
            foreach (var person in people)
                Assert.False(CutCommittee.IsMatch(person.Title), $"{name}: {person.Title}");
            Assert.True(people.Count(p => p.Title.StartsWith("Bí thư " + Committee(d), StringComparison.Ordinal)) <= 1, name);

            // The signature names the post in short ("Bí thư", "Chủ tịch"); the meeting names it in full.
            var s = d.Signature;
            string? signingTitle = (d.Regime, s.Authority, s.Position) switch
            {
                (Regime.Party, null, "Bí thư" or "Phó Bí thư Thường trực") => $"{s.Position} {Committee(d)}",
                (Regime.State, null, "Chủ tịch") => $"Chủ tịch {Committee(d)}",
                (Regime.State, SigningAuthority.Acting, "Chủ tịch") => $"Quyền Chủ tịch {Committee(d)}",
                _ => null,
            };
            var holder = people.FirstOrDefault(p => p.Title == signingTitle);
            if (holder is null) continue;
            Assert.True(holder.FullName == s.FullName, $"{name}: {signingTitle} is {holder.FullName} at the meeting but {s.FullName} signs");
            signersFound++;
        }
        Assert.True(signersFound > 50, $"only {signersFound} signers met at their meetings");
    }

    private static readonly Regex CutCommittee = new(@"\b(Huyện|Quận|Thị|Tỉnh)(?! ủy)(?!\p{L})", RegexOptions.CultureInvariant);

    [Fact]
    public void Reports_are_dated_on_working_days_near_the_period_end_and_meetings_just_before()
    {
        foreach (var (name, d) in Samples.Value)
        {
            var date = d.Document.Date;
            var last = d.Reporting.Period.LastDay;
            Assert.InRange(Period.DaysBetween(last, date), -17, 12);
            Assert.True(date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{name}: {date} is a {date.DayOfWeek}");
            Assert.False(date is { Month: 1, Day: 1 }, name);
            // A report of the second quarter of 2025 comes from a unit that ceased on 30 June.
            if (d.Reporting.Period is { Year: 2025, Quarter: 2 }) Assert.True(date < Reform, $"{name}: {date}");
            if (d.Meeting is { } m)
            {
                Assert.InRange(Period.DaysBetween(m.Date, date), 0, 7);
                Assert.True(m.Date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{name}: meeting {m.Date}");
                if (d.Article?.PublishedAt is { } published) Assert.Equal(m.Date, published.Date);
            }
            // Tasks fall due in the next period; days told in the prose are before the report.
            var next = d.Reporting.Period.LastDay.PlusDays(1);
            foreach (var task in d.Tasks.Where(t => t.Deadline?.Date is not null))
                Assert.InRange(task.Deadline!.Date!.Value, next, next.PlusMonths(3).PlusDays(-1));
            foreach (var said in Statements(d).SelectMany(s => DayMentions.Matches(s)))
            {
                var day = new LocalDate(int.Parse(said.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(said.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(said.Groups[1].Value, CultureInfo.InvariantCulture));
                Assert.True(day < date, $"{name}: \"{said.Value}\" in a report of {date}");
            }
        }
    }

    private static readonly Regex DayMentions = new(@"ngày (\d{1,2})/(\d{1,2})/(\d{4})", RegexOptions.CultureInvariant);

    [Fact]
    public void Prose_never_gives_its_own_count_of_what_a_figure_of_its_domain_counts()
    {
        var cited = 0;
        foreach (var (name, d) in Samples.Value)
        {
            foreach (var domain in d.Results.SelectMany(r => r.Children.Prepend(r)))
            {
                // Amounts of money and rates in prose are of other things (an auction, a tax arrear); counts are checked.
                foreach (var figure in domain.Figures.Where(f => f.Unit is not ("%" or "tỷ đồng" or "triệu đồng")))
                {
                    var count = new Regex($@"(?<![\d.,])(\d{{1,3}}(?:\.\d{{3}})*(?:,\d+)?) {Regex.Escape(figure.Unit)}(?!\p{{L}})", RegexOptions.CultureInvariant);
                    foreach (var statement in domain.Statements)
                    {
                        var said = count.Match(statement);
                        Assert.False(said.Success, $"{name}, {domain.Title}: \"{said.Value}\" in a statement beside the figure \"{figure.Name}\" ({VietnameseNumber.Format(figure.Value, 2)} {figure.Unit})");
                    }
                }
                cited += domain.PlacedFigureCodes.Count;
            }
        }
        Assert.True(cited > Count / 2, $"only {cited} figures cited by code in prose");
    }

    [Fact]
    public void A_cited_count_is_written_from_its_figure_in_the_composed_report()
    {
        var templates = TemplateSet.Load();
        var checkedFigures = 0;
        foreach (var (name, d) in Samples.Value.Take(120))
        {
            var markdown = new ReportComposer(templates).Compose(d).Markdown!;
            foreach (var domain in d.Results.SelectMany(r => r.Children.Prepend(r)))
            {
                var cited = domain.Figures.Where(f => f.Code is not null && domain.PlacedFigureCodes.Contains(f.Code));
                foreach (var figure in cited)
                {
                    Assert.DoesNotContain($"[{figure.Code}]", markdown, StringComparison.Ordinal);
                    if (figure.Whole is not null || figure.Unit is "%" or "tỷ đồng" or "triệu đồng") continue;
                    // The words before the reference, then the figure's own number and unit on the same line.
                    var statement = domain.Statements.First(s => s.Contains($"[{figure.Code}]", StringComparison.Ordinal));
                    var before = statement[..statement.IndexOf('[', StringComparison.Ordinal)].TrimEnd();
                    var at = markdown.IndexOf(before, StringComparison.Ordinal);
                    Assert.True(at >= 0, $"{name}: \"{before}\" not in the report");
                    var line = markdown[at..markdown.IndexOf('\n', at)];
                    Assert.Contains($"{VietnameseNumber.Format(figure.Value)} {figure.Unit}", line, StringComparison.Ordinal);
                    checkedFigures++;
                }
            }
        }
        Assert.True(checkedFigures > 20, $"only {checkedFigures} cited counts checked");
    }

    [Fact]
    public void Money_grows_with_the_unit_from_commune_to_district_to_province()
    {
        decimal Median(UnitLevel level)
        {
            var values = Samples.Value.Where(s => s.Data.Issuer.Level == level)
                .SelectMany(s => s.Data.Results.SelectMany(r => r.Children.Prepend(r)).SelectMany(a => a.Figures))
                .Where(f => f.Unit == "tỷ đồng").Select(f => f.Value).Order().ToList();
            Assert.True(values.Count > 10, $"{level}: {values.Count} amounts");
            return values[values.Count / 2];
        }
        Assert.True(Median(UnitLevel.Commune) * 3 < Median(UnitLevel.District));
        Assert.True(Median(UnitLevel.District) * 3 < Median(UnitLevel.Province));
    }

    /// <summary>The issuer's body without its place: "Đảng ủy xã", "Ủy ban nhân dân huyện", as titles name it.</summary>
    private static string Committee(ReportData d) =>
        d.Issuer.Name.EndsWith(" " + d.Issuer.Locality, StringComparison.Ordinal) ? d.Issuer.Name[..^(d.Issuer.Locality.Length + 1)] : d.Issuer.Name;

    private static IEnumerable<Person> People(ReportData d)
    {
        if (d.Meeting is not { } m) yield break;
        foreach (var p in m.Chairs) yield return p;
        foreach (var g in m.Guests) if (g.Person is { } p) yield return p;
        foreach (var t in m.Presenters) yield return t.Presenter;
        foreach (var s in m.Speeches) yield return s.Speaker;
        if (m.Closing is { } c) yield return c.Speaker;
    }

    private static IEnumerable<string> Statements(ReportData d) => d.Results.SelectMany(r => r.Children.Prepend(r)).SelectMany(a => a.Statements);

    private static string AllText(ReportData d, bool withRecipients)
    {
        var parts = new List<string?> { d.Issuer.ParentBody, d.Issuer.Name, d.Document.Subject, d.Reporting.YearTheme };
        parts.AddRange(d.Document.GuidingDocuments);
        foreach (var area in d.Results.SelectMany(r => r.Children.Prepend(r)))
        {
            parts.Add(area.Title);
            parts.AddRange(area.Statements);
            parts.AddRange(area.Figures.SelectMany(f => new[] { f.Name, f.Note }.Concat(f.Plans.Select(p => p.Label))));
        }
        parts.AddRange(d.Assessment.Strengths.Concat(d.Assessment.Limitations).Concat(d.Assessment.Causes));
        parts.AddRange(d.Tasks.SelectMany(t => new[] { t.Text, t.Lead }));
        parts.AddRange(d.Proposals);
        if (d.Meeting is { } m)
        {
            parts.AddRange([m.Name, m.Place]);
            parts.AddRange(m.Attendees);
            parts.AddRange(m.Guests.Select(g => g.Description));
            parts.AddRange(People(d).Select(p => p.Title));
            parts.AddRange(m.Presenters.Select(p => p.Content));
            parts.AddRange(m.Speeches.Select(s => s.Summary));
            parts.AddRange(m.Adopted);
            parts.AddRange(m.Closing?.Points ?? []);
        }
        parts.AddRange([d.Signature.Position, d.Signature.HeadPosition, d.Signature.OnBehalfOf, d.Article?.AuthorUnit, d.Article?.Title]);
        if (withRecipients) parts.AddRange(d.Recipients.To.Append(d.Recipients.Archive));
        return string.Join("\n", parts.Where(p => p is not null));
    }
}
