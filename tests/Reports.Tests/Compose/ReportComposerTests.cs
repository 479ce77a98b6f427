using System.Text.RegularExpressions;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

public sealed partial class ReportComposerTests
{
    private const string DanPhuong = "huyen-uy-dan-phuong-q1-2024.yaml";
    private const string MyDuc = "ubnd-huyen-my-duc-q2-2024.yaml";
    private const string ODien = "dang-uy-xa-o-dien-q3-2025.yaml";

    [Fact]
    public void The_budget_clause_is_computed_and_worded_exactly_in_its_statement()
    {
        // 212,4 / 1.056,3 = 20,11%; 212,4 / 1.438,6 = 14,76%; 212,4 / 256,1 = 82,94%. The statement places the
        // figure ("... trên địa bàn [thu_ngan_sach]; thấp hơn ..."): the clause and its note go where the code was.
        Assert.Contains(
            "Tổng thu ngân sách nhà nước trên địa bàn đạt 212,4 tỷ đồng, đạt 20,1% dự toán Thành phố giao, " +
            "14,8% dự toán HĐND huyện giao, bằng 82,9% so với cùng kỳ; trong đó thu tiền sử dụng đất 58,7 tỷ đồng; " +
            "thấp hơn cùng kỳ do chưa tổ chức được các phiên đấu giá quyền sử dụng đất theo kế hoạch; các khoản thu thuế, " +
            "phí, lệ phí cơ bản đạt tiến độ, thu ngoài quốc doanh tăng 9,4% so với cùng kỳ.",
            Composed.Report(DanPhuong).Texts());
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Every_figure_is_written_once_with_percentages_recomputed(string fixture)
    {
        var data = Composed.Data(fixture);
        var paragraphs = Composed.Report(data).Body.OfType<Paragraph>().Select(p => p.Content.PlainText()).ToList();
        foreach (var domain in data.AllDomains())
        foreach (var figure in domain.Figures)
        {
            var verb = figure.Estimated ? "ước " + figure.Verb : figure.Verb;
            // A placed figure is read in its statement; any other is a sentence of its own after the statements.
            var sentence = domain.PlacedFigureCodes.Contains(figure.Code ?? "")
                ? Assert.Single(paragraphs, t => t.Contains(FigureSentence.Clause(figure), StringComparison.Ordinal))
                : Assert.Single(paragraphs, t => t.StartsWith($"{figure.Name} {verb} ", StringComparison.Ordinal) && t.EndsWith('.'));
            foreach (var plan in figure.Plans.Where(p => p.Value > 0))
                Assert.Contains($"{Percent.Format(figure.Value / plan.Value * 100)} {plan.Label}", sentence);
            if (figure.SamePeriod is > 0 and var prior)
                Assert.Contains(SamePeriodPhrase(figure, prior), sentence);
            if (figure.Whole is { } whole)
            {
                Assert.Contains(figure.WholeStyle == WholeStyle.Share
                    ? $"{VietnameseNumber.Format(figure.Value)} {figure.Unit}, chiếm {Percent.Format(Rounded(figure.Value / whole * 100))} tổng số {figure.Unit}"
                    : $"{VietnameseNumber.Format(figure.Value)}/{VietnameseNumber.Format(whole)} {figure.Unit}", sentence);
            }
        }
    }

    // The clerk's rules (DOMAIN.md), recomputed here rather than taken from the formatter under test.
    private static string SamePeriodPhrase(Reports.Core.Model.Figure figure, decimal prior)
    {
        var difference = figure.Value - prior;
        var direction = difference > 0 ? "tăng" : "giảm";
        if (difference == 0) return "bằng cùng kỳ";
        if (figure.Unit == "%") return $"{direction} {VietnameseNumber.Format(Math.Abs(difference))} điểm phần trăm so với cùng kỳ";
        if (figure.Direction == Direction.LowerIsBetter)
            return $"{direction} {VietnameseNumber.Format(Math.Abs(difference))} {figure.Unit} ({Percent.Format(Rounded(Math.Abs(difference) / prior * 100))}) so với cùng kỳ";
        var ratio = Rounded(figure.Value / prior * 100);
        return ratio == 100 ? "bằng cùng kỳ"
            : ratio > 100 ? $"tăng {Percent.Format(ratio - 100)} so với cùng kỳ"
            : $"bằng {Percent.Format(ratio)} so với cùng kỳ";
    }

    private static decimal Rounded(decimal percent) => Math.Round(percent, percent < 1 ? 2 : 1, MidpointRounding.AwayFromZero);

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Every_statement_of_the_data_file_appears_exactly_once(string fixture)
    {
        var data = Composed.Data(fixture);
        var texts = Composed.Report(data).Texts().ToList();
        // A statement's "[code]" is written as its figure's clause; the rest of it as typed.
        var statements = data.AllDomains().SelectMany(d => d.ParsedStatements.Select(s => Woven(s, d)))
            .Concat(data.Assessment.Strengths).Concat(data.Assessment.Limitations).Concat(data.Assessment.Causes)
            .Concat(data.Proposals)
            // A task's sentence ends after its notes, so its own final stop moves there.
            .Concat(data.Tasks.Select(t => t.Text.Trim().TrimEnd('.', ';', ',')));
        foreach (var statement in statements)
        {
            var plain = statement.Replace("**", "").Replace("*", "").Trim();
            Assert.Equal(1, texts.Sum(t => Occurrences(t, plain)));
        }
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Headings_come_in_order(string fixture)
    {
        var document = Composed.Report(fixture);
        var data = Composed.Data(fixture);
        var roman = document.Headings(1).Select(h => h.Content.PlainText().Split('.')[0]).ToList();
        Assert.Equal(data.Proposals.Count > 0 ? ["I", "II", "III"] : new[] { "I", "II" }, roman);

        var numbered = document.Headings(2).Select(h => int.Parse(h.Content.PlainText().Split('.')[0])).ToList();
        Assert.Equal(Enumerable.Range(1, numbered.Count), numbered);
        Assert.Equal(data.Results.Count + 1, numbered.Count); // every domain, then "Đánh giá chung"
        Assert.EndsWith("Đánh giá chung", document.Headings(2).Last().Content.PlainText());

        // Letters restart under each numbered heading and follow the Vietnamese alphabet (a, b, c, d, đ, e).
        var letters = new List<string>();
        foreach (var block in document.Body.OfType<Heading>())
        {
            if (block.Level < 3) { Assert.Equal(Prefix(letters), letters); letters.Clear(); continue; }
            letters.Add(block.Content.PlainText().Split(')')[0]);
        }
        Assert.Equal(Prefix(letters), letters);
    }

    private static List<string> Prefix(List<string> letters) =>
        Enumerable.Range(1, letters.Count).Select(VietnameseFunctions.Letter).ToList();

    [Fact]
    public void Period_phrases_follow_the_style()
    {
        var q1 = Composed.Report(DanPhuong);
        Assert.Equal("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I NĂM 2024", q1.Headings(1).First().Content.PlainText());
        Assert.Equal("II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024", q1.Headings(1).ElementAt(1).Content.PlainText());
        Assert.Equal("Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024", q1.Title!.Subject.Replace('\n', ' '));

        var sixMonths = Composed.Report(MyDuc);
        Assert.EndsWith("6 THÁNG ĐẦU NĂM 2024", sixMonths.Headings(1).First().Content.PlainText());
        Assert.EndsWith("6 THÁNG CUỐI NĂM 2024", sixMonths.Headings(1).ElementAt(1).Content.PlainText());

        var nineMonths = Composed.Report(ODien);
        Assert.EndsWith("9 THÁNG NĂM 2025", nineMonths.Headings(1).First().Content.PlainText());
        Assert.EndsWith("QUÝ IV NĂM 2025", nineMonths.Headings(1).ElementAt(1).Content.PlainText());
        Assert.Contains("báo cáo kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ 9 tháng, nhiệm vụ trọng tâm quý IV năm 2025 như sau:",
            nineMonths.Texts().First());
        var myDuc = Composed.Data(MyDuc);
        var stateSubject = Composed.Report(myDuc with { Document = myDuc.Document with { Subject = null } }).Title!.Subject.Replace('\n', ' ');
        Assert.Equal("Tình hình, kết quả thực hiện nhiệm vụ 6 tháng đầu năm, nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2024", stateSubject);
    }

    // A task is one sentence: its notes are running text, in lower case; a breakthrough is marked at its end.
    [Fact]
    public void Tasks_read_as_reports_write_them()
    {
        var texts = Composed.Report(DanPhuong).Texts().ToList();
        Assert.Contains(texts, t => t.EndsWith("các lĩnh vực dễ phát sinh vi phạm (chủ trì: Ủy ban Kiểm tra Huyện ủy; thời hạn: thường xuyên).", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("theo hướng dẫn của Trung ương và Thành ủy (chủ trì: Ban Tổ chức Huyện ủy; thời hạn: quý II/2024).", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.EndsWith("các dự án trọng điểm của huyện (chủ trì: Ủy ban nhân dân huyện; thời hạn: 30/6/2024) (nhiệm vụ đột phá).", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Đột phá", StringComparison.Ordinal) || t.Contains("Thời hạn", StringComparison.Ordinal));
    }

    // DOMAIN.md, "Periods and wording": after quý IV comes quý I of the next year, and the subject says both years.
    [Theory]
    [InlineData(PeriodStyle.Quarter, "quý IV năm 2026, nhiệm vụ trọng tâm quý I năm 2027", "II. NHIỆM VỤ TRỌNG TÂM QUÝ I NĂM 2027")]
    [InlineData(PeriodStyle.Cumulative, "năm 2026, nhiệm vụ trọng tâm năm 2027", "II. NHIỆM VỤ TRỌNG TÂM NĂM 2027")]
    public void A_fourth_quarter_plans_for_the_next_year(PeriodStyle style, string pair, string heading)
    {
        var data = Composed.Data(DanPhuong);
        data = data with { Reporting = data.Reporting with { Period = new ReportingPeriod(2026, 4), Style = style } };
        var q4 = Composed.Report(data);
        Assert.Equal("Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ " + pair, q4.Title!.Subject.Replace('\n', ' '));
        Assert.Equal(heading, q4.Headings(1).ElementAt(1).Content.PlainText());
        Assert.Contains("thực hiện nhiệm vụ " + pair + " như sau:", q4.Texts().First());
    }

    [Fact]
    public void Party_letterhead_title_and_closing()
    {
        var d = Composed.Report(DanPhuong);
        Assert.Equal(new Letterhead("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "HUYỆN ỦY ĐAN PHƯỢNG", "Số 45-BC/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", null,
            "Đan Phượng, ngày 04 tháng 4 năm 2024"), d.Letterhead);
        Assert.Equal("*", d.Frame.Letterhead.IssuerMarkText);
        Assert.Equal(0, d.Frame.Letterhead.IssuerRuleWidthPt);
        Assert.Equal("-----", d.Frame.Title.SubjectDashes);
        Assert.Equal("BÁO CÁO", d.Title!.DocumentType);
        Assert.Equal("T/M BAN THƯỜNG VỤ", d.Closing!.Signature.OnBehalfOf);
        Assert.Equal("Nơi nhận:", d.Closing.Recipients.Label);
        Assert.All(d.Closing.Recipients.Items.SkipLast(1), i => Assert.Matches("^- .+,$", i));
        Assert.Equal("- Lưu Văn phòng Huyện ủy.", d.Closing.Recipients.Items[^1]);
        Assert.Equal(14, d.Presentation.Styles.Body.SizePt);
        Assert.Equal("vi-VN", d.Metadata.Language);
        Assert.False(d.IsDraft);
    }

    [Fact]
    public void State_letterhead_and_signing_in_place_of_the_chair()
    {
        var d = Composed.Report(MyDuc);
        Assert.Equal("Số: 05/BC-UBND", d.Letterhead!.NumberAndSymbol);
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", d.Letterhead.NationalTitle);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", d.Letterhead.Motto);
        Assert.Null(d.Frame.Letterhead.IssuerMarkText);
        Assert.True(d.Frame.Letterhead.IssuerRuleWidthPt > 0);
        Assert.Null(d.Frame.Title.SubjectDashes);
        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐỨC", d.Letterhead.Issuer); // broken before the level, not inside the name
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), (d.Closing!.Signature.OnBehalfOf, d.Closing.Signature.Authority, d.Closing.Signature.Position));
        Assert.All(d.Closing.Recipients.Items.SkipLast(1), i => Assert.EndsWith(";", i));
        Assert.Equal("- Lưu: VT, VP.", d.Closing.Recipients.Items[^1]);
        Assert.Equal(13, d.Presentation.Styles.Body.SizePt);
        Assert.StartsWith("Ủy ban nhân dân huyện Mỹ Đức báo cáo", Regex.Replace(d.Texts().First(), "^.*?, (?=Ủy ban)", ""));
    }

    [Fact]
    public void A_commune_draft_without_number()
    {
        var d = Composed.Report(ODien);
        Assert.True(d.IsDraft);
        Assert.Matches("^Số [ \u00a0]*\u00a0{6}-BC/ĐU$", d.Letterhead!.NumberAndSymbol); // room to write the number by hand
        Assert.Equal("ĐẢNG ỦY XÃ Ô DIÊN", d.Letterhead.Issuer);
        Assert.DoesNotContain(d.Texts(), t => t.Contains("huyện", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_figure_table_has_the_official_columns_and_right_aligned_numbers()
    {
        var data = Composed.Data(DanPhuong);
        var domain = data.Results.First(r => r.ShowFigureTable);
        var table = Composed.Report(data).Body.OfType<Table>().First();
        // Two plan columns: the first plans' labels differ (each cell names its own), the second is the
        // budget's "dự toán HĐND huyện giao" alone.
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT", "TH quý I/2024", "Kế hoạch", "TH/KH (%)", "Dự toán HĐND huyện giao", "TH/KH (%)", "Cùng kỳ 2023", "TH/CK (%)"],
            table.HeaderRows.Single().Cells.Select(c => c.Content.PlainText()));
        Assert.Equal("Bảng 1. Một số chỉ tiêu chủ yếu về phát triển kinh tế", table.Caption.PlainText());
        Assert.Equal(domain.Figures.Count, table.Rows.Count);
        Assert.All(table.Columns.Skip(3), c => Assert.Equal(ColumnAlignment.Right, c.Alignment));
        Assert.Equal(table.Columns.Max(c => c.RelativeWidth), table.Columns[1].RelativeWidth); // the name column is the widest
        Assert.True(table.Columns[0].RelativeWidth < table.Columns[3].RelativeWidth);
        var budget = table.Rows.First().Cells.Select(c => c.Content.PlainText()).ToList();
        Assert.Equal(["1", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "212,4", "1.056,3 (dự toán Thành phố giao)", "20,1%",
            "1.438,6", "14,8%", "256,1", "82,9%"], budget);
    }

    [Fact]
    public void Text_that_looks_like_markdown_stays_text()
    {
        var data = Composed.Data(DanPhuong);
        var tricky = new[] { "1. Đây không phải danh sách", "- Cũng không phải", "# Không phải tiêu đề", "Có <b>thẻ</b> | dấu & và [ngoặc](x)", "Giữ **đậm** và *nghiêng*" };
        var first = data.Results[0] with { Statements = tricky };
        var d = Composed.Report(data with { Results = [first, .. data.Results.Skip(1)] });
        var texts = d.Texts().ToList();
        Assert.Contains("1. Đây không phải danh sách", texts);
        Assert.Contains("- Cũng không phải", texts);
        Assert.Contains("# Không phải tiêu đề", texts);
        Assert.Contains("Có <b>thẻ</b> | dấu & và [ngoặc](x)", texts);
        var bold = d.Body.OfType<Paragraph>().Single(p => p.Content.PlainText() == "Giữ đậm và nghiêng");
        Assert.Contains(bold.Content, i => i is Strong);
        Assert.Contains(bold.Content, i => i is Emphasis);
    }

    private static string Woven(Reports.Core.Model.Statement statement, Reports.Core.Model.Domain domain) => string.Concat(statement.Segments.Select(s => s switch
    {
        Reports.Core.Model.LiteralText l => l.Text,
        Reports.Core.Model.FigureReference r => FigureSentence.Clause(domain.FigureByCode(r.Code)!),
        _ => throw new InvalidOperationException(),
    }));

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
