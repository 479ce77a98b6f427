using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Reports.Document;
using Reports.Rendering.Html;
using Xunit;

namespace Reports.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly HtmlRenderer Renderer = new();

    private static string Page(ReportDocument document) => Encoding.UTF8.GetString(Renderer.Render(document));

    private static IHtmlDocument Parse(ReportDocument document) => new HtmlParser().ParseDocument(Page(document));

    private static string Style(IHtmlDocument page) => Assert.Single(page.QuerySelectorAll("style")).TextContent;

    private static string[] Texts(IElement scope, string selector) =>
        scope.QuerySelectorAll(selector).Select(e => e.TextContent).ToArray();

    [Fact]
    public void Names_its_format_and_extension()
    {
        Assert.Equal("html", Renderer.Format);
        Assert.Equal("html", Renderer.Extension);
    }

    [Fact]
    public void Page_is_html5_in_vietnamese_with_charset_and_title()
    {
        var bytes = Renderer.Render(SampleDocuments.PartyReport);
        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte-order mark");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', text);

        var page = new HtmlParser().ParseDocument(text);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")?.GetAttribute("charset"));
        Assert.Equal("Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2024", page.Title);
    }

    [Fact]
    public void Style_sets_the_page_size_margins_and_fonts_from_the_presentation()
    {
        var style = Style(Parse(SampleDocuments.PartyReport));
        Assert.Contains("@page { size: A4; margin: 20mm 15mm 20mm 30mm; }", style);
        Assert.Contains("font-family: \"Times New Roman\", \"Liberation Serif\", \"Tinos\", serif;", style);
        Assert.Contains("text-align: justify; text-indent: 1.27cm;", style);
        Assert.Contains("main p, main li { margin: 0 0 6pt;", style);
        Assert.Contains(".national-title { font-size: 15pt; font-weight: bold;", style);
        Assert.Contains(".place-date { font-size: 14pt; font-weight: normal; font-style: italic;", style);
        Assert.Contains(".recipients-label { font-size: 14pt; font-weight: normal; font-style: normal; text-decoration: underline; }", style);
        Assert.Contains("Page numbers are left out", style);

        var state = Style(Parse(SampleDocuments.StateReport));
        Assert.Contains("@page { size: A4; margin: 20mm 20mm 20mm 30mm; }", state);
        Assert.Contains(".recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; text-decoration: none; }", state);
    }

    [Fact]
    public void Presentation_font_comes_first_and_cannot_break_out_of_the_style()
    {
        var document = SampleDocuments.StateReport with
        {
            Presentation = SampleDocuments.StatePresentation with { FontFamily = "Noto Serif\"}</style><script>x</script>" },
        };
        var page = Parse(document);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains("font-family: \"Noto Serif/stylescriptx/script\", \"Times New Roman\", \"Liberation Serif\", \"Tinos\", serif;", Style(page));
    }

    [Fact]
    public void Page_is_self_contained()
    {
        foreach (var document in new[] { SampleDocuments.PartyReport, SampleDocuments.StateReport, SampleDocuments.Article })
        {
            var text = Page(document);
            var page = new HtmlParser().ParseDocument(text);
            Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed"));
            Assert.Empty(page.QuerySelectorAll("[src], [href]"));
            Assert.DoesNotContain("http:", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("https:", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("@import", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Party_letterhead_has_issuer_and_star_left_and_underlined_party_title_right()
    {
        var page = Parse(SampleDocuments.PartyReport);
        var letterhead = Assert.IsAssignableFrom<IHtmlTableElement>(page.QuerySelector("header table.letterhead"));
        Assert.Equal(2, letterhead.Rows.Length);
        var (left, right) = (letterhead.Rows[0].Cells[0], letterhead.Rows[0].Cells[1]);
        Assert.Equal(["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"], Texts(left, ".parent-body"));
        Assert.Equal(["HUYỆN ỦY ĐAN PHƯỢNG"], Texts(left, ".issuer"));
        Assert.Equal("*", left.QuerySelector(".issuer + .issuer-star")?.TextContent);
        Assert.Null(left.QuerySelector(".issuer-rule"));

        // The line under the party title is as long as the layout step measured the title.
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", right.QuerySelector(".national-title")?.TextContent);
        Assert.NotNull(right.QuerySelector(".national-title + .title-rule"));
        Assert.Null(right.QuerySelector(".motto"));
        var width = SampleDocuments.PartyReport.Frame.Letterhead.TitleRuleWidthPt;
        Assert.Contains($".title-rule {{ width: {HtmlPt(width)}pt; margin: 4pt auto 0; border-top: 0.75pt solid #000; }}", Style(page));

        // Number and place-and-date stand on the same row, left and right.
        Assert.Equal("Số 45-BC/HU", letterhead.Rows[1].Cells[0].QuerySelector(".number")?.TextContent);
        Assert.Equal("Đan Phượng, ngày 04 tháng 4 năm 2024", letterhead.Rows[1].Cells[1].QuerySelector(".place-date")?.TextContent);
    }

    [Fact]
    public void State_letterhead_has_a_rule_under_the_issuer_and_the_motto_underlined()
    {
        var page = Parse(SampleDocuments.StateReport);
        var letterhead = Assert.IsAssignableFrom<IHtmlTableElement>(page.QuerySelector("table.letterhead"));
        var (left, right) = (letterhead.Rows[0].Cells[0], letterhead.Rows[0].Cells[1]);
        Assert.Empty(left.QuerySelectorAll(".parent-body"));
        Assert.Equal(["ỦY BAN NHÂN DÂN HUYỆN MỸ ĐỨC"], Texts(left, ".issuer"));
        Assert.NotNull(left.QuerySelector(".issuer + .issuer-rule"));
        Assert.Null(left.QuerySelector(".issuer-star"));
        Assert.DoesNotContain("*", left.TextContent);

        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right.QuerySelector(".national-title")?.TextContent);
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", right.QuerySelector(".national-title + .motto")?.TextContent);
        Assert.NotNull(right.QuerySelector(".motto + .title-rule"));
        Assert.Equal("Số: 125/BC-UBND", letterhead.Rows[1].Cells[0].TextContent);
        Assert.Equal("Mỹ Đức, ngày 14 tháng 6 năm 2024", letterhead.Rows[1].Cells[1].TextContent);
        var width = SampleDocuments.StateReport.Frame.Letterhead.IssuerRuleWidthPt;
        Assert.Contains($".issuer-rule {{ width: {HtmlPt(width)}pt; margin: 3pt auto 0; border-top: 0.75pt solid #000; }}", Style(page));
    }

    [Fact]
    public void Title_block_shows_type_and_subject_then_dashes_for_party_and_a_rule_for_state()
    {
        var party = Parse(SampleDocuments.PartyReport);
        Assert.Equal("BÁO CÁO", party.QuerySelector(".title-block h1 .document-type")?.TextContent);
        Assert.Equal("Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024",
            party.QuerySelector(".title-block h1 .subject")?.TextContent);
        Assert.Equal("-----", party.QuerySelector(".title-block h1 + .subject-dashes")?.TextContent);
        Assert.Null(party.QuerySelector(".subject-rule"));

        var state = Parse(SampleDocuments.StateReport);
        Assert.NotNull(state.QuerySelector(".title-block > h1 + .subject-rule"));
        Assert.Null(state.QuerySelector(".subject-dashes"));
        Assert.Single(state.QuerySelectorAll("h1"));
    }

    [Fact]
    public void Headings_come_in_order_at_their_levels()
    {
        var main = Parse(SampleDocuments.PartyReport).QuerySelector("main")!;
        var headings = main.QuerySelectorAll("h2, h3, h4").ToList();
        Assert.Equal(SampleDocuments.PartyHeadings, headings.Select(h => h.TextContent));
        Assert.Equal(SampleDocuments.PartyHeadingLevels.Select(l => "H" + (l + 1)), headings.Select(h => h.TagName));
    }

    [Fact]
    public void Paragraphs_keep_bold_and_italic_and_their_roles()
    {
        var page = Parse(SampleDocuments.PartyReport);
        var first = page.QuerySelector("main > p")!;
        Assert.Equal("Ban Thường vụ Huyện ủy", first.QuerySelector("strong")?.TextContent);
        Assert.Equal("\"Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển\"", first.QuerySelector("em")?.TextContent);
        Assert.Equal("Nguồn: Văn phòng HĐND-UBND huyện.", page.QuerySelector("main p.note")?.TextContent);

        var article = Parse(SampleDocuments.Article);
        Assert.StartsWith("Ngày 4/4,", article.QuerySelector("main > p.lead")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Minh Anh", article.QuerySelector("main > p.byline:last-child")?.TextContent);
        Assert.Contains("main p.byline { text-align: right;", Style(article));
    }

    [Fact]
    public void List_items_carry_their_marker_as_text_not_as_browser_bullets()
    {
        var page = Parse(SampleDocuments.PartyReport);
        var items = page.QuerySelectorAll("main ul.list > li").ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, item => Assert.Equal("-", item.QuerySelector("span.marker")?.TextContent));
        Assert.Equal("- Kết nạp 45 đảng viên mới, đạt 30% kế hoạch năm.", items[1].TextContent);
        Assert.Equal("45 đảng viên mới", items[1].QuerySelector("strong")?.TextContent);
        Assert.Contains("main ul.list { margin: 0; padding: 0; list-style: none; }", Style(page));
    }

    [Fact]
    public void Table_has_a_repeating_header_widths_and_right_aligned_numbers()
    {
        var page = Parse(SampleDocuments.PartyReport);
        var table = Assert.IsAssignableFrom<IHtmlTableElement>(page.QuerySelector("main table.data"));
        var head = Assert.Single(table.Head!.Rows);
        Assert.Equal(["TT", "Chỉ tiêu", "Đơn vị", "Thực hiện quý I", "So cùng kỳ (%)"], head.Cells.Select(c => c.TextContent));
        Assert.All(head.Cells, cell => Assert.Equal("TH", cell.TagName));
        Assert.Equal(3, table.Bodies.Single().Rows.Length);

        var rows = table.Bodies.Single().Rows;
        Assert.Equal(["187,5", "1.250", "3.015"], rows.Select(r => r.Cells[3].TextContent));
        Assert.All(rows, row =>
        {
            Assert.Equal("al-right", row.Cells[3].ClassName);
            Assert.Equal("al-right", row.Cells[4].ClassName);
            Assert.Equal("al-left", row.Cells[1].ClassName);
            Assert.Equal("al-center", row.Cells[0].ClassName);
        });
        var style = Style(page);
        Assert.Contains("table.data td.al-right { text-align: right; }", style);
        Assert.Contains("table.data thead { display: table-header-group; }", style);

        // Relative widths 0.6 : 4 : 1.4 : 1.5 : 1.5 of a total of 9.
        Assert.Equal(
            ["width: 6.67%", "width: 44.44%", "width: 15.56%", "width: 16.67%", "width: 16.67%"],
            table.QuerySelectorAll("colgroup > col").Select(c => c.GetAttribute("style")));
    }

    [Fact]
    public void Short_rows_get_empty_cells_and_columns_without_width_share_equally()
    {
        var table = new Table(
            [new TableColumn(ColumnAlignment.Left, 0), new TableColumn(ColumnAlignment.Right, 0)],
            [],
            [SampleDocuments.Row("chỉ một ô")]);
        var page = Parse(SampleDocuments.WithBody(table));
        var html = Assert.IsAssignableFrom<IHtmlTableElement>(page.QuerySelector("table.data"));
        Assert.Null(html.Head);
        Assert.Equal(["chỉ một ô", ""], html.Bodies.Single().Rows.Single().Cells.Select(c => c.TextContent));
        Assert.Equal(["width: 50%", "width: 50%"], html.QuerySelectorAll("col").Select(c => c.GetAttribute("style")));
    }

    [Fact]
    public void Closing_puts_recipients_left_and_signature_right_kept_together()
    {
        var page = Parse(SampleDocuments.StateReport);
        var closing = Assert.IsAssignableFrom<IHtmlTableElement>(page.QuerySelector(".paper > table.closing"));
        var row = Assert.Single(closing.Rows);
        Assert.Equal(2, row.Cells.Length);
        var (recipients, signature) = (row.Cells[0], row.Cells[1]);
        Assert.Equal("recipients", recipients.ClassName);
        Assert.Equal(["Nơi nhận:"], Texts(recipients, ".recipients-label"));
        Assert.Equal(["- UBND Thành phố;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, VP."],
            Texts(recipients, ".recipient"));

        Assert.Equal("signature", signature.ClassName);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], Texts(signature, ".sig-title"));
        Assert.NotNull(signature.QuerySelector(".sig-title + .sig-space + .sig-name"));
        Assert.Equal("Trần Thị Lan", signature.QuerySelector(".sig-name")?.TextContent);

        var style = Style(page);
        Assert.Contains("table.closing { margin-top: 12pt; table-layout: fixed; break-inside: avoid;", style);
        // The recipients' column as wide as the tree says (its gap inside), wrapped items hanging under the text after "- ".
        var c = SampleDocuments.StateReport.Frame.Closing;
        string Pt(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture) + "pt";
        Assert.Contains($"table.closing td.recipients {{ box-sizing: border-box; width: {Pt(c.RecipientsWidthPt)}; padding-right: {Pt(c.RecipientsGapPt)};", style);
        Assert.Contains($"padding-left: {Pt(c.RecipientsHangingIndentPt)}; text-indent: -{Pt(c.RecipientsHangingIndentPt)}; }}", style);
        Assert.Contains("table.closing td.signature { text-align: center;", style);

        var party = Parse(SampleDocuments.PartyReport).QuerySelector("td.signature")!;
        Assert.Equal(["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], Texts(party, ".sig-title"));
    }

    [Fact]
    public void Draft_mark_only_on_drafts()
    {
        var draft = Parse(SampleDocuments.PartyReport);
        Assert.Equal("DỰ THẢO", draft.QuerySelector(".paper > .draft:first-child > .draft-mark")?.TextContent);
        Assert.Contains(".draft-mark { display: inline-block; text-align: center; padding: 1pt 6pt; border: 0.75pt solid #000; font-size: 12pt; font-weight: bold;", Style(draft));

        Assert.DoesNotContain("DỰ THẢO", Page(SampleDocuments.StateReport));
        Assert.DoesNotContain("DỰ THẢO", Page(SampleDocuments.PartyReport with { IsDraft = false }));
        Assert.Contains("DỰ THẢO", Page(SampleDocuments.Article with { IsDraft = true }));
    }

    [Fact]
    public void Article_has_its_header_and_no_letterhead()
    {
        var page = Parse(SampleDocuments.Article);
        Assert.Null(page.QuerySelector("table.letterhead"));
        Assert.Null(page.QuerySelector(".title-block"));
        Assert.Null(page.QuerySelector("table.closing"));
        var header = page.QuerySelector("header > .article-header")!;
        Assert.Equal(["Tin tức - Sự kiện", "Huyện ủy Đan Phượng sơ kết công tác quý I/2024", "Ngày đăng 04/04/2024 | 16:30"],
            header.Children.Select(c => c.TextContent));
        Assert.Equal(["P", "H1", "P"], header.Children.Select(c => c.TagName));
        Assert.Equal("Nhiệm vụ quý II", page.QuerySelector("main h2")?.TextContent);
        Assert.Contains("h1.article-title { margin: 0 0 6pt; line-height: 1.25; font-size: 20pt; font-weight: bold;", Style(page));
    }

    [Fact]
    public void Page_break_starts_a_new_printed_page()
    {
        var page = Parse(SampleDocuments.WithBody(
            new Paragraph(Inlines.Plain("Trước")), PageBreak.Instance, new Paragraph(Inlines.Plain("Sau"))));
        Assert.NotNull(page.QuerySelector("main > p + div.page-break + p"));
        Assert.Contains(".page-break { break-before: page;", Style(page));
    }

    [Fact]
    public void Line_breaks_become_br()
    {
        var page = Parse(SampleDocuments.WithBody(
            new Paragraph([new Text("dòng một"), LineBreak.Instance, new Text("dòng hai")])));
        var p = page.QuerySelector("main > p")!;
        Assert.Equal("dòng một<br>dòng hai", p.InnerHtml);
    }

    [Fact]
    public void Text_is_escaped_and_vietnamese_stays_literal()
    {
        const string hostile = "<script>alert(\"x\")</script> & <b>đậm</b>";
        var document = SampleDocuments.WithBody(new Paragraph(Inlines.Plain(hostile))) with
        {
            Metadata = SampleDocuments.PartyReport.Metadata with { Title = "A <b> & \"B\"", Subject = "x\" onload=\"y" },
        };
        var text = Page(document);
        var page = new HtmlParser().ParseDocument(text);
        Assert.Empty(page.QuerySelectorAll("script, main b"));
        Assert.Equal(hostile, page.QuerySelector("main > p")?.TextContent);
        Assert.Equal("A <b> & \"B\"", page.Title);
        Assert.Equal("x\" onload=\"y", page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("[onload]"));
        Assert.Contains("<em>\"Kỷ cương", Page(SampleDocuments.PartyReport));

        var party = Page(SampleDocuments.PartyReport);
        Assert.Contains("Ban Chấp hành Đảng bộ huyện", party);
        Assert.Contains("ĐẢNG CỘNG SẢN VIỆT NAM", party);
        Assert.DoesNotContain("&#", party);
    }

    [Fact]
    public void Same_document_gives_the_same_bytes()
    {
        foreach (var document in new[] { SampleDocuments.PartyReport, SampleDocuments.StateReport, SampleDocuments.Article })
        {
            Assert.Equal(Renderer.Render(document), Renderer.Render(document));
            Assert.Equal(Renderer.Render(document), new HtmlRenderer().Render(document));
        }
    }

    [Fact]
    public void Fragment_is_the_body_with_semantic_tags_only()
    {
        var fragment = Renderer.RenderFragment(SampleDocuments.PartyReport);
        foreach (var forbidden in new[] { "<!DOCTYPE", "<html", "<head", "<body", "<style", "<meta", "<title", " style=", " class=", "<script" })
            Assert.DoesNotContain(forbidden, fragment, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("HUYỆN ỦY ĐAN PHƯỢNG", fragment);
        Assert.DoesNotContain("Nơi nhận", fragment);
        Assert.Contains("Ban Chấp hành Đảng bộ huyện", fragment);
        Assert.DoesNotContain("&#", fragment);

        var body = new HtmlParser().ParseDocument(fragment).Body!;
        Assert.Equal(SampleDocuments.PartyHeadings, Texts(body, "h2, h3, h4"));
        Assert.Equal("Ban Thường vụ Huyện ủy", body.QuerySelector("p > strong")?.TextContent);
        Assert.Equal(["Tổ chức 12 hội nghị học tập, quán triệt với 2.150 lượt cán bộ, đảng viên tham dự;", "Kết nạp 45 đảng viên mới, đạt 30% kế hoạch năm."],
            Texts(body, "ul > li"));
        Assert.Equal(5, body.QuerySelectorAll("table > thead > tr > th").Length);
        Assert.Equal(3, body.QuerySelectorAll("table > tbody > tr").Length);
        Assert.Equal("Nguồn: Văn phòng HĐND-UBND huyện.", body.QuerySelector("p > small")?.TextContent);
    }

    [Fact]
    public void Article_fragment_marks_lead_and_byline_and_leaves_out_the_header()
    {
        var fragment = Renderer.RenderFragment(SampleDocuments.Article);
        Assert.DoesNotContain("<h1", fragment);
        Assert.DoesNotContain("Ngày đăng", fragment);
        var body = new HtmlParser().ParseDocument(fragment).Body!;
        Assert.StartsWith("Ngày 4/4,", body.QuerySelector("p:first-child > strong")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Minh Anh", body.QuerySelector("p:last-child > strong")?.TextContent);
        Assert.Equal(Renderer.RenderFragment(SampleDocuments.Article), fragment);
    }

    /// <summary>A length in points as the style sheet writes it: two decimals, invariant.</summary>
    internal static string HtmlPt(double pt) => Math.Round(pt, 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
