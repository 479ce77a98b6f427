using Reports.Rendering.Pdf.Layout;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>The layout engine on its own: boxes in, positioned pages out, with the bundled Liberation Serif.</summary>
public sealed class PdfLayoutTests
{
    private const double Eps = 0.01;
    private const double Left = 50;

    private static IReadOnlyList<LaidOutPage> Lay(double width, double height, params Element[] blocks) =>
        Paginator.Paginate(new Column(blocks), Page(width, height));

    private static List<List<TextItem>> LinesOf(string text, double width, ParagraphStyle style, RunStyle? run = null) =>
        Lines(Assert.Single(Lay(width, 5000, new Paragraph(text, run ?? Body(), style))).Texts);

    [Fact]
    public void Liberation_serif_measures_like_times_new_roman()
    {
        var regular = Fonts.Regular;
        Assert.Equal("Liberation Serif", regular.FamilyName);
        Assert.Equal(2048, regular.UnitsPerEm);
        // Times New Roman's advance widths: space 512, "a" 909, "M" 1821 units of 2048.
        Assert.Equal(512 * 14 / 2048.0, regular.Advance(' ', 14), 6);
        Assert.Equal(909 * 14 / 2048.0, regular.Advance('a', 14), 6);
        Assert.Equal(1821 * 14 / 2048.0, regular.Advance('M', 14), 6);
        // Word's single spacing for Times New Roman: about 1.15 of the size.
        Assert.InRange(regular.SingleLineFactor, 1.14, 1.16);
        Assert.True(regular.Covers("Đảng Cộng sản Việt Nam; ỦY BAN NHÂN DÂN; Hạnh phúc; ỹ ữ ự ặ ẫ"));
    }

    [Fact]
    public void Measuring_adds_advance_widths_and_allocates_nothing()
    {
        var face = Fonts.Bold;
        const string text = "Tổng thu ngân sách nhà nước trên địa bàn đạt 187,5 tỷ đồng";
        var sum = text.Sum(c => face.Advance(c, 13));
        Assert.Equal(sum, face.Measure(text, 13), 9);

        // Warm up the very overload measured below, so one-time work cannot land inside the measured loop.
        face.Measure(text, 13);
        for (var i = 0; i < 100; i++) face.Measure(text.AsSpan(), 13);
        var before = GC.GetAllocatedBytesForCurrentThread();
        double total = 0;
        for (var i = 0; i < 1000; i++) total += face.Measure(text.AsSpan(), 13);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
        Assert.True(total > 0);
    }

