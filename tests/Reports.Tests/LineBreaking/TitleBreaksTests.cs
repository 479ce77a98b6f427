using System.Text.RegularExpressions;
using Reports.Compose;
using Reports.Compose.Layout;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Reports.Tests.Compose;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.LineBreaking;

/// <summary>
/// Issue 13, "Centred titles": the subject's lines are chosen once in the layout step, never inside the
/// period phrase or "nhiệm vụ trọng tâm", balanced (no short last line), and the PDF prints exactly them.
/// </summary>
public sealed partial class TitleBreaksTests
{
    private static readonly TextStyle SubjectStyle = new(14, Bold: true);

    public static TheoryData<string> Fixtures => TestPaths.FixtureNames();

    public static TheoryData<string, int, PeriodStyle> Periods()
    {
        var data = new TheoryData<string, int, PeriodStyle>();
        foreach (var fixture in new[] { "huyen-uy-dan-phuong-q1-2024.yaml", "ubnd-huyen-my-duc-q2-2024.yaml" })
            for (var quarter = 1; quarter <= 4; quarter++)
                foreach (var style in new[] { PeriodStyle.Quarter, PeriodStyle.Cumulative })
                    data.Add(fixture, quarter, style);
        return data;
    }

    [Fact]
    public void The_issue_subject_breaks_before_the_period_and_evenly()
    {
        const string subject = "Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024";
        var broken = TitleBreaks.Break(subject, SubjectStyle, 453.5, FontMeasurer.Default);
        Assert.Equal("Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ\nquý I, nhiệm vụ trọng tâm quý II năm 2024", broken);
    }

    [Fact]
    public void A_subject_that_fits_stays_one_line()
    {
        const string subject = "Kết quả thực hiện nhiệm vụ quý I năm 2024";
        Assert.Equal(subject, TitleBreaks.Break(subject, SubjectStyle, 453.5, FontMeasurer.Default));
    }

    // A piece runs from space to space, so it keeps the comma after a phrase.
    [Theory]
    [InlineData("nhiệm vụ quý II năm 2024 và", "quý II năm 2024")]
    [InlineData("đến quý I/2024, nhiệm vụ trọng tâm", "quý I/2024,")]
    [InlineData("nhiệm vụ 6 tháng đầu năm, nhiệm vụ", "6 tháng đầu năm,")]
    [InlineData("trọng tâm 6 tháng cuối năm 2024", "6 tháng cuối năm 2024")]
    [InlineData("kết quả 9 tháng năm 2025 của", "9 tháng năm 2025")]
    [InlineData("và nhiệm vụ trọng tâm quý IV", "nhiệm vụ trọng tâm")]
    public void Protected_phrases_are_one_piece(string text, string piece) =>
        Assert.Contains(piece, TitleBreaks.Pieces(text));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fixture_subjects(string fixture) => AssertSubject(Composed.Report(fixture), fixture);

    [Theory]
    [MemberData(nameof(Periods))]
    public void Every_quarter_and_style(string fixture, int quarter, PeriodStyle style)
    {
        var data = Composed.Data(fixture);
        data = data with
        {
            Reporting = data.Reporting with { Period = new ReportingPeriod(data.Reporting.Period.Year, quarter), Style = style },
            Document = data.Document with { Subject = null },
        };
        AssertSubject(Composed.Report(data), $"{fixture} Q{quarter} {style}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Article_titles(string fixture)
    {
        if (new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data(fixture))?.Document is not { } article) return;
        var title = article.ArticleHeader!.Title;
        var lines = title.Split('\n');
        AssertUnbroken(title, lines, fixture);
        var printed = Lines(Renderer.Paginate(article)[0].Texts).Select(l => Squash(LineText(l))).ToList();
        var start = printed.IndexOf(Squash(lines[0]));
        Assert.True(start >= 0, $"{fixture}: the title's first line is not printed as a line");
        Assert.Equal(lines.Select(Squash), printed.Skip(start).Take(lines.Length));
    }

    private static void AssertUnbroken(string text, string[] lines, string name)
    {
        var whole = text.Replace('\n', ' ');
        var ends = new List<int>();
        var at = 0;
        foreach (var line in lines.SkipLast(1)) ends.Add(at += line.Length + (ends.Count == 0 ? 0 : 1));
        foreach (Match m in Protected().Matches(whole))
            Assert.True(ends.All(end => end <= m.Index || end >= m.Index + m.Length), $"{name}: \"{m.Value}\" is broken in \"{text}\"");
    }

    private static void AssertSubject(ReportDocument document, string name)
    {
        var subject = document.Title!.Subject;
        var lines = subject.Split('\n');
        var style = document.Presentation.Styles.Subject;
        var widths = lines.Select(l => FontMeasurer.Default.LineWidthPt(l, style.SizePt, style.Bold, style.Italic)).ToList();
        var room = (document.Presentation.PageWidthMm - document.Presentation.MarginLeftMm - document.Presentation.MarginRightMm) * 72 / 25.4;
        Assert.All(widths, w => Assert.True(w <= room, $"{name}: a line of {w:0.#} pt is wider than the page's {room:0.#} pt"));

        AssertUnbroken(subject, lines, name);

        if (lines.Length > 1)
            Assert.True(widths.Max() - widths.Min() <= 0.4 * widths.Max(), $"{name}: lines are uneven: {string.Join(" | ", lines)}");

        // The PDF prints the tree's lines, right after "BÁO CÁO".
        var printed = Lines(Renderer.Paginate(document)[0].Texts).Select(l => Squash(LineText(l))).ToList();
        var start = printed.IndexOf("BÁOCÁO") + 1;
        Assert.True(start > 0, $"{name}: no document type on the first page");
        Assert.Equal(lines.Select(Squash), printed.Skip(start).Take(lines.Length));
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"quý (?:IV|I{1,3})(?:/\d{4}| năm \d{4})?|\d+ tháng(?: đầu| cuối)?(?: năm(?: \d{4})?)?|nhiệm vụ trọng tâm")]
    private static partial Regex Protected();
}
