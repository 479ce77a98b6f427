using System.Text.RegularExpressions;
using Reports.Compose.Templating;
using Reports.Compose.View;
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

    [Fact]
    public void Every_variable_the_readme_names_exists_in_the_view()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.Root, "README.md"));
        var start = readme.IndexOf("**Biến**", StringComparison.Ordinal);
        var end = readme.IndexOf("Khóa không có trong tệp dữ liệu", start, StringComparison.Ordinal);
        var listed = NameInBackticks().Matches(readme[start..end]).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(listed);

        var view = ReportView.Build(Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml"));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Collect(view, "", paths, keys);
        // "co_quan.cap" is a path from the top; a bare "stt" is a key of some item (a domain, a figure, a task).
        Assert.All(listed, name => Assert.True(name.Contains('.') ? paths.Contains(name) : keys.Contains(name), $"README names {name}"));
    }

    private static void Collect(object? value, string prefix, HashSet<string> paths, HashSet<string> keys)
    {
        switch (value)
        {
            case ViewObject o:
                foreach (var (key, child) in o)
                {
                    var path = prefix.Length == 0 ? key : prefix + "." + key;
                    paths.Add(path);
                    keys.Add(key);
                    Collect(child, path, paths, keys);
                }
                break;
            case System.Collections.IEnumerable items and not string:
                foreach (var item in items) Collect(item, prefix, paths, keys);
                break;
        }
    }

    [GeneratedRegex(@"`([a-z_]+)[ `]")]
    private static partial Regex FirstWordInBackticks();

    [GeneratedRegex(@"`([a-z_]+(?:\.[a-z_]+)*)`")]
    private static partial Regex NameInBackticks();
}
