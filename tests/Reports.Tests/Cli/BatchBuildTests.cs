using System.Text;
using Reports.Cli;
using Reports.Cli.Commands;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Cli;

/// <summary>`build` over folders and patterns, in parallel, with a summary; `--jobs`; output name collisions.</summary>
public sealed class BatchBuildTests : IDisposable
{
    private static readonly string DanPhuong = Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml");
    private static readonly string MyDuc = Path.Combine(TestPaths.Fixtures, "ubnd-huyen-my-duc-q2-2024.yaml");
    private static readonly string Bad = Path.Combine(TestPaths.BadInputs, "ambiguous-number.yaml");

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string Make(string relative, string? copyOf = null)
    {
        var path = temp.File(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (copyOf is null) File.WriteAllText(path, "x", Encoding.UTF8);
        else File.Copy(copyOf, path);
        return path;
    }

    [Fact]
    public void A_folder_gives_every_yaml_and_yml_file_below_it_in_order_but_not_hidden_folders_or_other_files()
    {
        Make("du-lieu/b.yaml");
        Make("du-lieu/a.yml");
        Make("du-lieu/quy/c.yaml");
        Make("du-lieu/ghi-chu.txt");
        Make("du-lieu/.git/d.yaml");
        var folder = temp.File("du-lieu");

        var expansion = InputFiles.Expand([folder]);

        Assert.Equal(InputFiles.Problem.None, expansion.Problem);
        Assert.Equal(
            [Path.Combine(folder, "a.yml"), Path.Combine(folder, "b.yaml"), Path.Combine(folder, "quy", "c.yaml")],
            expansion.Files);
    }

    [Fact]
    public void Patterns_match_within_a_folder_with_star_across_folders_with_two_stars_and_one_character_with_a_question_mark()
    {
        Make("du-lieu/quy1.yaml");
        Make("du-lieu/quy2.yaml");
        Make("du-lieu/quy10.yaml");
        Make("du-lieu/2024/quy3.yml");
        Make("du-lieu/2024/sau/quy4.yaml");
        Make("du-lieu/quy1.txt");
        var root = temp.File("du-lieu").Replace('\\', '/');

        Assert.Equal([$"{root}/quy1.yaml", $"{root}/quy10.yaml", $"{root}/quy2.yaml"], Norm(InputFiles.Expand([$"{root}/quy*"]).Files));
        Assert.Equal([$"{root}/quy1.yaml", $"{root}/quy2.yaml"], Norm(InputFiles.Expand([$"{root}/quy?.yaml"]).Files));
        Assert.Equal(
            [$"{root}/2024/quy3.yml", $"{root}/2024/sau/quy4.yaml", $"{root}/quy1.yaml", $"{root}/quy10.yaml", $"{root}/quy2.yaml"],
            Norm(InputFiles.Expand([$"{root}/**/*"]).Files));
        Assert.Equal([$"{root}/2024/sau/quy4.yaml"], Norm(InputFiles.Expand([$"{root}/**/sau/*.yaml"]).Files));
        Assert.Equal([$"{root}/2024/quy3.yml"], Norm(InputFiles.Expand([$"{root}/*/quy3.yml"]).Files));

        static List<string> Norm(IReadOnlyList<string> files) => files.Select(f => f.Replace('\\', '/')).ToList();
    }

    [Fact]
    public void A_file_named_twice_is_built_once_and_a_missing_plain_path_is_kept_to_fail_on_its_own()
    {
        var a = Make("du-lieu/a.yaml");
        var expansion = InputFiles.Expand([temp.File("du-lieu"), a, temp.File("khong-co.yaml")]);
        Assert.Equal([a, temp.File("khong-co.yaml")], expansion.Files);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_or_an_empty_folder_is_a_usage_error()
    {
        Directory.CreateDirectory(temp.File("trong"));
        var empty = CliRunner.Invoke("build", temp.File("trong"));
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("không có tệp .yaml hoặc .yml nào", empty.Error);

        var none = CliRunner.Invoke("build", temp.File("trong") + "/*.yaml", "--lang", "en");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("No .yaml or .yml file matches", none.Error);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("hai")]
    [InlineData("1.5")]
    public void Jobs_below_one_or_not_a_number_are_usage_errors(string jobs)
    {
        var run = CliRunner.Invoke("build", DanPhuong, "-o", temp.Path, "--jobs", jobs);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--jobs phải là số nguyên từ 1 trở lên, không phải \"{jobs}\"", run.Error);
        Assert.False(File.Exists(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.md")));
    }

    [Fact]
    public void One_bad_file_among_good_ones_built_in_parallel_fails_alone_and_the_summary_names_its_first_error()
    {
        var input = temp.File("vao");
        Make("vao/a-dan-phuong.yaml", DanPhuong);
        Make("vao/b-my-duc.yaml", MyDuc);
        Make("vao/c-sai.yaml", Bad);
        Make("vao/d-dan-phuong.yaml", DanPhuong);
        Make("vao/e-my-duc.yaml", MyDuc);
        var output = temp.File("ra");

        var run = CliRunner.Invoke("build", input, "-o", output, "--format", "md", "--jobs", "4");

        Assert.Equal(1, run.ExitCode);
        foreach (var stem in new[] { "a-dan-phuong", "b-my-duc", "d-dan-phuong", "e-my-duc" })
            Assert.True(File.Exists(Path.Combine(output, $"{stem}.bao-cao.md")), stem);
        Assert.False(File.Exists(Path.Combine(output, "c-sai.bao-cao.md")));

        var bad = Path.Combine(input, "c-sai.yaml");
        Assert.Contains($"{bad}:20:20: lỗi:", run.Error);
        Assert.Matches(@"Đã xử lý 5 tệp: 4 thành công, 1 lỗi\. Thời gian: \d+(,\d{1,2})? giây\.", run.Out);
        var summary = run.Out[run.Out.IndexOf("Tệp lỗi", StringComparison.Ordinal)..];
        var listed = summary.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Single(listed);
        Assert.StartsWith($"  - {bad}:20:20: lỗi: ket_qua[0].chi_tieu[0].thuc_hien: Số \"1.250\" không rõ nghĩa", listed[0]);
        Assert.DoesNotContain("Cách sửa", listed[0]);
    }

    [Fact]
    public void Parallel_output_comes_in_whole_blocks_in_the_order_the_files_were_given()
    {
        var names = new[] { "e", "a", "d", "b", "c", "f" };
        var files = names.Select(n => Make($"vao/{n}.yaml", n == "d" ? MyDuc : DanPhuong)).ToList();
        var output = temp.File("ra");

        var run = CliRunner.Invoke(["build", .. files, "-o", output, "--jobs", "3"]);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("Đã ghi", StringComparison.Ordinal)).ToList();
        var owners = lines.Select(l => Path.GetFileName(l).Split('.')[0]).ToList();
        // Each file's lines together, files in the order given: e e e e e a a a a a d ...
        var blocks = owners.Aggregate(new List<string>(), (acc, o) => { if (acc.Count == 0 || acc[^1] != o) acc.Add(o); return acc; });
        Assert.Equal(names, blocks);
        // Per file: the report and the article in every format, and the article's portal fragment.
        Assert.Equal(names.Length * (2 * Reports.Pipeline.RendererCatalog.Formats.Count + 1), lines.Count);
    }

    [Fact]
    public void Jobs_one_and_jobs_eight_write_the_same_bytes()
    {
        var input = temp.File("vao");
        foreach (var fixture in TestPaths.FixtureFiles) Make("vao/" + Path.GetFileName(fixture), fixture);
        // The photos a fixture names, beside the copies as beside the originals.
        foreach (var photo in Directory.GetFiles(Path.Combine(TestPaths.Fixtures, "anh"))) Make("vao/anh/" + Path.GetFileName(photo), photo);
        Assert.Equal(0, CliRunner.Invoke("build", input, "-o", temp.File("mot"), "--jobs", "1").ExitCode);
        Assert.Equal(0, CliRunner.Invoke("build", input, "-o", temp.File("tam"), "--jobs", "8").ExitCode);
        var one = Directory.GetFiles(temp.File("mot")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(one, Directory.GetFiles(temp.File("tam")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in one)
            Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("mot"), name!)), File.ReadAllBytes(Path.Combine(temp.File("tam"), name!)));
    }

    [Fact]
    public void Two_inputs_with_the_same_name_writing_into_one_folder_are_refused_before_anything_is_built()
    {
        var first = Make("xa-a/quy1.yaml", DanPhuong);
        var second = Make("xa-b/quy1.yaml", MyDuc);
        var output = temp.File("ra");

        var run = CliRunner.Invoke("build", first, second, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(first, run.Error);
        Assert.Contains(second, run.Error);
        Assert.Contains("quy1.*", run.Error);
        Assert.False(Directory.Exists(output));

        // Beside their own data files they do not collide.
        Assert.Equal(0, CliRunner.Invoke("build", first, second, "--format", "md").ExitCode);
        Assert.True(File.Exists(temp.File("xa-a/quy1.bao-cao.md")));
        Assert.True(File.Exists(temp.File("xa-b/quy1.bao-cao.md")));
    }

    [Fact]
    public void A_yaml_and_a_yml_of_the_same_name_in_one_folder_collide_too()
    {
        var yaml = Make("vao/quy1.yaml", DanPhuong);
        var yml = Make("vao/quy1.yml", DanPhuong);
        var run = CliRunner.Invoke("build", temp.File("vao"), "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{yaml} and {yml} have the same name", run.Error);
    }

    [Theory]
    [InlineData(1.25, Language.Vietnamese, "1,25 giây")]
    [InlineData(0.4, Language.Vietnamese, "0,4 giây")]
    [InlineData(12, Language.Vietnamese, "12 giây")]
    [InlineData(125.4, Language.Vietnamese, "2 phút 5 giây")]
    [InlineData(1.25, Language.English, "1.25 s")]
    [InlineData(3600, Language.English, "60 min 0 s")]
    public void Elapsed_time_is_written_the_Vietnamese_way(double seconds, Language language, string expected) =>
        Assert.Equal(expected, Elapsed.Format(TimeSpan.FromSeconds(seconds), language));
}
