using Reports.Tests.Support;
using System.Text;
using System.Text.RegularExpressions;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Compose;

/// <summary>
/// Figures belong in the prose of their domain (DOMAIN.md): a statement's "[code]" becomes that figure's clause,
/// written once, there; every other figure follows the statements as a body paragraph, never a "- " line.
/// </summary>
public sealed partial class FiguresInProseTests
{
    /// <summary>A small file of our own: a statement that opens on a figure, one that places a figure mid-sentence
    /// beside a bracket that is not a code, a figure left unplaced, and a sub-domain placing its own.</summary>
    private static readonly string HandMade = $$"""
        phien_ban: 1
        loai_van_ban: dang
        co_quan:
          ten: Đảng ủy xã Ô Diên
          ky_hieu: ĐU
          cap: xa
          dia_phuong: Ô Diên
        van_ban:
          ngay: 2025-10-06
        ky_bao_cao:
          nam: 2025
          quy: 3
        ket_qua:
          - tieu_de: Phát triển kinh tế
            noi_dung:
              - "[thu_ngan_sach], vượt dự toán năm; chống thất thu tại các làng nghề."
              - Dịch vụ phục hồi [1]; thu từ dịch vụ [thu_dich_vu] nhờ du lịch làng nghề.
            chi_tieu:
              - ten: Thu ngân sách trên địa bàn
                ma: thu_ngan_sach
                don_vi: tỷ đồng
                thuc_hien: 12,5
                ke_hoach:
                  - nhan: dự toán năm
                    gia_tri: 10
                cung_ky: 10
              - ten: Thu từ dịch vụ
                ma: thu_dich_vu
                don_vi: tỷ đồng
                thuc_hien: 3
                cung_ky: 2,5
              - ten: Diện tích lúa vụ Mùa
                don_vi: ha
                thuc_hien: 300
                cung_ky: 320
            linh_vuc_con:
              - tieu_de: Y tế
                noi_dung:
                  - Tiêm chủng mở rộng cho trẻ em [tiem_chung].
                chi_tieu:
                  - ten: Trẻ em dưới 1 tuổi được tiêm chủng đầy đủ
                    ma: tiem_chung
                    don_vi: trẻ
                    thuc_hien: 180
                    tong_so: 200
        nhiem_vu:
          - noi_dung: Tập trung thu ngân sách.
        {{DataFileParts.Closing()}}
        """;

    public static TheoryData<string> Sources => new([.. TestPaths.FixtureFiles.Select(Path.GetFileName)!, "hand-made"]);

    private static ReportData Data(string source) => source == "hand-made"
        ? DataFileLoader.Load("hand-made.yaml", Encoding.UTF8.GetBytes(HandMade)).Data ?? throw new InvalidOperationException("hand-made data does not load")
        : Composed.Data(source);

    private static IEnumerable<(Domain Domain, Figure Figure)> Figures(ReportData data) =>
        data.AllDomains().SelectMany(d => d.Figures.Select(f => (d, f)));

