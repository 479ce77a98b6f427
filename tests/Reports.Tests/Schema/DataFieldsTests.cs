using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Reports.Core;
using Reports.Core.Init;
using Reports.Core.Schema;
using Xunit;

namespace Reports.Tests.Schema;

/// <summary>
/// Each key of the data file is declared once, in <see cref="DataFields"/>: no other C# file spells it,
/// every declaration is part of the shape the loader checks, and the init files use declared keys only.
/// </summary>
public sealed partial class DataFieldsTests
{
    private static readonly string Declarations = Path.Combine("src", "Reports.Core", "Schema", "Fields", "DataFields.cs");

    /// <summary>
    /// Template functions spelt like a key by coincidence ("so" formats a number, "ky" names a period,
    /// "chi_tieu" words a figure): they are names templates call, not keys of the file.
    /// </summary>
    private static readonly HashSet<string> FunctionNames = ["so", "ky", "chi_tieu"];

    public static IReadOnlySet<string> DeclaredKeys { get; } = KeysOf(DataFileShape.Root);

    [Fact]
    public void Every_key_is_spelt_in_one_source_file_only()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(TestPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Select(f => (Path: Path.GetRelativePath(TestPaths.Root, f), Text: File.ReadAllText(f)))
            .ToList();
        Assert.Contains(sources, s => s.Path == Declarations);

        var problems = new List<string>();
        foreach (var key in DeclaredKeys.Order(StringComparer.Ordinal))
        {
            var literal = "\"" + key + "\"";
            var files = sources.Where(s => s.Text.Contains(literal, StringComparison.Ordinal))
                .Select(s => s.Path)
                .Where(p => !(FunctionNames.Contains(key) && IsTemplateFunctions(p)))
                .ToList();
            if (files.Count != 1 || files[0] != Declarations)
                problems.Add($"{literal}: {string.Join(", ", files)}");
        }
        Assert.True(problems.Count == 0, "Keys spelt outside " + Declarations + ":\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_declared_field_is_part_of_the_shape()
    {
        var inShape = new HashSet<Field>(ReferenceEqualityComparer.Instance);
        CollectFields(DataFileShape.Root, inShape);
        var declared = typeof(DataFields).GetNestedTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => typeof(DataField).IsAssignableFrom(f.FieldType))
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Field: (DataField)f.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(declared);
        Assert.All(declared, d => Assert.True(inShape.Contains(d.Field.Field), d.Name + " is declared but not in DataFileShape.Root"));
    }

    [Theory]
    [InlineData("init-dang.yaml")]
    [InlineData("init-chinh-quyen.yaml")]
    public void Init_files_use_declared_keys_only_even_in_comments(string name)
    {
        var path = Path.Combine(TestPaths.Root, "src", "Reports.Core", "Init", name);
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var undeclared = lines
            .Select((line, i) => (Line: i + 1, Match: KeyLine().Match(line)))
            .Where(x => x.Match.Success && !DeclaredKeys.Contains(x.Match.Groups[1].Value))
            .Select(x => $"{name}:{x.Line}: {x.Match.Groups[1].Value}")
            .ToList();
        Assert.Empty(undeclared);
    }

    [Theory]
    [InlineData(Regime.Party)]
    [InlineData(Regime.State)]
    public void Starting_files_load_without_any_diagnostic(Regime regime)
    {
        var text = StartingFile.Write(new(regime, new(2024, 2), new(2024, 6, 15), null, "x.yaml", "baocao.schema.json"));
        var result = Reports.Core.DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(text));
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Data);
    }

    /// <summary>"key:", "- key:" or "# key:" (a commented-out optional key) at the start of a line.</summary>
    [GeneratedRegex(@"^\s*(?:#\s*)?(?:-\s+)?([a-z_]+):(?:\s|$)")]
    private static partial Regex KeyLine();

    private static IReadOnlySet<string> KeysOf(GroupShape root)
    {
        var fields = new HashSet<Field>(ReferenceEqualityComparer.Instance);
        CollectFields(root, fields);
        return fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static void CollectFields(Shape shape, HashSet<Field> into)
    {
        switch (shape)
        {
            case GroupShape group:
                foreach (var field in group.Fields)
                    if (into.Add(field)) CollectFields(field.Shape, into);
                break;
            case ListShape list:
                CollectFields(list.Item, into);
                break;
            case TextOrGroupShape either:
                CollectFields(either.Group, into);
                break;
        }
    }

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    /// <summary>The file that registers template functions (Reports.Compose/Templating/*Functions.cs).</summary>
    private static bool IsTemplateFunctions(string path) =>
        path.StartsWith(Path.Combine("src", "Reports.Compose"), StringComparison.Ordinal)
        && Path.GetFileName(path).EndsWith("Functions.cs", StringComparison.Ordinal);
}
