using System.Diagnostics;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Cli;

/// <summary>
/// Issue 15 item 13: many container images set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, where no "vi-VN"
/// culture exists. The tool runs as a child process with and without it and must write the same bytes.
/// </summary>
public sealed class InvariantGlobalizationTests
{
    private static (int Code, string Out, string Error) Run(bool invariant, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "baocao.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariant ? "1" : "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "baocao did not finish");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--help", "--lang", "en")]
    public void Help_is_the_same_with_invariant_globalization(params string[] args)
    {
        var normal = Run(false, args);
        var invariant = Run(true, args);
        Assert.Equal(0, invariant.Code);
        Assert.DoesNotContain("CultureNotFoundException", invariant.Error);
        Assert.Equal(normal.Out, invariant.Out);
        Assert.Equal(normal.Error, invariant.Error);
        Assert.Contains(args.Length == 1 ? "Cách dùng" : "Usage", invariant.Out);
    }

    [Fact]
    public void A_build_writes_the_same_bytes_with_invariant_globalization()
    {
        using var temp = new TempFolder();
        var normalOut = Path.Combine(temp.Path, "normal");
        var invariantOut = Path.Combine(temp.Path, "invariant");
        var normal = Run(false, "build", TestPaths.Fixtures, "-o", normalOut);
        var invariant = Run(true, "build", TestPaths.Fixtures, "-o", invariantOut);
        Assert.Equal(0, normal.Code);
        Assert.Equal(0, invariant.Code);

        var names = Directory.GetFiles(normalOut).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(invariantOut).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains(names, n => n!.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.Contains(names, n => n!.EndsWith(".docx", StringComparison.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(normalOut, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(invariantOut, name!))),
                name + " differs with invariant globalization");
    }

    [Fact]
    public void A_bad_file_is_reported_the_same_with_invariant_globalization()
    {
        var file = Path.Combine(TestPaths.BadInputs, "unknown-key.yaml");
        foreach (var lang in new[] { "vi", "en" })
        {
            var normal = Run(false, "validate", file, "--lang", lang);
            var invariant = Run(true, "validate", file, "--lang", lang);
            Assert.Equal(1, invariant.Code);
            Assert.Equal(normal.Error, invariant.Error);
            Assert.Equal(normal.Out, invariant.Out);
        }
    }

    [Theory]
    [InlineData("đảng ủy xã ô diên", "ĐẢNG ỦY XÃ Ô DIÊN")]
    [InlineData("ủy ban nhân dân phường ứng hòa", "ỦY BAN NHÂN DÂN PHƯỜNG ỨNG HÒA")]
    [InlineData("ơn, ư, ă, â, ê, ô, đ, ỹ", "ƠN, Ư, Ă, Â, Ê, Ô, Đ, Ỹ")]
    public void Vietnamese_capitals_do_not_depend_on_the_machine(string lower, string upper)
    {
        Assert.Equal(upper, VietnameseText.ToUpper(lower));
        Assert.Equal('Đ', VietnameseCulture.ToUpper('đ'));
        Assert.Equal('ư', VietnameseCulture.ToLower('Ư'));
    }

    [Fact]
    public void Template_numbers_use_vietnamese_separators_without_icu()
    {
        Assert.Equal("7.396,54", 7396.54m.ToString("N2", VietnameseCulture.Instance));
    }
}
