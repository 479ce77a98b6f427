using System.Text.Json.Nodes;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Schema;
using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests.Schema;

/// <summary>
/// The shipped JSON Schema and the loader accept and reject the same files. The only differences are the
/// checks JSON Schema cannot express, listed here by name.
/// </summary>
public sealed class SchemaParityTests
{
    /// <summary>The loader refuses these; JSON Schema cannot see them (it reads 1.250 as 1.25, cannot compare two values, nor bound a number written as text).</summary>
    private static readonly HashSet<string> LoaderOnly =
    [
        nameof(MessageId.AmbiguousNumber), nameof(MessageId.PartExceedsWhole), nameof(MessageId.ZeroWhole),
        nameof(MessageId.FontSizeForRegime),
        // Numbers are often text in YAML ("12,5"), so the schema cannot bound them; codes refer across the file.
        nameof(MessageId.FigureTooLarge), nameof(MessageId.FigureTooSmall), nameof(MessageId.DuplicateFigureCode),
        nameof(MessageId.FigureCodeUnknown), nameof(MessageId.FigureCodeUnknownNoCodes), nameof(MessageId.FigureCodeInOtherDomain),
    ];

    /// <summary>Refused while reading YAML, before any schema applies; editors flag these as YAML errors.</summary>
    private static readonly HashSet<string> YamlLevel =
    [
        nameof(MessageId.AliasBudget), nameof(MessageId.ExpandedTextTooLarge), nameof(MessageId.AliasUnknown), nameof(MessageId.DuplicateKey), nameof(MessageId.TabIndent),
        nameof(MessageId.YamlSyntax), nameof(MessageId.YamlColonInValue), nameof(MessageId.YamlIndentation),
        nameof(MessageId.YamlUnclosedQuote), nameof(MessageId.YamlUnclosedBracket), nameof(MessageId.MultipleDocuments),
        nameof(MessageId.FileEmpty), nameof(MessageId.TooDeep),
    ];

    private static readonly Lazy<JsonNode> Schema = new(() => JsonNode.Parse(File.ReadAllText(TestPaths.Schema))!);

    [Fact]
    public void The_committed_schema_is_the_one_the_shapes_generate()
    {
        Assert.Equal(JsonSchemaWriter.Write(DataFileShape.Root), File.ReadAllText(TestPaths.Schema));
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in TestPaths.FixtureFiles.Append(TestPaths.Minimal).Concat(TestPaths.BadFiles)) data.Add(Path.GetRelativePath(TestPaths.Root, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Schema_and_loader_agree(string relativePath)
    {
        var path = Path.Combine(TestPaths.Root, relativePath);
        var loaded = DataFileLoader.LoadFile(path);
        var errorIds = loaded.Diagnostics.Where(d => d.IsError).Select(d => d.Id.ToString()).ToHashSet();
        if (errorIds.Overlaps(YamlLevel)) return;

        var schemaErrors = JsonSchemaCheck.Validate(Schema.Value, YamlToJson.Convert(File.ReadAllText(path)));

        if (errorIds.Count > 0 && errorIds.IsSubsetOf(LoaderOnly))
        {
            Assert.Empty(schemaErrors); // the documented gap, and only it
            return;
        }
        Assert.Equal(loaded.Succeeded, schemaErrors.Count == 0);
    }

    [Fact]
    public void Starting_files_from_init_pass_the_schema()
    {
        foreach (var regime in new[] { Reports.Core.Regime.Party, Reports.Core.Regime.State })
        {
            var text = Reports.Core.Init.StartingFile.Write(new(regime, new(2024, 2), new(2024, 6, 15), null, "x.yaml", "baocao.schema.json"));
            Assert.Empty(JsonSchemaCheck.Validate(Schema.Value, YamlToJson.Convert(text)));
        }
    }
}