    [Fact]
    public void A_statement_opening_on_a_figure_reads_as_a_sentence()
    {
        var texts = Composed.Report(Data("hand-made")).Texts().ToList();
        Assert.Contains("Đạt 12,5 tỷ đồng, đạt 125% dự toán năm, tăng 25% so với cùng kỳ, vượt dự toán năm; chống thất thu tại các làng nghề.", texts);
        Assert.Contains("Dịch vụ phục hồi [1]; thu từ dịch vụ đạt 3 tỷ đồng, tăng 20% so với cùng kỳ nhờ du lịch làng nghề.", texts);
        Assert.Contains("Tiêm chủng mở rộng cho trẻ em đạt 180/200 trẻ, đạt 90%.", texts);
        Assert.Contains("Diện tích lúa vụ Mùa đạt 300 ha, bằng 93,8% so với cùng kỳ.", texts);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void No_figure_code_is_left_in_any_output(string source)
    {
        var data = Data(source);
        var result = new ReportComposer(Composed.BuiltIn.Value).Compose(data);
        var document = result.Document!;
        var outputs = new Dictionary<string, string>
        {
            ["tree"] = string.Join("\n", document.Texts()),
            ["template markdown"] = result.Markdown!,
            ["md"] = new MarkdownRenderer().RenderText(document),
            ["html"] = new HtmlRenderer().RenderPage(document),
            ["pdf"] = PdfText(document),
            ["docx"] = DocxText(document),
        };
        var codes = Figures(data).Select(x => x.Figure.Code).OfType<string>().ToList();
        Assert.NotEmpty(codes);
        foreach (var (name, text) in outputs)
        {
            // Escapes ("\[thu\_ngan\_sach\]") would hide a code from a plain search.
            var plain = text.Replace("\\", "");
            foreach (var code in codes) Assert.False(plain.Contains($"[{code}]", StringComparison.Ordinal), $"{name} still has [{code}]");
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void A_placed_figure_is_written_once_in_its_statement_and_not_again(string source)
    {
        var data = Data(source);
        var document = Composed.Report(data);
        var texts = document.Texts().ToList();
        var pdf = PdfText(document);
        var placed = Figures(data).Where(x => x.Domain.PlacedFigureCodes.Contains(x.Figure.Code ?? "")).ToList();
        Assert.NotEmpty(placed);
        foreach (var (domain, figure) in placed)
        {
            var clause = FigureSentence.Clause(figure);
            // A statement that opens on the figure capitalises the clause's first letter; the rest is as written.
            var tail = clause[1..];
            var statement = domain.ParsedStatements.First(s => s.FigureCodes.Contains(figure.Code));
            var opening = statement.Segments.TakeWhile(s => s is LiteralText).Cast<LiteralText>().Select(l => l.Text).FirstOrDefault() ?? "";
            var paragraph = Assert.Single(texts, t => t.Contains(tail, StringComparison.Ordinal));
            Assert.StartsWith(opening.Replace("**", "").Replace("*", ""), paragraph, StringComparison.Ordinal);
            Assert.Equal(1, Occurrences(pdf, tail));
            Assert.DoesNotContain(texts, t => t.StartsWith(figure.Name + " ", StringComparison.Ordinal) && t.EndsWith(clause + ".", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Unplaced_figures_are_body_paragraphs_not_list_items(string source)
    {
        var data = Data(source);
        var document = Composed.Report(data);
        var listItems = document.Body.OfType<BulletList>().SelectMany(l => l.Items).Select(i => i.PlainText()).ToList();
        var unplaced = data.AllDomains().SelectMany(d => d.UnplacedFigures).ToList();
        Assert.NotEmpty(unplaced);
        foreach (var figure in unplaced)
        {
            var sentence = FigureSentence.Write(figure);
            var paragraph = Assert.Single(document.Body.OfType<Paragraph>(), p => p.Content.PlainText() == sentence);
            Assert.Equal(ParagraphRole.Body, paragraph.Role);
            Assert.DoesNotContain(listItems, i => i.StartsWith(figure.Name + " ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Each_figure_follows_the_statements_of_its_own_domain(string source)
    {
        // Unplaced figures come after the last statement of their domain, before the next heading.
        var data = Data(source);
        var body = Composed.Report(data).Body.ToList();
        foreach (var domain in data.AllDomains())
        {
            var heading = body.FindIndex(b => b is Heading h && h.Content.PlainText().EndsWith(domain.Title, StringComparison.Ordinal));
            var next = body.FindIndex(heading + 1, b => b is Heading);
            var section = body.Skip(heading + 1).Take(next - heading - 1).OfType<Paragraph>().Where(p => p.Role == ParagraphRole.Body).Select(p => p.Content.PlainText()).ToList();
            var sentences = domain.UnplacedFigures.Select(FigureSentence.Write).ToList();
            Assert.Equal(sentences, section.TakeLast(sentences.Count));
            Assert.Equal(domain.Statements.Count + sentences.Count, section.Count);
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_prose_has_no_doubled_or_orphan_punctuation(string source)
    {
        // Where a clause meets the statement around it: no ",." or ";.", no "..", no space before a comma.
        var data = Data(source);
        var article = new ArticleComposer(Composed.BuiltIn.Value).Compose(data)?.Document;
        var prose = Composed.Report(data).Body.Concat(article?.Body ?? []).SelectMany(b => b switch
        {
            Paragraph p => [p.Content.PlainText()],
            BulletList l => l.Items.Select(i => i.PlainText()),
            _ => [],
        });
        Assert.All(prose, text => Assert.DoesNotMatch(BadPunctuation(), text));
    }

    [GeneratedRegex(@"[,;:]\s*[.,;]|\.\s*[,;]|(?<!\.)\.\.(?!\.)|\s[,.;:]")]
    private static partial Regex BadPunctuation();

    /// <summary>The body text the PDF draws, line after line, without the page numbers in the top margin.</summary>
    private static string PdfText(ReportDocument document)
    {
        var top = document.Presentation.MarginTopMm * Reports.Rendering.Pdf.Layout.PageSetup.PointsPerMillimetre;
        return string.Join(" ", Renderer.Paginate(document).SelectMany(page => Lines(page.Texts.Where(t => t.Baseline > top))).Select(LineText));
    }

    private static string DocxText(ReportDocument document)
    {
        using var docx = Reports.Tests.Rendering.DocxReading.Open(Reports.Tests.Rendering.DocxReading.Renderer.Render(document));
        return Reports.Tests.Rendering.DocxReading.Body(docx).InnerText;
    }

    private static int Occurrences(string text, string part) => Regex.Count(text, Regex.Escape(part));
}
