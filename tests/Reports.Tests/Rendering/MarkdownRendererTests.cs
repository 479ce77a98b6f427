using System.Text;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Markdig;
using NodaTime;
using Reports.Document;
using Reports.Rendering.Markdown;
using Xunit;
using CommonMark = Markdig.Markdown;

namespace Reports.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly MarkdownPipeline PipeTables = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private static string Text(ReportDocument document) => Encoding.UTF8.GetString(Renderer.Render(document));

    private static ReportDocument Small { get; } = new(
        Kind: DocumentKind.Report,
        Letterhead: new Letterhead(null, "ỦY BAN NHÂN DÂN XÃ AN PHÚ", "Số: 05/BC-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày 04 tháng 4 năm 2024"),
        Title: new TitleBlock("BÁO CÁO", "Kết quả quý I năm 2024"),
        ArticleHeader: null,
        Body:
        [
            new Heading(1, Inlines.Plain("I. KẾT QUẢ")),
            new Paragraph([new Text("Thu ngân sách đạt "), new Strong([new Text("13,75 tỷ đồng")]), new Text(", "),
                new Emphasis([new Text("vượt kế hoạch")]), new Text(".")]),
            new BulletList("-", [Inlines.Plain("Việc một;"), Inlines.Plain("Việc hai.")]),
            new Table(
                [new TableColumn(ColumnAlignment.Left, 3), new TableColumn(ColumnAlignment.Right, 1)],
                [SampleDocuments.Row("Chỉ tiêu", "Kết quả")],
                [SampleDocuments.Row("Thu ngân sách (tỷ đồng)", "13,75")]),
            new Heading(2, Inlines.Plain("1. Nhiệm vụ")),
        ],
        Closing: new Closing(
            new Recipients("Nơi nhận:", ["- UBND huyện;", "- Lưu: VT."]),
            new Signature("TM. ỦY BAN NHÂN DÂN", null, "CHỦ TỊCH", "Lê Văn Bình")),
        IsDraft: true,
        Metadata: new DocumentMetadata("Báo cáo quý I", "UBND xã An Phú", "Kết quả quý I năm 2024", "vi", new LocalDate(2024, 4, 4)),
        Presentation: SampleDocuments.StatePresentation,
        Frame: SampleDocuments.Frame(Reports.Core.Regime.State, SampleDocuments.StatePresentation, null, null));

    [Fact]
    public void Names_its_format_and_extension()
    {
        Assert.Equal("md", Renderer.Format);
        Assert.Equal("md", Renderer.Extension);
    }

    [Fact]
    public void Small_report_golden()
    {
        const string expected = """
            **DỰ THẢO**

            **ỦY BAN NHÂN DÂN XÃ AN PHÚ**\
            Số: 05/BC-UBND

            **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\
            **Độc lập - Tự do - Hạnh phúc**\
            *An Phú, ngày 04 tháng 4 năm 2024*

            **BÁO CÁO**\
            **Kết quả quý I năm 2024**

            # I. KẾT QUẢ

            Thu ngân sách đạt **13,75 tỷ đồng**, *vượt kế hoạch*.

            - Việc một;
            - Việc hai.

            | Chỉ tiêu | Kết quả |
            | --- | ---: |
            | Thu ngân sách (tỷ đồng) | 13,75 |

            ## 1. Nhiệm vụ

            ***Nơi nhận:***\
            \- UBND huyện;\
            \- Lưu: VT.

            **TM. ỦY BAN NHÂN DÂN**\
            **CHỦ TỊCH**

            **Lê Văn Bình**
            """;
        Assert.Equal(expected + "\n", Text(Small));
    }

    [Fact]
    public void Party_report_reads_as_expected()
    {
        var text = Text(SampleDocuments.PartyReport);
        Assert.StartsWith("**DỰ THẢO**\n\nĐẢNG BỘ THÀNH PHỐ HÀ NỘI\\\n**HUYỆN ỦY ĐAN PHƯỢNG**\\\nSố 45-BC/HU\n\n" +
            "**ĐẢNG CỘNG SẢN VIỆT NAM**\\\n*Đan Phượng, ngày 04 tháng 4 năm 2024*\n\n**BÁO CÁO**\\\n" +
            "**Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024**\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n# I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I\n\n## 1. Công tác xây dựng Đảng và hệ thống chính trị\n\n### a) Công tác tuyên giáo\n", text);
        Assert.Contains("\n| TT | Chỉ tiêu | Đơn vị | Thực hiện quý I | So cùng kỳ (%) |\n| :---: | --- | :---: | ---: | ---: |\n| 1 | Tổng thu", text);
        Assert.Contains("\nNơi nhận:\\\n\\- Ban Thường vụ Thành ủy,\\\n", text);
        Assert.EndsWith("\n\n**T/M BAN THƯỜNG VỤ**\\\n**PHÓ BÍ THƯ**\n\n**Nguyễn Văn Hùng**\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article_title_is_the_first_heading_and_body_headings_go_one_level_down()
    {
        var text = Text(SampleDocuments.Article);
        Assert.StartsWith("*Tin tức - Sự kiện*\n\n# Huyện ủy Đan Phượng sơ kết công tác quý I/2024\n\n*Ngày đăng 04/04/2024 \\| 16:30*\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n## Nhiệm vụ quý II\n", text);
        Assert.EndsWith("\n\nMinh Anh\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lf_endings_one_trailing_newline_no_bom_and_same_bytes_each_time()
    {
        foreach (var document in new[] { SampleDocuments.PartyReport, SampleDocuments.StateReport, SampleDocuments.Article, Small })
        {
            var bytes = Renderer.Render(document);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain('\r', text);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            Assert.False(text.EndsWith("\n\n", StringComparison.Ordinal));
            Assert.DoesNotContain("\n\n\n", text);
            Assert.Equal(bytes, Renderer.Render(document));
            Assert.Equal(bytes, new MarkdownRenderer().Render(document));
        }
    }

    [Theory]
    [InlineData("1. không phải danh sách", @"1\. không phải danh sách")]
    [InlineData("2024) năm", @"2024\) năm")]
    [InlineData("1.250 tỷ đồng", "1.250 tỷ đồng")]
    [InlineData("- không phải gạch đầu dòng", @"\- không phải gạch đầu dòng")]
    [InlineData("-5% so với cùng kỳ", "-5% so với cùng kỳ")]
    [InlineData("---", @"\---")]
    [InlineData("+ cộng", @"\+ cộng")]
    [InlineData("# không phải đề mục #", @"\# không phải đề mục \#")]
    [InlineData("> không phải trích dẫn", @"\> không phải trích dẫn")]
    [InlineData("a * b *c* **d**", @"a \* b \*c\* \*\*d\*\*")]
    [InlineData("x_y_z __a__", @"x\_y\_z \_\_a\_\_")]
    [InlineData("[liên kết](http://x)", @"\[liên kết\](http://x)")]
    [InlineData("`mã` ~~gạch~~", @"\`mã\` \~\~gạch\~\~")]
    [InlineData("<b>đậm</b>", @"\<b>đậm\</b>")]
    [InlineData("A | B", @"A \| B")]
    [InlineData("&amp; &#123; R&D", @"\&amp; \&\#123; R&D")]
    [InlineData(@"C:\thư mục\", @"C:\\thư mục\\")]
    [InlineData("    thụt lề", "thụt lề")]
    [InlineData("12345678901. dài", "12345678901. dài")]
    public void Paragraph_text_is_escaped_to_stay_literal(string text, string expected)
    {
        var document = SampleDocuments.WithBody(new Paragraph(Inlines.Plain(text)));
        Assert.Equal(expected + "\n", Text(document));
        Assert.Equal(text.Trim(), ReadBack(Text(document)));
    }

    [Fact]
    public void Every_line_after_a_break_is_escaped_too()
    {
        var document = SampleDocuments.WithBody(new Paragraph(
            [new Text("một"), LineBreak.Instance, new Text("2. hai"), LineBreak.Instance, new Text("==="), LineBreak.Instance,
             LineBreak.Instance, new Text("- bốn\n> năm")]));
        Assert.Equal("một\\\n2\\. hai\\\n\\===\\\n\\\n\\- bốn\\\n\\> năm\n", Text(document));
        Assert.Equal("một\n2. hai\n===\n\n- bốn\n> năm", ReadBack(Text(document)));
    }

    [Fact]
    public void Table_cells_escape_pipes_and_stars_and_the_alignment_row_follows_the_columns()
    {
        var table = new Table(
            [new TableColumn(ColumnAlignment.Left, 1), new TableColumn(ColumnAlignment.Center, 1), new TableColumn(ColumnAlignment.Right, 1)],
            [SampleDocuments.Row("Tên | ghi chú", "*", "Số")],
            [
                SampleDocuments.Row("a | b", "*", "1.250"),
                new TableRow([new TableCell([new Text("dòng 1"), LineBreak.Instance, new Text("1. dòng 2")])]),
            ]);
        var text = Text(SampleDocuments.WithBody(table));
        Assert.Equal("""
            | Tên \| ghi chú | \* | Số |
            | --- | :---: | ---: |
            | a \| b | \* | 1.250 |
            | dòng 1<br>1. dòng 2 | | |
            """ + "\n", text);

        var html = new HtmlParser().ParseDocument(CommonMark.ToHtml(text, PipeTables));
        Assert.Equal(["Tên | ghi chú", "*", "Số"], html.QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.Equal(["a | b", "*", "1.250"], html.QuerySelectorAll("tbody tr:first-child td").Select(c => c.TextContent));
        Assert.Contains("right", html.QuerySelector("thead th:nth-child(3)")?.GetAttribute("style") ?? "", StringComparison.Ordinal);
        Assert.Contains("center", html.QuerySelector("thead th:nth-child(2)")?.GetAttribute("style") ?? "", StringComparison.Ordinal);
        Assert.Equal(2, html.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Table_without_header_rows_gets_an_empty_header()
    {
        var table = new Table([new TableColumn(ColumnAlignment.Right, 1)], [], [SampleDocuments.Row("5")]);
        Assert.Equal("| |\n| ---: |\n| 5 |\n", Text(SampleDocuments.WithBody(table)));
    }

    [Fact]
    public void List_items_start_with_a_dash_and_their_text_is_escaped()
    {
        var list = new BulletList("-", [Inlines.Plain("1. mục một"), [new Text("mục "), new Strong([new Text("hai")]), LineBreak.Instance, new Text("- tiếp")]]);
        var text = Text(SampleDocuments.WithBody(list));
        Assert.Equal("- 1\\. mục một\n- mục **hai**\\\n  \\- tiếp\n", text);
        var html = new HtmlParser().ParseDocument(CommonMark.ToHtml(text, PipeTables));
        Assert.Equal(["1. mục một", "mục hai\n- tiếp"], html.QuerySelectorAll("ul > li").Select(li => li.TextContent));
        Assert.Empty(html.QuerySelectorAll("ol, li li"));
    }

    [Fact]
    public void Emphasis_keeps_blanks_outside_its_delimiters()
    {
        var document = SampleDocuments.WithBody(new Paragraph([new Text("đạt"), new Strong([new Text(" 35% ")]), new Text("dự toán")]));
        Assert.Equal("đạt **35%** dự toán\n", Text(document));
    }

    [Fact]
    public void Page_break_is_a_rule()
    {
        var document = SampleDocuments.WithBody(new Paragraph(Inlines.Plain("Trước")), PageBreak.Instance, new Paragraph(Inlines.Plain("Sau")));
        Assert.Equal("Trước\n\n---\n\nSau\n", Text(document));
    }

    /// <summary>Any text made of Markdown's special characters comes back unchanged from a CommonMark parser.</summary>
    [Fact]
    public void Any_text_reads_back_literally() =>
        Prop.ForAll(LiteralTexts, text =>
            {
                var markdown = Text(SampleDocuments.WithBody(new Paragraph(Inlines.Plain(text))));
                return Normalise(ReadBack(markdown)) == Normalise(text);
            })
            .QuickCheckThrowOnFailure();

    private static Arbitrary<string> LiteralTexts { get; } =
        Gen.Elements("1.", "2)", "10.", " ", "  ", "-", "+", "*", "_", "#", ">", "<", "|", "`", "~", "[", "]", "(", ")", "!",
                "\\", "&", "&amp;", "&#65;", ";", "=", "---", "\n", "a", "Đảng", "ế", "x")
            .ArrayOf()
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    /// <summary>The text a CommonMark reader shows for a Markdown body, one line per hard break.</summary>
    private static string ReadBack(string markdown)
    {
        var body = new HtmlParser().ParseDocument(CommonMark.ToHtml(markdown, PipeTables)).Body!;
        Assert.All(body.Children, child => Assert.Equal("P", child.TagName));
        return string.Join("\n", body.Children.Select(p => p.TextContent));
    }

    /// <summary>Blanks at line ends and blank lines mean nothing in print.</summary>
    private static string Normalise(string text) =>
        string.Join("\n", text.Split('\n').Select(l => l.Trim(' ')).Where(l => l.Length > 0));
}
