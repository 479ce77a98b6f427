using System.Text.RegularExpressions;
using Reports.Compose;
using Reports.Compose.Layout;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>The article tree read as a portal editor reads it (DOMAIN.md, "News articles (tin bài)").</summary>
public sealed partial class ArticleGenreTests
{
    private static ReportDocument Article(ReportData data)
    {
        var result = new ArticleComposer(Composed.BuiltIn.Value).Compose(data);
        Assert.NotNull(result);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    private static string Lead(ReportDocument article) => article.Body.OfType<Paragraph>().First().Content.PlainText();

    private static string Text(ReportDocument article) => string.Join("\n", article.Texts());

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    /// <summary>Every fixture, with its own headline and with the built-in one.</summary>
    public static TheoryData<string, bool> FixturesAndHeadlines()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in TestPaths.FixtureFiles.Select(Path.GetFileName)) { data.Add(name!, false); data.Add(name!, true); }
        return data;
    }

    [Theory]
    [MemberData(nameof(FixturesAndHeadlines))]
    public void Headline_and_lead_name_the_unit_once_and_the_period_once(string fixture, bool builtInHeadline)
    {
        var data = Composed.Data(fixture);
        if (builtInHeadline) data = data with { Article = data.Article is { } a ? a with { Title = null } : null };
        var article = Article(data);
        var period = data.Reporting.Period;
        var periodNames = new[] { period.Name(data.Reporting.Style), period.ShortName(data.Reporting.Style) }.Distinct().ToList();
        foreach (var text in new[] { article.ArticleHeader!.Title, Lead(article) })
        {
            Assert.True(Count(text, data.Issuer.Name) <= 1, text);
            Assert.True(periodNames.Sum(n => Count(text, n)) <= 1, text);
        }
        if (builtInHeadline)
        {
            Assert.Equal(1, Count(article.ArticleHeader!.Title, data.Issuer.Name));
            Assert.DoesNotContain(":", article.ArticleHeader!.Title);
        }
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void The_lead_names_the_venue_and_no_paragraph_is_only_the_venue(string fixture)
    {
        var data = Composed.Data(fixture);
        var article = Article(data);
        Assert.Contains(ArticleAbbreviations.ShortForms(data.Meeting!.Place!), ArticleAbbreviations.ShortForms(Lead(article)));
        Assert.DoesNotContain(article.Body.OfType<Paragraph>().Skip(1), p => p.Content.PlainText().StartsWith("Hội nghị diễn ra tại", StringComparison.Ordinal));
    }

    public static TheoryData<int, PeriodStyle> QuartersAndStyles()
    {
        var data = new TheoryData<int, PeriodStyle>();
        foreach (var quarter in new[] { 1, 2, 3, 4 })
            foreach (var style in new[] { PeriodStyle.Quarter, PeriodStyle.Cumulative }) data.Add(quarter, style);
        return data;
    }

    [Theory]
    [MemberData(nameof(QuartersAndStyles))]
    public void The_closing_aims_at_the_next_periods_year(int quarter, PeriodStyle style)
    {
        foreach (var fixture in TestPaths.FixtureFiles.Select(Path.GetFileName))
        {
            var data = Composed.Data(fixture!);
            var year = data.Reporting.Period.Year;
            data = data with { Reporting = data.Reporting with { Period = new ReportingPeriod(year, quarter), Style = style } };
            var closing = Article(data).Body.OfType<Paragraph>().Last(p => p.Role != ParagraphRole.Byline).Content.PlainText();
            var next = quarter == 4 ? year + 1 : year;
            Assert.EndsWith($"năm {next}./.", closing);
        }
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Only_a_party_committees_conference_votes(string fixture)
    {
        var data = Composed.Data(fixture);
        foreach (var regime in new[] { Regime.Party, Regime.State })
        {
            foreach (var kind in new[] { MeetingKind.Conference, MeetingKind.Briefing, MeetingKind.Directive })
            {
                var changed = data with { Regime = regime, Meeting = data.Meeting! with { Kind = kind, Adopted = ["Báo cáo kết quả thực hiện nhiệm vụ."] } };
                var votes = Text(Article(changed)).Contains("biểu quyết thông qua", StringComparison.Ordinal);
                Assert.Equal(regime == Regime.Party && kind == MeetingKind.Conference, votes);
            }
        }
    }

    [Fact]
    public void A_higher_level_presenter_conveys_and_is_not_listed_as_directing()
    {
        var data = Composed.Data("dang-uy-xa-o-dien-q3-2025.yaml");
        var presenter = Assert.Single(data.Meeting!.Presenters);
        var paragraphs = Article(data).Body.OfType<Paragraph>().Select(p => p.Content.PlainText()).ToList();
        var attendance = Assert.Single(paragraphs, p => p.StartsWith("Dự ", StringComparison.Ordinal));
        Assert.DoesNotContain(presenter.Presenter.FullName, attendance);
        Assert.DoesNotContain("chỉ đạo", attendance); // its only guest is a body's representative, who attends
        Assert.Contains(paragraphs, p => p.Contains($"đồng chí {presenter.Presenter.FullName}, {presenter.Presenter.Title} đã truyền đạt {presenter.Content}.", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Guests_direct_chairs_chair_and_unnamed_guests_are_written_as_given(string fixture)
    {
        var data = Composed.Data(fixture);
        var meeting = data.Meeting!;
        var paragraphs = Article(data).Body.OfType<Paragraph>().Select(p => p.Content.PlainText()).ToList();
        if (meeting.Guests.Count > 0)
        {
            // Leaders of the higher level "dự và chỉ đạo"; a body's representative without a name only "dự".
            var attendance = Assert.Single(paragraphs, p => p.StartsWith("Dự ", StringComparison.Ordinal)).Split(". ");
            var directing = attendance.SingleOrDefault(s => s.StartsWith("Dự và chỉ đạo hội nghị có ", StringComparison.Ordinal)) ?? "";
            var attending = attendance.SingleOrDefault(s => s.StartsWith("Dự hội nghị ", StringComparison.Ordinal)) ?? "";
            foreach (var guest in meeting.Guests)
            {
                if (guest.Person is { } person) Assert.Contains($"đồng chí {person.FullName}, {person.Title}", directing);
                else
                {
                    Assert.Contains(guest.Description!, attending);
                    Assert.DoesNotContain(guest.Description!, directing);
                }
            }
        }
        Assert.Contains(paragraphs, p => p.Contains("chủ trì hội nghị.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_fixtures_have_an_unnamed_guest_and_a_presenter()
    {
        Assert.Contains(Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml").Meeting!.Guests, g => g is { Person: null, Description: "chuyên viên Ban Tổ chức Thành ủy Hà Nội" });
        Assert.NotEmpty(Composed.Data("dang-uy-xa-o-dien-q3-2025.yaml").Meeting!.Presenters);
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void The_article_runs_500_to_800_words_and_summarises_the_tasks(string fixture)
    {
        var data = Composed.Data(fixture);
        var article = Article(data);
        var body = article.Body.OfType<Paragraph>().Where(p => p.Role != ParagraphRole.Byline).Select(p => p.Content.PlainText());
        var words = string.Join(" ", body).Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        Assert.InRange(words, 500, 800);
        Assert.Empty(article.Body.OfType<BulletList>());
        var text = Text(article);
        Assert.True(data.Tasks.Count(t => text.Contains(VietnameseTextStart(t.Text), StringComparison.Ordinal)) < data.Tasks.Count);
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Periods_are_short_and_punctuation_is_never_doubled(string fixture)
    {
        var data = Composed.Data(fixture);
        var text = Text(Article(data));
        if (data.Reporting.Style == PeriodStyle.Quarter || data.Reporting.Period.Quarter == 1)
            Assert.DoesNotContain(data.Reporting.Period.Name(data.Reporting.Style), text);
        Assert.DoesNotMatch(DoubledPunctuation(), text.Replace("./.", "", StringComparison.Ordinal));
        Assert.DoesNotContain(" ủy ban", text);
    }

    // The task as the article writes it inside a sentence: its first clause, first letter in lower case.
    private static string VietnameseTextStart(string task)
    {
        var first = task.Split(';')[0].Trim().TrimEnd('.');
        return Reports.Compose.Templating.VietnameseFunctions.FirstLetter(first, upper: false);
    }

    [GeneratedRegex(@"[.,;:]\s*[.,;:]|\s[.,;:]")]
    private static partial Regex DoubledPunctuation();
}