    [Fact]
    public void Lines_break_at_spaces_first_fit_and_never_exceed_the_width()
    {
        var style = Body();
        var lines = LinesOf(Words(120), 300, new ParagraphStyle());
        Assert.True(lines.Count > 5);
        var space = style.Measure(" ");
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Assert.Equal(Left, line[0].X, 6);
            Assert.True(Right(line) <= Left + 300 + Eps, $"line {i} is {Right(line) - Left} wide");
            if (i + 1 < lines.Count)
            {
                // First fit: the next line's first word would not have fitted on this line.
                var nextWord = lines[i + 1][0].Text.Split(' ')[0];
                Assert.True(Right(line) - Left + space + style.Measure(nextWord) > 300 - Eps, $"line {i} could have taken \"{nextWord}\"");
            }
        }
        Assert.Equal(Words(120), string.Join(" ", lines.Select(LineText)));
    }

    [Fact]
    public void Justified_lines_fill_the_width_except_the_last_and_lines_ending_in_a_forced_break()
    {
        var text = Words(60) + "\n" + Words(50, seed: 3);
        var lines = LinesOf(text, 320, new ParagraphStyle { Alignment = TextAlignment.Justify });
        var natural = LinesOf(text, 320, new ParagraphStyle { Alignment = TextAlignment.Left });
        Assert.Equal(natural.Count, lines.Count);
        var forcedBreakLine = LinesOf(Words(60), 320, new ParagraphStyle()).Count - 1;
        Assert.True(forcedBreakLine > 0);

        for (var i = 0; i < lines.Count; i++)
        {
            if (i == forcedBreakLine || i == lines.Count - 1)
            {
                // Not stretched: set exactly as the left-aligned line.
                Assert.Equal(Right(natural[i]), Right(lines[i]), 6);
            }
            else
            {
                Assert.Equal(Left + 320, Right(lines[i]), 2);
                Assert.Equal(Left, lines[i][0].X, 6);
            }
            Assert.Equal(LineText(natural[i]), LineText(lines[i]));
        }
    }

    [Fact]
    public void First_line_is_indented_and_the_others_are_not()
    {
        var indent = 1.27 * 10 * PageSetup.PointsPerMillimetre;
        var lines = LinesOf(Words(60), 400, new ParagraphStyle { Alignment = TextAlignment.Justify, FirstLineIndent = indent });
        Assert.Equal(Left + indent, lines[0][0].X, 6);
        Assert.Equal(Left + 400, Right(lines[0]), 2);
        foreach (var line in lines.Skip(1)) Assert.Equal(Left, line[0].X, 6);
    }

    [Fact]
    public void Lines_break_after_a_hyphen_before_a_letter_and_keep_numbers_and_symbols_whole()
    {
        var style = Body();
        var hyphen = LinesOf("tổng kinh-tế", style.Measure("tổng kinh-") + 1, new ParagraphStyle());
        Assert.Equal(["tổng kinh-", "tế"], hyphen.Select(LineText));

        // As LibreOffice (Unicode line breaking) does: no break before a number or inside "QĐ/TW".
        var years = LinesOf("nhiệm kỳ 2024-2027", style.Measure("nhiệm kỳ 2024-") + 1, new ParagraphStyle());
        Assert.Equal(["nhiệm kỳ", "2024-2027"], years.Select(LineText));
        var date = LinesOf("ngày 03/02/2024", style.Measure("ngày 03/02/") + 1, new ParagraphStyle());
        Assert.Equal(["ngày", "03/02/2024"], date.Select(LineText));
        var symbol = LinesOf("Quy định số 11-QĐ/TW", style.Measure("Quy định số 11-QĐ/") + 1, new ParagraphStyle());
        Assert.Equal(["Quy định số 11-", "QĐ/TW"], symbol.Select(LineText));

        var dash = LinesOf("kinh tế - xã hội", style.Measure("kinh tế -") + 1, new ParagraphStyle());
        Assert.Equal(["kinh tế -", "xã hội"], dash.Select(LineText));
    }

    [Fact]
    public void A_word_longer_than_the_line_breaks_after_a_slash_first()
    {
        var style = Body();
        const string path = "congthongtin.danphuong.hanoi.gov.vn/tintuc/sukien/soketquyI";
        var width = style.Measure("congthongtin.danphuong.hanoi.gov.vn/tint") + 1;
        var lines = LinesOf("Xem " + path, width, new ParagraphStyle());
        Assert.Equal(["Xem", "congthongtin.danphuong.hanoi.gov.vn/", "tintuc/sukien/soketquyI"], lines.Select(LineText));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_where_it_overflows()
    {
        const string word = "Supercalifragilisticexpialidocious-Đại-đoàn-kết";
        var lines = LinesOf("a " + word + " b", 60, new ParagraphStyle());
        Assert.True(lines.Count >= 4);
        foreach (var line in lines) Assert.True(Right(line) <= Left + 60 + Eps);
        Assert.Equal("a" + word + "b", string.Concat(lines.Select(l => string.Concat(l.Select(t => t.Text)))).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Centre_and_right_alignment_place_the_line_in_the_width()
    {
        var style = Body(15, bold: true);
        var width = style.Measure("ĐẢNG CỘNG SẢN VIỆT NAM");
        var centre = Assert.Single(LinesOf("ĐẢNG CỘNG SẢN VIỆT NAM", 400, new ParagraphStyle { Alignment = TextAlignment.Center }, style));
        Assert.Equal(Left + (400 - width) / 2, centre[0].X, 6);
        var right = Assert.Single(LinesOf("ĐẢNG CỘNG SẢN VIỆT NAM", 400, new ParagraphStyle { Alignment = TextAlignment.Right }, style));
        Assert.Equal(Left + 400, Right(right), 6);
    }

    [Fact]
    public void Line_spacing_is_a_multiple_of_single_or_exact()
    {
        var style = Body();
        double Pitch(LineSpacing spacing)
        {
            var lines = LinesOf(Words(40), 200, new ParagraphStyle { LineSpacing = spacing });
            return lines[1][0].Baseline - lines[0][0].Baseline;
        }
        Assert.Equal(style.SingleLineHeight, Pitch(LineSpacing.Single), 6);
        Assert.InRange(Pitch(LineSpacing.Single), 14 * 1.14, 14 * 1.16);
        Assert.Equal(1.5 * style.SingleLineHeight, Pitch(LineSpacing.Multiple(1.5)), 6);
        Assert.Equal(20, Pitch(LineSpacing.Exactly(20)), 6);
    }

    [Fact]
    public void Mixed_runs_keep_their_styles_and_underline_is_drawn_under_its_text()
    {
        Run[] runs =
        [
            new("Tổng thu ", Body()),
            new("187,5 tỷ đồng", Body(bold: true)),
            new(", ", Body()),
            new("bằng 83%", Body(italic: true)),
            new(" Nơi nhận:", Fonts.Style(14, underline: true)),
        ];
        var page = Assert.Single(Lay(500, 500, new Paragraph(runs, new ParagraphStyle())));
        var texts = page.Texts.ToList();
        Assert.Contains(texts, t => t.Text == "187,5 tỷ đồng" && t.Style.Face == Fonts.Bold);
        Assert.Contains(texts, t => t.Text == "bằng 83%" && t.Style.Face == Fonts.Italic);
        var underlined = Assert.Single(texts, t => t.Style.Underline);
        var line = Assert.Single(page.Lines);
        Assert.Equal(underlined.X, line.X1, 6);
        Assert.Equal(underlined.X + underlined.Width, line.X2, 6);
        Assert.True(line.Y1 > underlined.Baseline && line.Y1 < underlined.Baseline + 4);
        // Consecutive pieces follow each other without gaps or overlaps.
        for (var i = 1; i < texts.Count; i++) Assert.Equal(texts[i - 1].X + texts[i - 1].Width, texts[i].X, 6);
    }

    [Fact]
    public void No_single_line_is_left_at_the_bottom_of_a_page()
    {
        var h = Body().SingleLineHeight;
        var filler = new Paragraph("Mở đầu", Body(), new ParagraphStyle());
        var paragraph = new Paragraph(Words(70), Body(), new ParagraphStyle());
        var count = paragraph.LineCount(300);
        Assert.True(count >= 5);

        // Room for the filler and one line and a half: the paragraph moves whole to the next page.
        var pages = Lay(300, h * 2.5, filler, paragraph);
        Assert.Single(Lines(pages[0].Texts));
        Assert.Equal("Mở đầu", LineText(Lines(pages[0].Texts)[0]));
        Assert.Equal(Words(70).Split(' ')[0], pages[1].Texts.First().Text.Split(' ')[0]);
    }

    [Fact]
    public void No_single_line_is_carried_alone_to_the_top_of_the_next_page()
    {
        var h = Body().SingleLineHeight;
        var paragraph = new Paragraph(Words(70), Body(), new ParagraphStyle());
        var count = paragraph.LineCount(300);
        var filler = new Paragraph("Mở đầu", Body(), new ParagraphStyle());

        // Room for the filler and all lines but one: two lines go over, not one.
        var pages = Lay(300, h * (count + 0.5), filler, paragraph);
        Assert.Equal(2, pages.Count);
        Assert.Equal(1 + count - 2, Lines(pages[0].Texts).Count);
        Assert.Equal(2, Lines(pages[1].Texts).Count);
    }

    [Fact]
    public void A_heading_stays_with_the_start_of_the_next_block()
    {
        var h = Body().SingleLineHeight;
        var filler = new Paragraph(Words(30), Body(), new ParagraphStyle());
        var fillerLines = filler.LineCount(300);
        var heading = new Paragraph("1. Công tác xây dựng Đảng", Body(bold: true), new ParagraphStyle { KeepWithNext = true });
        var subheading = new Paragraph("a) Công tác tuyên giáo", Body(bold: true, italic: true), new ParagraphStyle { KeepWithNext = true });
        var paragraph = new Paragraph(Words(60), Body(), new ParagraphStyle());

        // The headings and one line of the paragraph would fit; two lines (orphan control) do not.
        var pages = Lay(300, h * (fillerLines + 3.5), filler, heading, subheading, paragraph);
        Assert.Equal(fillerLines, Lines(pages[0].Texts).Count);
        var next = Lines(pages[1].Texts);
        Assert.Equal("1. Công tác xây dựng Đảng", LineText(next[0]));
        Assert.Equal("a) Công tác tuyên giáo", LineText(next[1]));

        // Without keep-with-next the headings stay at the bottom.
        var loose = Lay(300, h * (fillerLines + 3.5), filler,
            new Paragraph("1. Công tác xây dựng Đảng", Body(bold: true), new ParagraphStyle()),
            new Paragraph("a) Công tác tuyên giáo", Body(bold: true, italic: true), new ParagraphStyle()),
            new Paragraph(Words(60), Body(), new ParagraphStyle()));
        Assert.Equal(fillerLines + 2, Lines(loose[0].Texts).Count);
    }

    [Fact]
    public void A_long_paragraph_kept_with_the_next_block_sends_only_its_last_lines_over()
    {
        var h = Body().SingleLineHeight;
        var paragraph = new Paragraph(Words(90), Body(), new ParagraphStyle { KeepWithNext = true });
        var count = paragraph.LineCount(300);
        Assert.True(count >= 6);
        var signature = new KeepTogether(new Column(
            new Paragraph("T/M BAN THƯỜNG VỤ", Body(bold: true), new ParagraphStyle()),
            new Spacer(3 * h),
            new Paragraph("Nguyễn Văn A", Body(bold: true), new ParagraphStyle())));

        // The paragraph fits with one line to spare; the signature (five lines high) does not.
        var pages = Lay(300, h * (count + 1), paragraph, signature);
        Assert.Equal(2, pages.Count);
        Assert.Equal(count - 2, Lines(pages[0].Texts).Count);
        var second = Lines(pages[1].Texts);
        Assert.Equal(2 + 2, second.Count);
        Assert.Equal("Nguyễn Văn A", LineText(second[^1]));
    }

    private static Table FigureTable(int rows, Func<int, string>? cellText = null)
    {
        Element Cell(string value, TextAlignment alignment = TextAlignment.Left, bool bold = false) =>
            new Paragraph(value, Body(12, bold), new ParagraphStyle { Alignment = alignment });
        var header = new TableRowContent([Cell("TT", TextAlignment.Center, true), Cell("Chỉ tiêu", TextAlignment.Center, true), Cell("Thực hiện", TextAlignment.Center, true)]);
        var body = Enumerable.Range(1, rows).Select(i => new TableRowContent(
        [
            Cell(i.ToString(System.Globalization.CultureInfo.InvariantCulture), TextAlignment.Center),
            Cell(cellText?.Invoke(i) ?? $"Chỉ tiêu số {i} của báo cáo"),
            Cell($"{i * 3},5", TextAlignment.Right),
        ])).ToArray();
        return new Table([0.6, 4, 1.5], [header], body, new TableStyle());
    }

    [Fact]
    public void A_table_splits_between_rows_and_repeats_its_header_on_the_next_page()
    {
        var pages = Lay(400, 300, FigureTable(40));
        Assert.True(pages.Count >= 3);
        var seen = new List<int>();
        foreach (var page in pages)
        {
            var lines = Lines(page.Texts);
            Assert.Equal("TT Chỉ tiêu Thực hiện", LineText(lines[0]));
            Assert.True(lines[0].All(t => t.Style.Face == Fonts.Bold));
            foreach (var line in lines.Skip(1))
            {
                Assert.Equal(3, line.Count);
                seen.Add(int.Parse(line[0].Text, System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(Left + 400 - 4, Right(line.Skip(2)), 6);
            }
            // Borders stay inside the page's content box.
            Assert.All(page.Lines, l => Assert.InRange(Math.Max(l.Y1, l.Y2), 50, 350.5));
        }
        Assert.Equal(Enumerable.Range(1, 40), seen);
    }

    [Fact]
    public void A_row_that_does_not_fit_moves_whole_and_a_row_taller_than_a_page_is_split()
    {
        string Long(int i) => i == 3 ? Words(50) : "Chỉ tiêu " + i;
        // Room for the header, rows 1-2 and all but a little of row 3: row 3 moves whole to page 2.
        var line = Body(12).SingleLineHeight;
        var row3 = new Paragraph(Words(50), Body(12), new ParagraphStyle()).ContentHeight(4 / 6.1 * 300 - 8) + 4;
        var pages = Lay(300, 3 * (line + 4) + row3 - 5, FigureTable(4, Long));
        Assert.True(pages.Count >= 2);
        Assert.Contains(pages[1].Texts, t => t.Text == "3");
        var firstPageNumbers = Lines(pages[0].Texts).Skip(1).Where(l => l.Count == 3).Select(l => l[0].Text).ToList();
        Assert.DoesNotContain("3", Lines(pages[0].Texts).SelectMany(l => l).Where(t => t.X < Left + 30).Select(t => t.Text));
        Assert.Equal(["1", "2"], firstPageNumbers);

        // A single row with a cell of 60 lines on pages 200 pt high: the row continues page after page.
        var tall = Lay(300, 200, FigureTable(1, _ => Words(400)));
        Assert.True(tall.Count >= 3);
        var text = string.Join(" ", tall.SelectMany(p => Lines(p.Texts).Skip(1)).Select(l => string.Join(" ", l.Where(t => t.Text != "1" && t.Text != "3,5").Select(t => t.Text))));
        Assert.Equal(Words(400), text.Trim());
        foreach (var page in tall) Assert.Equal("TT Chỉ tiêu Thực hiện", LineText(Lines(page.Texts)[0]));
    }

    [Fact]
    public void Side_by_side_blocks_stay_together()
    {
        var h = Body().SingleLineHeight;
        var filler = new Paragraph(Words(20), Body(), new ParagraphStyle());
        var fillerLines = filler.LineCount(400);
        var left = new Column(Enumerable.Range(1, 5).Select(i => (Element)new Paragraph("- Nơi nhận " + i, Body(12), new ParagraphStyle())));
        var right = new Column(new Paragraph("T/M BAN THƯỜNG VỤ", Body(bold: true), new ParagraphStyle { Alignment = TextAlignment.Center }),
            new Spacer(40), new Paragraph("Nguyễn Văn A", Body(bold: true), new ParagraphStyle { Alignment = TextAlignment.Center }));
        var row = new Row([new RowCell(left, ColumnWidth.Relative(45)), new RowCell(right, ColumnWidth.Relative(55))], gap: 10);

        var pages = Lay(400, h * (fillerLines + 3), filler, row);
        Assert.Equal(2, pages.Count);
        Assert.Equal(fillerLines, Lines(pages[0].Texts).Count);
        var second = pages[1].Texts.ToList();
        Assert.Contains(second, t => t.Text == "- Nơi nhận 1");
        Assert.Contains(second, t => t.Text == "Nguyễn Văn A");
        var title = second.Single(t => t.Text == "T/M BAN THƯỜNG VỤ");
        Assert.True(title.X > Left + 0.45 * 390);
    }

    [Fact]
    public void Rules_have_the_given_length_and_alignment()
    {
        var style = Body(15, bold: true);
        var title = new Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", style, new ParagraphStyle { Alignment = TextAlignment.Center });
        var page = Assert.Single(Lay(300, 300, title, new Rule(title.IntrinsicWidth, TextAlignment.Center, 0.75, spaceBefore: 1), new Rule(60, TextAlignment.Center)));
        var text = Assert.Single(page.Texts);
        var rules = page.Lines.ToList();
        Assert.Equal(text.X, rules[0].X1, 6);
        Assert.Equal(text.X + text.Width, rules[0].X2, 6);
        Assert.True(rules[0].Y1 > text.Baseline);
        Assert.Equal(Left + 120, rules[1].X1, 6);
        Assert.Equal(Left + 180, rules[1].X2, 6);
    }

    [Fact]
    public void Page_numbers_start_on_page_two_centred_at_the_top()
    {
        var number = Body();
        var header = new PageHeader(n => n < 2 ? null : new Paragraph(n.ToString(System.Globalization.CultureInfo.InvariantCulture), number, new ParagraphStyle { Alignment = TextAlignment.Center }), 20);
        var pages = Paginator.Paginate(new Column(Enumerable.Range(0, 30).Select(i => (Element)new Paragraph(Words(30, i), Body(), new ParagraphStyle()))), Page(300, 300), header);
        Assert.True(pages.Count >= 3);
        Assert.DoesNotContain(pages[0].Texts, t => t.Baseline < 50);
        foreach (var page in pages.Skip(1))
        {
            var top = Assert.Single(page.Texts, t => t.Baseline < 50);
            Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), top.Text);
            Assert.Equal(Left + 150, top.X + top.Width / 2, 6);
        }
    }

    [Fact]
    public void A_page_break_starts_a_new_page_but_not_an_empty_one()
    {
        var pages = Lay(300, 300, new PageBreak(), new Paragraph("Một", Body(), new ParagraphStyle()), new PageBreak(),
            new Paragraph("Hai", Body(), new ParagraphStyle()), new PageBreak());
        Assert.Equal(["Một", "Hai"], pages.Select(p => Assert.Single(p.Texts).Text));
    }

    [Fact]
    public void A_hundred_page_document_lays_out_every_block_once_in_order_inside_the_margins()
    {
        var page = Page(453, 700);
        var blocks = new List<Element>();
        for (var i = 0; i < 800; i++)
        {
            if (i % 25 == 0) blocks.Add(new Paragraph($"H{i} MỤC LỚN", Body(bold: true), new ParagraphStyle { KeepWithNext = true, SpaceAfter = 6 }));
            blocks.Add(new Paragraph($"P{i} " + Words(40 + i % 50, i), Body(), new ParagraphStyle
            {
                Alignment = TextAlignment.Justify, FirstLineIndent = 36, LineSpacing = LineSpacing.Multiple(1.15), SpaceAfter = 6,
            }));
            if (i % 60 == 59) blocks.Add(FigureTable(12));
        }
        var header = new PageHeader(n => n < 2 ? null : new Paragraph(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Body(), new ParagraphStyle { Alignment = TextAlignment.Center }), 20);

        var pages = Paginator.Paginate(new Column(blocks), page, header);
        Assert.InRange(pages.Count, 100, 200);

        var tokens = new List<string>();
        var expectedNumber = 1;
        foreach (var p in pages)
        {
            Assert.Equal(expectedNumber++, p.Number);
            var body = p.Texts.Where(t => t.Baseline > page.MarginTop).ToList();
            Assert.NotEmpty(body);
            foreach (var t in body)
            {
                Assert.True(t.X >= page.MarginLeft - Eps && t.X + t.Width <= page.Width - page.MarginRight + Eps, $"page {p.Number}: \"{t.Text}\" outside the margins");
                Assert.True(t.Baseline <= page.Height - page.MarginBottom, $"page {p.Number}: \"{t.Text}\" below the bottom margin");
            }
            tokens.AddRange(Lines(body).SelectMany(l => l).Select(t => t.Text.Split(' ')[0]).Where(w => w.Length > 1 && w[0] is 'P' or 'H' && char.IsDigit(w[1])));
            if (p.Number > 1) Assert.Equal(p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(p.Texts, t => t.Baseline < page.MarginTop).Text);
            // A heading is never the last thing on a page.
            var last = Lines(body)[^1];
            Assert.False(last[0].Text.StartsWith('H') && last[0].Style.Face == Fonts.Bold && char.IsDigit(last[0].Text[1]), $"page {p.Number} ends with a heading");
        }
        var expected = new List<string>();
        for (var i = 0; i < 800; i++)
        {
            if (i % 25 == 0) expected.Add($"H{i}");
            expected.Add($"P{i}");
        }
        Assert.Equal(expected, tokens);
    }
}
