using Reports.Compose;
using Reports.Compose.Layout;
using Reports.Core.Formatting;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

public sealed class ArticleComposerTests
{
    private static ReportDocument Article(string fixture)
    {
        var result = new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data(fixture));
        Assert.NotNull(result);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void The_lead_opens_with_the_time_of_day_and_the_short_date(string fixture)
    {
        var meeting = Composed.Data(fixture).Meeting!;
        var lead = Article(fixture).Body.OfType<Paragraph>().First();
        Assert.Equal(ParagraphRole.Lead, lead.Role);
        var expected = $"{char.ToUpperInvariant(VietnameseDate.PartOfDay(meeting.StartTime!.Value)[0])}{VietnameseDate.PartOfDay(meeting.StartTime!.Value)[1..]} ngày {VietnameseDate.Short(meeting.Date)}, ";
        Assert.StartsWith(expected, lead.Content.PlainText());
        Assert.Contains(Reports.Compose.View.MeetingName.ForLead(Composed.Data(fixture)), lead.Content.PlainText());
    }

    [Fact]
    public void Golden_leads()
    {
        Assert.Equal("Sáng ngày 4/4, Huyện ủy Đan Phượng tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (khóa XXIV) tại Hội trường tầng 3, trụ sở Huyện ủy nhằm đánh giá kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý I/2024, thảo luận và thống nhất nhiệm vụ trọng tâm quý II/2024.",
            Article("huyen-uy-dan-phuong-q1-2024.yaml").Body.OfType<Paragraph>().First().Content.PlainText());
        Assert.StartsWith("Chiều ngày ", Article("dang-uy-xa-o-dien-q3-2025.yaml").Body.OfType<Paragraph>().First().Content.PlainText());
        // The meeting's name ends with the unit and the period the lead already names: they go, once.
        Assert.StartsWith("Sáng ngày 20/6, Ủy ban nhân dân (UBND) huyện Mỹ Đức tổ chức hội nghị giao ban theo hình thức trực tiếp kết hợp trực tuyến từ điểm cầu Hội trường tầng 2, trụ sở UBND huyện đến 22 điểm cầu để rà soát tình hình, kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024,",
            Article("ubnd-huyen-my-duc-q2-2024.yaml").Body.OfType<Paragraph>().First().Content.PlainText());
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Every_chair_guest_and_speaker_appears_with_the_right_title(string fixture)
    {
        var meeting = Composed.Data(fixture).Meeting!;
        // Titles as written, but for the bodies the article names by their short forms after the first time.
        var text = ArticleAbbreviations.ShortForms(string.Join("\n", Article(fixture).Texts()));
        var named = meeting.Guests.Select(g => g.Person).OfType<Reports.Core.Model.Person>();
        foreach (var person in meeting.Chairs.Concat(named).Concat(meeting.Presenters.Select(p => p.Presenter)).Concat(meeting.Speeches.Select(s => s.Speaker)))
            Assert.Contains(ArticleAbbreviations.ShortForms($"{person.FullName}, {person.Title}"), text);
        if (meeting.ConnectionPoints is { } points && meeting.Format != Reports.Core.Model.MeetingFormat.InPerson)
            Assert.Contains($"{points} điểm cầu", text);
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Every_figure_sentence_is_word_for_word_the_reports(string fixture)
    {
        var reportTexts = Composed.Report(fixture).Texts().ToList();
        var data = Composed.Data(fixture);
        var articleText = string.Join("\n", Article(fixture).Texts());
        var chosen = Reports.Compose.View.ArticleFigures.Select(data.Results);
        Assert.InRange(chosen.Count, 3, Reports.Compose.View.ArticleFigures.Most);
        foreach (var (figure, _) in chosen)
        {
            // Woven into the prose as the report's own sentence.
            var sentence = Reports.Compose.Templating.FigureSentence.Write(figure);
            Assert.Contains(sentence, articleText);
            var placed = data.AllDomains().Any(d => d.Figures.Contains(figure) && d.PlacedFigureCodes.Contains(figure.Code ?? ""));
            if (!placed)
            {
                Assert.Contains(sentence, reportTexts);
                continue;
            }
            // The report writes it inside the statement that places it: the same words after the name, bar the stop.
            var clause = sentence[(figure.Name.Length + 1)..^1];
            Assert.Single(reportTexts, t => t.Contains(clause, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Figures_marked_noi_bat_are_the_ones_cited()
    {
        var data = Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml");
        var chosen = Reports.Compose.View.ArticleFigures.Select(data.Results).Select(x => x.Figure.Name).ToList();
        Assert.Equal(["Kết nạp đảng viên mới", "Tổng thu ngân sách nhà nước trên địa bàn", "Giải ngân vốn đầu tư công"], chosen);
    }

    [Fact]
    public void One_marked_figure_is_topped_up_with_the_main_domains_first_figures()
    {
        var data = Composed.Data("ubnd-huyen-my-duc-q2-2024.yaml");
        var unmarked = Reports.Compose.View.ArticleFigures.Select(data.Results).Select(x => x.Figure).ToList();
        var last = unmarked[^1];
        var marked = data with { Results = data.Results.Select(d => Mark(d, last)).ToList() };
        var chosen = Reports.Compose.View.ArticleFigures.Select(marked.Results).Select(x => x.Figure.Name).ToList();
        Assert.Equal([last.Name, unmarked[0].Name, unmarked[1].Name], chosen);
    }

    private static Reports.Core.Model.Domain Mark(Reports.Core.Model.Domain d, Reports.Core.Model.Figure figure) => d with
    {
        Figures = d.Figures.Select(f => f == figure ? f with { Highlight = true } : f).ToList(),
        Children = d.Children.Select(c => Mark(c, figure)).ToList(),
    };

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Header_and_byline(string fixture)
    {
        var data = Composed.Data(fixture);
        var article = Article(fixture);
        Assert.Equal(DocumentKind.Article, article.Kind);
        Assert.Null(article.Letterhead);
        if (data.Article?.Title is { } title) Assert.Equal(title, article.ArticleHeader!.Title.Replace('\n', ' '));
        else Assert.DoesNotContain(":", article.ArticleHeader!.Title);
        var byline = Assert.IsType<Paragraph>(article.Body[^1]);
        Assert.Equal(ParagraphRole.Byline, byline.Role);
        var expected = data.Article is { Author: { } author, AuthorUnit: { } unit } ? $"{author} - {unit}" : data.Article?.Author ?? data.Issuer.Name;
        Assert.Equal(expected, byline.Content.PlainText());
        var last = Assert.IsType<Paragraph>(article.Body[^2]);
        Assert.EndsWith("./.", last.Content.PlainText());
    }

    [Fact]
    public void The_published_line_is_day_month_year_and_time()
    {
        Assert.Equal("Ngày đăng 04/04/2024 | 16:30", Article("huyen-uy-dan-phuong-q1-2024.yaml").ArticleHeader!.PublishedLine);
        Assert.Equal("Xây dựng Đảng", Article("huyen-uy-dan-phuong-q1-2024.yaml").ArticleHeader!.Category);
    }

    [Fact]
    public void Each_kind_of_meeting_has_its_own_lead()
    {
        var leads = TestPaths.FixtureFiles.Select(Path.GetFileName).Select(f => Article(f!).Body.OfType<Paragraph>().First().Content.PlainText()).ToList();
        Assert.Contains(leads, l => l.Contains("nhằm đánh giá kết quả"));   // hội nghị
        Assert.Contains(leads, l => l.Contains("để rà soát tình hình"));     // giao ban
        Assert.Contains(leads, l => l.Contains("nắm vững những nội dung"));  // quán triệt
    }

    [Fact]
    public void Without_a_meeting_there_is_no_article()
    {
        var data = Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml") with { Meeting = null };
        Assert.Null(new ArticleComposer(Composed.BuiltIn.Value).Compose(data));
    }
}
