using System.Diagnostics;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// Office staff edit templates: whatever they write, a template must not read files, run text as code,
/// loop forever or eat memory, and each refusal names their file, line and column.
/// </summary>
public sealed class TemplateSandboxTests
{
    private const string DanPhuong = "huyen-uy-dan-phuong-q1-2024.yaml";

    /// <summary>Composes with one user template and returns its single error, checking it came quickly.</summary>
    private static (Diagnostic Error, string Path) FailWith(string name, string text)
    {
        using var folder = new TempFolder();
        var path = folder.File(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        var clock = Stopwatch.StartNew();
        var result = new ReportComposer(TemplateSet.Load(folder.Path)).Compose(Composed.Data(DanPhuong));
        // A liveness bound, far above the 3 s limit so a loaded CI machine passes, far below what the runaway
        // templates below would take unchecked (minutes).
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopped after {clock.Elapsed}");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(path, error.Location.File);
        return (error, path);
    }

    [Fact]
    public void A_template_that_includes_itself_is_stopped_at_the_include()
    {
        var (error, path) = FailWith("trich-yeu.scriban", "Báo cáo\n{{ include 'trich-yeu' }}\n");
        Assert.Equal(MessageId.TemplateIncludeCycle, error.Id);
        Assert.Equal((2, 4), (error.Location.Line, error.Location.Column));
        var vietnamese = DiagnosticWriter.Write(error, Language.Vietnamese);
        Assert.StartsWith(path + ":2:4: lỗi: Lệnh include ở đây gọi lại mẫu trich-yeu.scriban theo vòng tròn (trich-yeu.scriban → trich-yeu.scriban)", vietnamese, StringComparison.Ordinal);
        Assert.Contains("không được include chính nó", vietnamese);
        Assert.DoesNotContain("{{#if}}", vietnamese);
        Assert.DoesNotContain("limit", vietnamese, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(trich-yeu.scriban → trich-yeu.scriban), so it never ends", DiagnosticWriter.Write(error, Language.English));
    }

    [Fact]
    public void A_loop_that_never_ends_is_stopped()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "Báo cáo\n{{ while true }}x{{ end }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void Nested_loops_count_together()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
    }

    [Fact]
    public void A_slow_loop_that_writes_nothing_is_stopped_by_the_clock()
    {
        // Each step churns strings just under the large-object size (they die young): slow, but never a
        // memory hog that would disturb the tests running beside it.
        var (error, _) = FailWith("trich-yeu.scriban",
            "{{ for i in 1..49000\n  x = ('a' * 40000) | string.upcase | string.downcase | string.upcase | string.downcase | string.upcase | string.downcase\nend }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
        Assert.Equal(["3 s"], error.Arguments);
    }

    [Fact]
    public void Recursion_that_fans_out_is_stopped_by_the_clock()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ func lan\n  if $0 > 0\n    lan ($0 - 1)\n    lan ($0 - 1)\n  end\nend\nlan 30 }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
    }

    [Fact]
    public void A_template_that_writes_a_gigabyte_is_stopped()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ for i in 1..1000 }}{{ 'x' * 1000000 }}{{ end }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
        var vietnamese = DiagnosticWriter.Write(error, Language.Vietnamese);
        Assert.Contains("20.000.000", vietnamese);
        Assert.DoesNotContain("exceeds", vietnamese, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Long_data_the_loader_accepts_is_composed_within_the_template_limits()
    {
        // A 500-page sample validates (1.2 MB, well within the loader's 2,000,000 expanded characters) and its
        // report (each figure in prose and table) wrote past the old 2,000,000-character template limit: what
        // validate accepts, build must build.
        var text = Reports.Samples.SampleGenerator.One(7, 1, pages: 500);
        var loaded = Reports.Core.DataFileLoader.Load("dai.yaml", System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics.Select(d => d.Id)));
        var composed = new Reports.Compose.ReportComposer(Composed.BuiltIn.Value).Compose(loaded.Data!);
        Assert.DoesNotContain(composed.Diagnostics, d => d.IsError);
        Assert.NotNull(composed.Document);
    }

    [Fact]
    public void A_string_doubled_until_it_is_huge_is_stopped()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ x = 'x'\nfor i in 1..40\n  x = x + x\nend }}{{ x }}\n");
        Assert.Equal(MessageId.TemplateLimit, error.Id);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_not_an_empty_string()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "Báo cáo {{ ky ky_bao_cao.ky }}\n{{ co_quan_ten }}\n");
        Assert.Equal(MessageId.TemplateMissingName, error.Id);
        Assert.Equal((2, 4), (error.Location.Line, error.Location.Column));
        Assert.Contains("co_quan_ten", DiagnosticWriter.Write(error, Language.Vietnamese));
    }

    [Fact]
    public void A_misspelt_member_is_an_error()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ co_quan.tenn }}\n");
        Assert.NotEqual(MessageId.TemplateSyntax, error.Id);
        Assert.Equal(1, error.Location.Line);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("phan/../../bi-mat")]
    [InlineData("C:\\\\Windows\\\\win.ini")]
    public void An_include_outside_the_templates_is_refused(string target)
    {
        var (error, _) = FailWith("bao-cao-dang.scriban", $"Mở đầu\n\n{{{{ include '{target}' }}}}\n");
        Assert.Equal(MessageId.TemplateIncludeOutside, error.Id);
        Assert.Equal((3, 4), (error.Location.Line, error.Location.Column));
        Assert.Contains("../", DiagnosticWriter.Write(error, Language.English));
    }

    [Theory]
    [InlineData("{{ object.eval 'la_dang' }}")]
    [InlineData("{{ object.eval_template '{{ la_dang }}' }}")]
    [InlineData("{{ include_join ['trich-yeu'] ',' }}")]
    public void Text_cannot_be_run_as_a_template(string text)
    {
        var (error, _) = FailWith("trich-yeu.scriban", text + "\n");
        Assert.Equal(1, error.Location.Line);
    }

    [Fact]
    public void A_function_given_the_wrong_value_names_the_function()
    {
        var (error, _) = FailWith("trich-yeu.scriban", "{{ cau_chi_tieu co_quan }}\n");
        Assert.Equal(MessageId.TemplateFunctionFailed, error.Id);
        Assert.Contains("cau_chi_tieu", DiagnosticWriter.Write(error, Language.English));
    }

    [Fact]
    public void A_folder_of_handlebars_templates_is_told_about_the_move()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("trich-yeu.hbs"), "{{ky ky_bao_cao.ky}}\n");

        var ex = Assert.Throws<TemplateException>(() => TemplateSet.Load(folder.Path));

        Assert.Equal(MessageId.TemplateOldFormat, ex.Diagnostic.Id);
        Assert.Equal(folder.File("trich-yeu.hbs"), ex.Diagnostic.Location.File);
        Assert.Contains(".scriban", DiagnosticWriter.Write(ex.Diagnostic, Language.Vietnamese));
        Assert.Contains("README", DiagnosticWriter.Write(ex.Diagnostic, Language.English));
    }

    [Fact]
    public void Values_written_by_a_template_stay_text()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("phan"));
        File.WriteAllText(folder.File("phan/mo-dau.scriban"), "{{ '# không phải tiêu đề <b>' }} và {{ '[liên kết](x)' }}\n");
        var report = new ReportComposer(TemplateSet.Load(folder.Path)).Compose(Composed.Data(DanPhuong));
        Assert.Empty(report.Diagnostics);
        Assert.Contains(report.Document!.Texts(), t => t.Contains("# không phải tiêu đề <b> và [liên kết](x)", StringComparison.Ordinal));
    }
}
