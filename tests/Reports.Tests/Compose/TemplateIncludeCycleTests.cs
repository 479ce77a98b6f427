using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// Issue 15 item 14: two templates that include each other are reported at the include that closes the
/// circle, in the user's file, with the circle spelled out and the fix for it (not a limit, not a built-in).
/// </summary>
public sealed class TemplateIncludeCycleTests
{
    [Fact]
    public void Two_templates_that_include_each_other_name_the_include_that_closes_the_circle()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("phan"));
        var opening = folder.File(Path.Combine("phan", "mo-dau.scriban"));
        var review = folder.File(Path.Combine("phan", "danh-gia.scriban"));
        File.WriteAllText(opening, "Mở đầu.\n\n{{ include 'phan/danh-gia' }}\n");
        File.WriteAllText(review, "Đánh giá.\n\nThêm một dòng.\n{{ include 'phan/mo-dau' }}\n");

        var result = new ReportComposer(TemplateSet.Load(folder.Path)).Compose(Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml"));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(MessageId.TemplateIncludeCycle, error.Id);
        Assert.Equal((review, 4, 4), (error.Location.File, error.Location.Line, error.Location.Column));
        var vietnamese = DiagnosticWriter.Write(error, Language.Vietnamese);
        Assert.Contains("gọi lại mẫu mo-dau.scriban theo vòng tròn (mo-dau.scriban → danh-gia.scriban → mo-dau.scriban)", vietnamese);
        Assert.Contains("Cách sửa: Bỏ lệnh include này", vietnamese);
        Assert.Contains("The include here calls the template mo-dau.scriban again in a circle (mo-dau.scriban → danh-gia.scriban → mo-dau.scriban)",
            DiagnosticWriter.Write(error, Language.English));
    }

    [Fact]
    public void A_template_may_include_itself_under_a_condition_that_ends()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("phan"));
        // The opening sets a count; the review counts it down, entering its own file four times in a row,
        // under the depth that marks a circle.
        File.WriteAllText(folder.File(Path.Combine("phan", "mo-dau.scriban")), "{{ con_lai = 3 }}{{ include 'phan/danh-gia' }}\n");
        File.WriteAllText(folder.File(Path.Combine("phan", "danh-gia.scriban")),
            "{{ if con_lai > 0 }}Lần {{ con_lai }}.\n\n{{ con_lai = con_lai - 1; include 'phan/danh-gia' }}{{ end }}\n");
        var result = new ReportComposer(TemplateSet.Load(folder.Path)).Compose(Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml"));
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => DiagnosticWriter.Write(d, Language.English))));
        Assert.NotNull(result.Document);
    }
}
