using System.Text.RegularExpressions;
using Reports.Compose.Templating;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>Template errors send users to the README's list of functions; the list must be the real one.</summary>
public sealed partial class ReadmeTemplateReferenceTests
{
    [Fact]
    public void The_readme_lists_exactly_the_template_functions()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var start = readme.IndexOf("**Hàm**", StringComparison.Ordinal);
        var end = readme.IndexOf("Mẫu không tự tính toán", start, StringComparison.Ordinal);
        var listed = FirstWordInBackticks().Matches(readme[start..end]).Select(m => m.Groups[1].Value)
            .Where(n => n != "ten_ham").ToHashSet();
        var actual = VietnameseFunctions.Create().All.Select(f => f.Key).ToHashSet();
        Assert.Equal(actual.Order(), listed.Order());
    }

    [Fact]
    public void The_readme_lists_every_built_in_template()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        foreach (var source in Composed.BuiltIn.Value.Sources.Where(s => !s.Name.StartsWith("phan/", StringComparison.Ordinal)))
            Assert.Contains($"`{source.Name}.scriban`", readme);
    }

    [GeneratedRegex(@"`([a-z_]+)[ `]")]
    private static partial Regex FirstWordInBackticks();
}
