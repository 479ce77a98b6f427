using System.Text;
using AngleSharp.Html.Parser;
using Reports.Pipeline.Output;
using Xunit;

namespace Reports.Tests.Cli;

public sealed class BuildCommandTests
{
    private static readonly string DanPhuong = Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml");

    [Fact]
    public void Builds_html_markdown_and_docx_for_every_fixture()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke(["build", .. TestPaths.FixtureFiles, "-o", temp.Path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        foreach (var fixture in TestPaths.FixtureFiles)
        {
            var stem = Path.GetFileNameWithoutExtension(fixture);
            var html = File.ReadAllText(temp.File($"{stem}.bao-cao.html"));
            var page = new HtmlParser().ParseDocument(html);
            Assert.Equal("vi-VN", page.DocumentElement.GetAttribute("lang"));
            Assert.Contains("BÁO CÁO", page.Body!.TextContent);
            Assert.StartsWith("Báo cáo ", page.Title);
            Assert.Contains("I. ", File.ReadAllText(temp.File($"{stem}.bao-cao.md")));
            Assert.True(new FileInfo(temp.File($"{stem}.bao-cao.docx")).Length > 0);
        }
        var count = TestPaths.FixtureFiles.Count();
        Assert.Contains($"Đã xử lý {count} tệp: {count} thành công, 0 lỗi.", run.Out);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_and_a_rebuild_changes_nothing()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        CliRunner.Invoke("build", DanPhuong, "-o", a.Path);
        CliRunner.Invoke("build", DanPhuong, "-o", b.Path);
        foreach (var name in new[] { "huyen-uy-dan-phuong-q1-2024.bao-cao.html", "huyen-uy-dan-phuong-q1-2024.bao-cao.md", "huyen-uy-dan-phuong-q1-2024.bao-cao.docx" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, name)), File.ReadAllBytes(Path.Combine(b.Path, name)));

        var again = CliRunner.Invoke("build", DanPhuong, "-o", a.Path);
        Assert.Contains("Không đổi", again.Out);
    }

