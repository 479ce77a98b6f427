using System.Text.RegularExpressions;
using Reports.Core;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// Every file in Inputs/bad states, in "# expect: LINE:COL MessageId [warning]" lines, exactly the
/// diagnostics it must produce: no more, no fewer, at those positions.
/// </summary>
public sealed partial class BadInputCorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in TestPaths.BadFiles) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reports_exactly_the_expected_diagnostics(string name)
    {
        var path = Path.Combine(TestPaths.BadInputs, name);
        var expected = Expectations(path);
        Assert.NotEmpty(expected);

        var result = DataFileLoader.LoadFile(path);

        var actual = result.Diagnostics
            .Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Id}{(d.IsError ? "" : " warning")}")
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(expected.Any(e => !e.EndsWith(" warning", StringComparison.Ordinal)), !result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.Location.File));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_message_reads_whole_in_both_languages(string name)
    {
        var result = DataFileLoader.LoadFile(Path.Combine(TestPaths.BadInputs, name));
        foreach (var d in result.Diagnostics)
        {
            foreach (var language in new[] { Language.Vietnamese, Language.English })
            {
                var text = DiagnosticWriter.Write(d, language);
                Assert.DoesNotMatch(@"\{\d\}", text);
                Assert.DoesNotContain('\u0001', text);
                Assert.DoesNotContain("  ", d.Message(language));
                Assert.NotEqual("", d.Fix(language));
            }
        }
    }

    [Fact]
    public void The_corpus_covers_every_failure_the_issue_names()
    {
        var ids = TestPaths.BadFiles.SelectMany(Expectations).Select(e => e.Split(' ')[1]).ToHashSet();
        foreach (var id in new[]
                 {
                     MessageId.UnknownKey, MessageId.ExpectedList, MessageId.ExpectedGroup, MessageId.MissingKey,
                     MessageId.OutOfRange, MessageId.PartExceedsWhole, MessageId.BelowMinimum, MessageId.ImpossibleDate,
                     MessageId.DuplicateKey, MessageId.AmbiguousNumber, MessageId.AliasBudget, MessageId.TabIndent,
                     MessageId.FileEmpty, MessageId.RootNotMapping,
                 })
            Assert.Contains(id.ToString(), ids);
    }

    internal static List<string> Expectations(string path) =>
        File.ReadLines(path)
            .Select(l => ExpectLine().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Trim())
            .ToList();

    [GeneratedRegex(@"^# expect: (.+)$")]
    private static partial Regex ExpectLine();
}
