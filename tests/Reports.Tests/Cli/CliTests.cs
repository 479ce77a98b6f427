using Reports.Core;
using Reports.Core.Schema;
using Xunit;

namespace Reports.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public void Validate_accepts_every_fixture()
    {
        var run = CliRunner.Invoke(["validate", .. TestPaths.FixtureFiles]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var count = TestPaths.FixtureFiles.Count();
        Assert.Contains($"Đã kiểm tra {count} tệp: {count} hợp lệ, 0 có lỗi.", run.Out);
    }

    [Fact]
    public void Validate_reports_every_bad_file_with_its_position_and_exit_1()
    {
        foreach (var file in TestPaths.BadFiles)
        {
            var expected = Loading.BadInputCorpusTests.Expectations(file);
            var run = CliRunner.Invoke("validate", file);
            var isError = expected.Any(e => !e.EndsWith(" warning", StringComparison.Ordinal));
            Assert.Equal(isError ? 1 : 0, run.ExitCode);
            foreach (var position in expected.Select(e => e.Split(' ')[0]).Where(p => p != "0:0"))
                Assert.Contains($"{file}:{position}: ", run.Error);
        }
    }

    [Fact]
    public void Validate_prints_the_ambiguous_number_message_in_vietnamese_and_english()
    {
        var file = Path.Combine(TestPaths.BadInputs, "ambiguous-number.yaml");
        Assert.Contains($"""
            {file}:20:20: lỗi: ket_qua[0].chi_tieu[0].thuc_hien: Số "1.250" không rõ nghĩa: có thể đọc là 1250 (số nguyên) hoặc 1,25 (số thập phân).
                Cách sửa: Viết 1250 nếu là số nguyên; viết 1,25 nếu là số thập phân.
            """, CliRunner.Invoke("validate", file).Error);
        Assert.Contains($"""
            {file}:20:20: error: ket_qua[0].chi_tieu[0].thuc_hien: The number "1.250" is ambiguous: it reads as 1250 (a whole number) or 1,25 (a decimal).
                How to fix: Write 1250 for the whole number; write 1,25 for the decimal.
            """, CliRunner.Invoke("validate", file, "--lang", "en").Error);
    }

    [Fact]
    public void Validate_goes_on_after_a_bad_file()
    {
        var run = CliRunner.Invoke("validate", Path.Combine(TestPaths.BadInputs, "quarter-5.yaml"), TestPaths.Minimal);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{TestPaths.Minimal}: hợp lệ.", run.Out);
        Assert.Contains("Đã kiểm tra 2 tệp: 1 hợp lệ, 1 có lỗi.", run.Out);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "x.yaml", "--khong-co")]
    [InlineData("khong-co-lenh")]
    [InlineData("validate", "x.yaml", "--lang", "fr")]
    [InlineData("init")]
    [InlineData("init", "-o", "x.yaml", "--quy", "5")]
    [InlineData("init", "-o", "x.yaml", "--loai", "Đảng")]
    [InlineData("init", "-o", "x.yaml", "--nam", "hai")]
    public void Usage_errors_exit_2_with_a_hint(params string[] args)
    {
        var run = CliRunner.Invoke(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("baocao --help", run.Error);
    }

    [Fact]
    public void Help_is_vietnamese_with_examples_and_english_on_request()
    {
        var vi = CliRunner.Invoke("--help");
        Assert.Equal(0, vi.ExitCode);
        Assert.Contains("Ví dụ:", vi.Out);
        Assert.Contains("baocao validate", vi.Out);
        Assert.Contains("Mã thoát", vi.Out);
        Assert.Contains("Examples:", CliRunner.Invoke("--help", "--lang", "en").Out);
        Assert.Contains("baocao init -o", CliRunner.Invoke("init", "--help").Out);
        Assert.Contains("tệp:dòng:cột", CliRunner.Invoke("validate", "-h").Out);
    }

    [Theory]
    [InlineData("dang", null, null, null)]
    [InlineData("chinh_quyen", "2024", "2", "Ủy ban nhân dân huyện Mỹ Đức")]
    [InlineData("dang", "2025", "2", "Huyện ủy Đan Phượng")] // the district level ended on 1/7/2025
    [InlineData("dang", "2025", "4", "Đảng ủy xã Ô Diên")]
    [InlineData("dang", "2024", "1", "Đảng ủy phường Ba Đình: \"mới\" # 2025")]
    public void Init_writes_a_starting_file_that_validates(string regime, string? year, string? quarter, string? issuer)
    {
        using var temp = new TempFolder();
        var target = temp.File("quy.yaml");
        var args = new List<string> { "init", "-o", target, "--loai", regime };
        if (year is not null) args.AddRange(["--nam", year, "--quy", quarter!]);
        if (issuer is not null) args.AddRange(["--co-quan", issuer]);

        var run = CliRunner.Invoke([.. args]);

        Assert.Equal(0, run.ExitCode);
        var loaded = DataFileLoader.LoadFile(target);
        Assert.Empty(loaded.Diagnostics);
        var data = loaded.Data!;
        Assert.Equal(regime == "dang" ? Regime.Party : Regime.State, data.Regime);
        Assert.Equal(year is null ? 2024 : int.Parse(year), data.Reporting.Period.Year);
        Assert.Equal(quarter is null ? 2 : int.Parse(quarter), data.Reporting.Period.Quarter);
        if (issuer is not null) Assert.Equal(issuer, data.Issuer.Name);
        Assert.True(File.Exists(temp.File(JsonSchemaWriter.FileName)));
        Assert.StartsWith("# yaml-language-server: $schema=baocao.schema.json", File.ReadAllText(target));
    }

    [Fact]
    public void Init_reads_level_locality_and_symbol_from_the_name()
    {
        using var temp = new TempFolder();
        CliRunner.Invoke("init", "-o", temp.File("a.yaml"), "--co-quan", "Huyện ủy Đan Phượng");
        var party = DataFileLoader.LoadFile(temp.File("a.yaml")).Data!;
        Assert.Equal(("HU", "Đan Phượng", "huyện Đan Phượng"), (party.Issuer.Symbol, party.Issuer.Locality, party.Issuer.UnitName));

        CliRunner.Invoke("init", "-o", temp.File("b.yaml"), "--loai", "chinh_quyen", "--co-quan", "Ủy ban nhân dân xã Ô Diên");
        var state = DataFileLoader.LoadFile(temp.File("b.yaml")).Data!;
        Assert.Equal(("UBND", "xã Ô Diên"), (state.Issuer.Symbol, state.Issuer.UnitName));
    }

    [Fact]
    public void Init_never_overwrites_an_existing_file()
    {
        using var temp = new TempFolder();
        var target = temp.File("quy.yaml");
        File.WriteAllText(target, "dữ liệu của tôi");

        var run = CliRunner.Invoke("init", "-o", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("không ghi đè", run.Error);
        Assert.Equal("dữ liệu của tôi", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Schema_prints_the_committed_schema()
    {
        var run = CliRunner.Invoke("schema");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(TestPaths.Schema), run.Out);
    }
}