    [Fact]
    public void An_edited_output_is_kept_and_the_new_one_written_beside_it()
    {
        using var temp = new TempFolder();
        CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--format", "html");
        var html = temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.html");
        File.AppendAllText(html, "<!-- sửa tay -->");
        var edited = File.ReadAllBytes(html);

        var run = CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(edited, File.ReadAllBytes(html));
        Assert.True(File.Exists(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.1.html")));
        Assert.Contains("được giữ nguyên", run.Out);
        Assert.Contains("--force", run.Out);

        var forced = CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--format", "html", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.NotEqual(edited, File.ReadAllBytes(html));
        Assert.True(File.Exists(temp.File(OutputFolder.ManifestFileName)));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_others_and_exits_1()
    {
        using var temp = new TempFolder();
        var bad = Path.Combine(TestPaths.BadInputs, "ambiguous-number.yaml");

        var run = CliRunner.Invoke("build", bad, DanPhuong, "-o", temp.Path, "--format", "md");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{bad}:20:20: lỗi:", run.Error);
        Assert.True(File.Exists(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.md")));
        Assert.False(File.Exists(temp.File("ambiguous-number.bao-cao.md")));
        Assert.Contains("Đã xử lý 2 tệp: 1 thành công, 1 lỗi.", run.Out);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_listing_the_formats()
    {
        var odt = CliRunner.Invoke("build", DanPhuong, "--format", "html,odt");
        Assert.Equal(2, odt.ExitCode);
        Assert.Contains("Không có định dạng \"odt\"; các định dạng: html, md, docx, pdf.", odt.Error);
    }

    [Fact]
    public void Without_an_output_folder_results_go_beside_the_data_file()
    {
        using var temp = new TempFolder();
        var copy = temp.File("quy1.yaml");
        File.Copy(DanPhuong, copy);
        Assert.Equal(0, CliRunner.Invoke("build", copy, "--format", "md").ExitCode);
        Assert.True(File.Exists(temp.File("quy1.bao-cao.md")));
    }

    [Fact]
    public void User_templates_are_used_and_their_errors_name_file_and_line()
    {
        using var temp = new TempFolder();
        var templates = Directory.CreateDirectory(temp.File("mau")).FullName;
        File.WriteAllText(Path.Combine(templates, "trich-yeu.scriban"), "Báo cáo nhanh {{ ky ky_bao_cao.ky }}\n", Encoding.UTF8);

        var ok = CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--format", "md", "--templates", templates);
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("Báo cáo nhanh quý I năm 2024", File.ReadAllText(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.md")));

        File.WriteAllText(Path.Combine(templates, "trich-yeu.scriban"), "Báo cáo\n{{ if la_dang }}nhanh\n", Encoding.UTF8);
        var broken = CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--format", "md", "--templates", templates);
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains(Path.Combine(templates, "trich-yeu.scriban") + ":2:4: lỗi: Mẫu viết sai cú pháp", broken.Error);
    }
}

public sealed class BuildArticleTests
{
    [Fact]
    public void Both_documents_by_default_with_a_portal_fragment_for_html()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke("build", Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml"), "-o", temp.Path, "--format", "html");
        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.html")));
        Assert.True(File.Exists(temp.File("huyen-uy-dan-phuong-q1-2024.tin-bai.html")));
        var fragment = File.ReadAllText(temp.File("huyen-uy-dan-phuong-q1-2024.tin-bai.noi-dung.html"));
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("Sáng ngày 4/4", fragment);
    }

    [Fact]
    public void Documents_chooses_and_a_file_without_a_meeting_skips_the_article_with_a_notice()
    {
        using var temp = new TempFolder();
        var onlyArticle = CliRunner.Invoke("build", Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml"), "-o", temp.Path, "--format", "md", "--documents", "tin-bai");
        Assert.Equal(0, onlyArticle.ExitCode);
        Assert.Equal(["huyen-uy-dan-phuong-q1-2024.tin-bai.md"], Directory.GetFiles(temp.Path, "*.md").Select(Path.GetFileName));

        var noMeeting = CliRunner.Invoke("build", TestPaths.Minimal, "-o", temp.Path, "--format", "md");
        Assert.Equal(0, noMeeting.ExitCode);
        Assert.Contains("không có hoi_nghi nên không viết tin bài", noMeeting.Out);
        Assert.True(File.Exists(temp.File("minimal.bao-cao.md")));
        Assert.False(File.Exists(temp.File("minimal.tin-bai.md")));

        Assert.Equal(2, CliRunner.Invoke("build", TestPaths.Minimal, "--documents", "bao-cao,thu-moi").ExitCode);
    }
}

public sealed class BuildPdfFontTests
{
    [Fact]
    public void A_pdf_build_says_which_font_it_used_and_a_docx_build_does_not()
    {
        using var temp = new TempFolder();
        var fixture = Path.Combine(TestPaths.Fixtures, "dang-uy-xa-o-dien-q3-2025.yaml");

        var pdf = CliRunner.Invoke("build", fixture, "-o", temp.Path, "--format", "pdf", "--documents", "bao-cao");
        Assert.Equal(0, pdf.ExitCode);
        Assert.Matches(@"PDF dùng phông (Times New Roman|Liberation Serif|Tinos) \(", pdf.Out);

        var docx = CliRunner.Invoke("build", fixture, "-o", temp.Path, "--format", "docx", "--documents", "bao-cao");
        Assert.DoesNotContain("phông", docx.Out);
    }
}

public sealed class BuildUsageTests
{
    [Fact]
    public void An_output_that_is_a_file_and_a_missing_templates_folder_are_usage_errors()
    {
        using var temp = new TempFolder();
        var fixture = Path.Combine(TestPaths.Fixtures, "dang-uy-xa-o-dien-q3-2025.yaml");
        File.WriteAllText(temp.File("a-file"), "x");

        var output = CliRunner.Invoke("build", fixture, "-o", temp.File("a-file"));
        Assert.Equal(2, output.ExitCode);
        Assert.Contains("là một tệp, không phải thư mục", output.Error);

        var templates = CliRunner.Invoke("build", fixture, "-o", temp.Path, "--templates", temp.File("khong-co"));
        Assert.Equal(2, templates.ExitCode);
        Assert.Contains("Không có thư mục mẫu", templates.Error);
        Assert.Equal("x", File.ReadAllText(temp.File("a-file")));
    }
}
