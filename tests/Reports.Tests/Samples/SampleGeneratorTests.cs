using System.Text;
using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Samples;
using Reports.Tests.Cli;
using Xunit;

namespace Reports.Tests.Samples;

/// <summary>The synthetic data files: valid, varied, deterministic, and written without overwriting anything.</summary>
public sealed class SampleGeneratorTests
{
    [Fact]
    public void Two_hundred_samples_written_to_disk_all_load_without_a_single_diagnostic()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke("sample", "--so", "200", "-o", temp.Path);
        Assert.Equal(0, run.ExitCode);

        var files = Directory.GetFiles(temp.Path, "*.yaml").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(200, files.Count);
        Assert.Equal("mau-0001.yaml", Path.GetFileName(files[0]));
        Assert.Equal("mau-0200.yaml", Path.GetFileName(files[^1]));
        foreach (var file in files)
        {
            var loaded = DataFileLoader.LoadFile(file);
            Assert.True(loaded.Diagnostics.Count == 0,
                $"{file}: {string.Join("; ", loaded.Diagnostics.Select(d => d.ToString()))}");
            Assert.NotNull(loaded.Data);
        }
    }

    [Fact]
    public void Samples_cover_both_regimes_every_level_of_their_time_all_quarters_both_styles_and_every_kind_of_meeting()
    {
        var all = SampleGenerator.Many(200).Select(s => DataFileLoader.Load(s.FileName, Encoding.UTF8.GetBytes(s.Text)).Data!).ToList();

        Assert.Equal([Regime.Party, Regime.State], all.Select(d => d.Regime).Distinct().Order());
        Assert.Equal(
            [UnitLevel.Province, UnitLevel.District, UnitLevel.Commune, UnitLevel.Ward, UnitLevel.SpecialZone],
            all.Select(d => d.Issuer.Level).Distinct().Order());
        // Districts only before the 2025 reform (their last documents are dated by 30 June 2025); special zones only after it.
        Assert.All(all.Where(d => d.Issuer.Level == UnitLevel.District), d => Assert.True(d.Document.Date < new NodaTime.LocalDate(2025, 7, 1)));
        Assert.All(all.Where(d => d.Issuer.Level == UnitLevel.SpecialZone), d => Assert.True(d.Reporting.Period.Year * 10 + d.Reporting.Period.Quarter >= 20253));
        Assert.Equal([1, 2, 3, 4], all.Select(d => d.Reporting.Period.Quarter).Distinct().Order());
        Assert.Equal([2023, 2024, 2025, 2026], all.Select(d => d.Reporting.Period.Year).Distinct().Order());
        Assert.Equal(2, all.Select(d => d.Reporting.Style).Distinct().Count());
        Assert.Equal(3, all.Where(d => d.Meeting is not null).Select(d => d.Meeting!.Kind).Distinct().Count());
        Assert.Equal(3, all.Where(d => d.Meeting is not null).Select(d => d.Meeting!.Format).Distinct().Count());
        Assert.Contains(all, d => d.Meeting is null);
        Assert.Contains(all, d => d.Document.IsDraft && d.Document.Number is null);
        Assert.All(all, d =>
        {
            Assert.InRange(d.Results.Count, 2, 8);
            Assert.InRange(d.Tasks.Count, 3, 15);
            foreach (var domain in d.Results)
            {
                Assert.InRange(domain.Children.Count, 0, 2);
                foreach (var area in domain.Children.Prepend(domain))
                {
                    Assert.InRange(area.Statements.Count, 2, 8);
                    Assert.InRange(area.Figures.Count, 0, 6);
                }
            }
        });
        var figures = all.SelectMany(d => d.Results).SelectMany(r => r.Children.Prepend(r)).SelectMany(a => a.Figures).ToList();
        Assert.Contains(figures, f => f.Plans.Count > 0);
        Assert.Contains(figures, f => f.SamePeriod is not null);
        Assert.Contains(figures, f => f.Whole is not null);
        Assert.Contains(figures, f => f.Code is not null);
        Assert.Contains(figures, f => f.Direction == Direction.LowerIsBetter);
        Assert.Contains(figures, f => f.Estimated);
        Assert.Contains(figures, f => f.Previous is not null);
        Assert.Contains(figures, f => f.WholeStyle == WholeStyle.Share);
        Assert.Contains(all.SelectMany(d => d.Results).SelectMany(r => r.Children.Prepend(r)), a => a.PlacedFigureCodes.Count > 0);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_a_sample_does_not_depend_on_how_many_were_asked_for()
    {
        var first = SampleGenerator.Many(20, seed: 42).ToList();
        var again = SampleGenerator.Many(20, seed: 42).ToList();
        Assert.Equal(first, again);
        Assert.Equal(first[6].Text, SampleGenerator.One(42, 7));
        Assert.Equal(first.Take(5), SampleGenerator.Many(5, seed: 42));

        var other = SampleGenerator.Many(20, seed: 43).ToList();
        Assert.All(first.Zip(other), pair => Assert.NotEqual(pair.First.Text, pair.Second.Text));
        Assert.Equal(20, first.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public void Samples_compose_into_a_report_and_an_article_without_template_errors()
    {
        var templates = TemplateSet.Load();
        foreach (var (name, text) in SampleGenerator.Many(60, seed: 5))
        {
            var data = DataFileLoader.Load(name, Encoding.UTF8.GetBytes(text)).Data!;
            var report = new ReportComposer(templates).Compose(data);
            Assert.True(report.Succeeded, $"{name}: {string.Join("; ", report.Diagnostics)}");
            var article = new ArticleComposer(templates).Compose(data);
            Assert.Equal(data.Meeting is not null, article is not null);
            Assert.True(article?.Succeeded ?? true, name);
        }
    }

    [Fact]
    public void A_long_sample_is_valid_and_about_the_size_asked_for()
    {
        var text = SampleGenerator.One(SampleGenerator.DefaultSeed, 1, pages: 100);
        var loaded = DataFileLoader.Load("dai.yaml", Encoding.UTF8.GetBytes(text));
        Assert.Empty(loaded.Diagnostics);
        var report = new ReportComposer(TemplateSet.Load()).Compose(loaded.Data!);
        Assert.True(report.Succeeded);
        var pages = report.Markdown!.Length / (double)SampleGenerator.CharactersPerPage;
        Assert.InRange(pages, 70, 130);

        var ten = SampleGenerator.One(SampleGenerator.DefaultSeed, 1, pages: 10);
        Assert.InRange(ten.Length, text.Length / 10, text.Length / 3);
    }

    [Fact]
    public void The_sample_command_never_overwrites_and_a_second_identical_run_changes_nothing()
    {
        using var temp = new TempFolder();
        var first = CliRunner.Invoke("sample", "--count", "3", "-o", temp.Path, "--seed", "9");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Đã tạo 3 tệp mẫu", first.Out);

        var again = CliRunner.Invoke("sample", "--so", "3", "-o", temp.Path, "--seed", "9");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Đã tạo 0 tệp mẫu", again.Out);
        Assert.Contains("3 tệp đã có sẵn đúng nội dung này", again.Out);

        var edited = temp.File("mau-0002.yaml");
        File.WriteAllText(edited, "# của tôi\n");
        var other = CliRunner.Invoke("sample", "--so", "4", "-o", temp.Path, "--seed", "10");
        Assert.Equal(1, other.ExitCode);
        Assert.Equal("# của tôi\n", File.ReadAllText(edited));
        Assert.Contains("mau-0002.yaml: tệp đã có với nội dung khác, không ghi đè", other.Error);
        Assert.True(File.Exists(temp.File("mau-0004.yaml")));
        Assert.Contains("Đã tạo 1 tệp mẫu", other.Out);
    }

    [Theory]
    [InlineData("--so", "0", "Số tệp mẫu phải từ 1 đến 100000")]
    [InlineData("--so", "nhiều", "Số tệp mẫu phải từ 1 đến 100000")]
    [InlineData("--seed", "x", "Hạt giống phải là số nguyên")]
    [InlineData("--trang", "0", "Số trang phải từ 1 đến 800")]
    [InlineData("--trang", "801", "Số trang phải từ 1 đến 800")]
    public void Bad_sample_options_are_usage_errors(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke("sample", option, value, "-o", temp.Path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void The_sample_command_needs_an_output_folder()
    {
        var run = CliRunner.Invoke("sample", "--so", "2");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-o THƯ_MỤC", run.Error);
    }

    [Theory]
    [InlineData("Tỉnh ủy An Bình", true)]
    [InlineData("- gạch đầu dòng", false)]
    [InlineData("Lưu: VT", false)]
    [InlineData("2024 là năm", false)]
    [InlineData("true", false)]
    [InlineData("có # dấu thăng", false)]
    [InlineData("“Dân vận khéo”", true)]
    public void Text_is_written_plain_only_when_it_reads_back_unchanged(string text, bool plain) =>
        Assert.Equal(plain, YamlText.IsPlainSafe(text));
}
