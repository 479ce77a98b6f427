using FsCheck;
using FsCheck.Fluent;
using Reports.Compose;
using Reports.Compose.Markdown;
using Reports.Compose.Templating;
using Reports.Core.Diagnostics;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

public sealed class TemplateTests
{
    private const string DanPhuong = "huyen-uy-dan-phuong-q1-2024.yaml";

    private static ComposeResult ComposeWith(TempFolder folder, string fixture = DanPhuong) =>
        new ReportComposer(TemplateSet.Load(folder.Path)).Compose(Composed.Data(fixture));

    private static void Write(TempFolder folder, string name, string text)
    {
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    [Fact]
    public void The_built_in_templates_are_all_there()
    {
        var names = Composed.BuiltIn.Value.Sources.Select(s => s.Name).ToList();
        Assert.Contains("bao-cao-dang", names);
        Assert.Contains("bao-cao-chinh-quyen", names);
        Assert.Contains("trich-yeu", names);
        Assert.Contains("phan/linh-vuc", names);
        Assert.Contains("phan/bang-chi-tieu", names);
        Assert.Contains("phan/nhiem-vu", names);
        Assert.All(Composed.BuiltIn.Value.Sources, s => Assert.StartsWith("templates/", s.FilePath));
    }

    [Fact]
    public void A_user_template_of_the_same_name_wins_and_the_rest_fall_back()
    {
        using var folder = new TempFolder();
        Write(folder, "phan/nhiem-vu.scriban", "{{~ for nv in nhiem_vu ~}}\nViệc số {{ nv.stt }}: {{ nv.noi_dung }}\n\n{{~ end ~}}\n");

        var result = ComposeWith(folder);

        Assert.Empty(result.Diagnostics);
        var texts = result.Document!.Texts().ToList();
        Assert.Contains(texts, t => t.StartsWith("Việc số 1: ", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Tổng thu ngân sách nhà nước trên địa bàn đạt", StringComparison.Ordinal)); // built-in partial still used
    }

    [Fact]
    public void An_unclosed_block_names_the_file_and_the_line_of_the_opening_statement()
    {
        using var folder = new TempFolder();
        Write(folder, "phan/nhiem-vu.scriban", "{{ ## nhiệm vụ ## }}\n{{ for nv in nhiem_vu }}\n{{ if nv.dot_pha }}Đột phá\n{{ nv.noi_dung }}\n{{ end }}\n");

        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(folder.Path));

        Assert.Equal(MessageId.TemplateSyntax, ex.Diagnostic.Id);
        Assert.Equal(folder.File("phan/nhiem-vu.scriban"), ex.Diagnostic.Location.File);
        Assert.Equal(new SourceLocation(folder.File("phan/nhiem-vu.scriban"), 2, 4), ex.Diagnostic.Location); // the "for" left without its end
        Assert.Contains("for statement", DiagnosticWriter.Write(ex.Diagnostic, Language.English));
    }

    [Theory]
    [InlineData("{{ if a }}x{{ else if b }}y\n{{ for c in d }}{{ end }}\n", 1, 4)]
    [InlineData("Mở đầu\n{{ for c in d\n  if c; c; end }}\n", 2, 4)]
    [InlineData("{{ if a }}{{ end }}\n{{~ with b ~}}\n", 2, 5)]
    public void The_block_left_open_is_found_past_else_if_and_closed_blocks(string text, int line, int column)
    {
        var open = UnclosedBlock.Find(text, "t.scriban");
        Assert.Equal((line, column), (open!.Value.Line + 1, open.Value.Column + 1));
    }

    [Fact]
    public void An_unknown_variable_names_the_file_line_and_name()
    {
        using var folder = new TempFolder();
        Write(folder, "phan/nhiem-vu.scriban", "{{~ for nv in nhiem_vu ~}}\n{{ nv.stt }}. {{ nv.noi_dung }} ({{ han_chot }})\n\n{{~ end ~}}\n");

        var result = ComposeWith(folder);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(MessageId.TemplateMissingName, d.Id);
        Assert.Equal(new SourceLocation(folder.File("phan/nhiem-vu.scriban"), 2, 37), d.Location); // at the name itself, in the user's file, not the built-in that includes it
        Assert.Contains("han_chot", DiagnosticWriter.Write(d, Language.Vietnamese));
    }

    [Fact]
    public void An_unknown_function_names_the_file_and_line()
    {
        using var folder = new TempFolder();
        Write(folder, "trich-yeu.scriban", "Báo cáo\n{{ viet_hoa ky_bao_cao.ky }}\n");

        var d = Assert.Single(ComposeWith(folder).Diagnostics);

        Assert.Equal(MessageId.TemplateMissingName, d.Id);
        Assert.Equal(new SourceLocation(folder.File("trich-yeu.scriban"), 2, 4), d.Location);
    }

    [Fact]
    public void A_missing_partial_is_named()
    {
        using var folder = new TempFolder();
        Write(folder, "bao-cao-dang.scriban", "Mở đầu\n\n{{ include 'phan/khong-co' }}\n");

        var d = Assert.Single(ComposeWith(folder).Diagnostics);

        Assert.Equal(MessageId.TemplateMissingPartial, d.Id);
        Assert.Equal(3, d.Location.Line);
    }

    [Fact]
    public void Raw_html_from_a_template_is_an_error_not_dropped()
    {
        using var folder = new TempFolder();
        Write(folder, "bao-cao-dang.scriban", "Mở đầu\n\n<div>khối HTML</div>\n\nChữ <b>đậm</b> kiểu HTML\n");

        var result = ComposeWith(folder);

        Assert.Equal([MessageId.TemplateRawHtml, MessageId.TemplateRawHtml, MessageId.TemplateRawHtml], result.Diagnostics.Select(d => d.Id));
        Assert.Equal([3, 5, 5], result.Diagnostics.Select(d => d.Location.Line));
        Assert.Null(result.Document);
    }

    [Fact]
    public void An_image_is_an_error()
    {
        var diagnostics = new List<Diagnostic>();
        MarkdownReader.Read("Ảnh: ![logo](logo.png)\n", "t.scriban", diagnostics);
        Assert.Equal(MessageId.TemplateUnsupported, Assert.Single(diagnostics).Id);
    }

    /// <summary>
    /// User text: letters, digits and punctuation mixed with the Markdown constructs it must not turn into (issue 15):
    /// breaks, underscores, headings, quotes, list markers, code, links, HTML, pipes; or a whole line of stars.
    /// "*" and "**" are the user's own (bold, italic), so no other star is generated.
    /// </summary>
    internal static Gen<string> UserTexts()
    {
        var chars = Gen.Elements("aăâbcdđeêghiklmnoôơpqrstuưvxyÁÀẢÃẠ 0123456789.,;:!?-+#>|<&[]()`\\'\"/=~%_".ToCharArray()).Select(c => c.ToString());
        var constructs = Gen.Elements("___", "---", "_Nghị quyết 57_", "__Kết luận 123__", "2025", "1. ", "3) ", "# ", "> ",
            "`code`", "[a](b)", "<b>x</b>", "a | b", "+ ", "- ", "~~~", "&amp;", "\\", "![a](b)", "<http://x>");
        var mixed = Gen.ArrayOf(Gen.Frequency((4, chars), (1, constructs))).Select(parts => string.Concat(parts).Trim());
        var stars = Gen.Elements("***", "* * *", "****", "**", "*");
        return Gen.Frequency((9, mixed), (1, stars)).Where(s => s.Length > 0);
    }

    [Fact]
    public void Escaped_text_reads_back_as_the_same_text()
    {
        // Whatever a user types (but "*" which is theirs to use), the template shows it literally, and so it does
        // when the template follows it with "." or ")" (a line "2025" then "." must not become a numbered list).
        Prop.ForAll(UserTexts().ToArbitrary(), text => new[] { "", ".", ")" }.All(after =>
        {
            var diagnostics = new List<Diagnostic>();
            var blocks = MarkdownReader.Read(MarkdownTextEncoder.Escape(text) + after, "t", diagnostics);
            var paragraph = Assert.IsType<Paragraph>(Assert.Single(blocks));
            return diagnostics.Count == 0 && paragraph.Content.All(i => i is Text) && paragraph.Content.PlainText() == text + after;
        })).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void No_statement_fails_a_build()
    {
        // Whatever the statements, tasks, shortcomings and proposals say, every built-in template composes them.
        // "[x]" would place a figure the data file lacks, which the loader rightly rejects: that is not composing.
        var texts = UserTexts().Select(t => t.Replace('[', '('));
        var statements = from a in texts from b in texts from c in texts select new[] { a, b, c };
        Prop.ForAll(statements.ToArbitrary(), texts =>
        {
            var result = new ReportComposer(Composed.BuiltIn.Value).Compose(LiteralUserTextTests.Data(texts));
            return result.Diagnostics.Count == 0 && result.Document is not null;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void A_woven_figure_clause_reads_back_as_the_same_text()
    {
        // The clause put in place of "[code]" is user text too (a unit, a plan's label, a note): it stays literal.
        var chars = Gen.Elements("aăâbcdđeêghiklmnoôơpqrstuưvxy 0123456789.,;:!?-+#>|<&[]()`\\'\"/=~%".ToCharArray());
        var words = Gen.ArrayOf(chars).Select(a => new string(a).Trim()).Where(s => s.Length > 0);
        var cases =
            from before in words
            from after in words
            from unit in Gen.Elements("tỷ đồng", "%", "vụ", "<ha>", "| hộ", "[m2]", "`lượt`", "# xã")
            from label in words
            from note in words
            from value in Reports.Tests.Formatting.Generators.FigureGen
            select (Statement: $"{before} [ma_so] {after}", Figure: new Reports.Core.Model.Figure(
                "Chỉ tiêu", unit, value, [new Reports.Core.Formatting.PlanTarget(label, value + 1)], value + 2, null, "đạt", note, "ma_so"));
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var domain = new Reports.Core.Model.Domain("Lĩnh vực", [c.Statement], [c.Figure], false, []);
            var woven = Reports.Compose.View.WovenStatement.Write(domain.ParsedStatements[0], domain);
            var blocks = MarkdownReader.Read(MarkdownTextEncoder.Escape(woven), "t", []);
            var paragraph = Assert.IsType<Paragraph>(Assert.Single(blocks));
            // After a full stop the clause takes a capital; the rest of it is always there as worded.
            return woven.Contains(FigureSentence.Clause(c.Figure)[1..], StringComparison.Ordinal) && paragraph.Content.PlainText() == woven;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Letters_follow_the_vietnamese_alphabet()
    {
        Assert.Equal(["a", "b", "c", "d", "đ", "e", "g", "h"], Enumerable.Range(1, 8).Select(VietnameseFunctions.Letter));
    }
}
