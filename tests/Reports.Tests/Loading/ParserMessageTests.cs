using System.Text;
using Reports.Core;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// Issue 15 item 15: broken YAML of every kind the parser rejects goes through the loader in both
/// languages. The Vietnamese text holds none of the parser's English, and every message has a line and a
/// column, a fix, and no raw control character.
/// </summary>
public sealed class ParserMessageTests
{
    /// <summary>Broken files, small enough to read in the test name; each must fail to load.</summary>
    public static TheoryData<string, string> Broken() => new()
    {
        { "empty", "" },
        { "blank lines", "  \n\n" },
        { "comment only", "# chỉ có ghi chú\n" },
        { "unclosed double quote", "a: \"x\n" },
        { "unclosed single quote", "a: 'x\n" },
        { "lone surrogate escape", "a: \"x\\uD800y\"\n" },
        { "low surrogate escape", "a: \"x\\uDC00y\"\n" },
        { "unknown escape", "a: \"\\q\"\n" },
        { "bad hex escape", "a: \"x\\xZZ\"\n" },
        { "short unicode escape", "a: \"x\\u12\"\n" },
        { "unclosed bracket", "a: [1, 2\n" },
        { "unclosed brace", "a: {b: 1\n" },
        { "flow root", "[a, b\n" },
        { "anchor without name", "a: &\n" },
        { "alias without name", "a: *\n" },
        { "unknown alias", "a: &x 1\nb: *y\n" },
        { "reserved at sign", "a: @x\n" },
        { "reserved backtick", "a: `x\n" },
        { "broken verbatim tag", "a: !<x y\n" },
        { "two version directives", "%YAML 1.1\n%YAML 1.1\n---\na: 1\n" },
        { "colon in value", "a: b: c\n" },
        { "bad indentation", "a:\n  - b\n c: d\n" },
        { "missing colon", "a: 1\nb 2\nc: 3\n" },
        { "simple key in flow", "a: {b: c, d e: f}x\n" },
        { "sequence then mapping", "- a\nb: c\n" },
        { "block scalar indentation", "a: |\n x\n  y\n z: 1\n" },
        { "tab indentation", "a:\n\t- x\n" },
        { "two documents", "a: 1\n---\nb: 2\n" },
        { "document end then more", "a: 1\n...\nb: 2\n" },
        { "duplicate key", "a: 1\na: 2\n" },
        { "terminal escape", "a: \"\\e[2J\\e[H\\e[32mOK: hợp lệ.\\e[0m\"\n" },
        { "nul escape", "a: \"x\\0y\"\n" },
        { "raw escape", "a: x\u001by\n" },
        { "raw delete", "a: x\u007fy\n" },
        { "raw C1", "a: x\u009by\n" },
        { "control in key", "\"a\\x07\": 1\n" },
        { "deep nesting", string.Concat(Enumerable.Repeat("[", 100)) + "\n" },
        { "binary", "a: 1\n\u0000\u0001\u0002" },
    };

    /// <summary>Words of YamlDotNet's and .NET's own messages; none belongs in a Vietnamese sentence.</summary>
    private static readonly string[] ParserEnglish =
    [
        "While ", "scanning", "parsing", "found ", "expected", "Parameter", "String contains", "code points",
        "scalar", "token", "mapping", "directive", "did not find", "Exception",
    ];

    [Theory]
    [MemberData(nameof(Broken))]
    public void Every_message_is_located_and_vietnamese_holds_no_parser_english(string name, string yaml)
    {
        var result = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(yaml));
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Location.Line > 0 && d.Location.Column > 0, $"{name}: {d.Id} has no line and column");
            var vietnamese = DiagnosticWriter.Write(d, Language.Vietnamese);
            var english = DiagnosticWriter.Write(d, Language.English);
            foreach (var word in ParserEnglish) Assert.DoesNotContain(word, vietnamese, StringComparison.OrdinalIgnoreCase);
            Assert.StartsWith($"x.yaml:{d.Location.Line}:{d.Location.Column}: lỗi: ", vietnamese, StringComparison.Ordinal);
            Assert.StartsWith($"x.yaml:{d.Location.Line}:{d.Location.Column}: error: ", english, StringComparison.Ordinal);
            Assert.NotEqual(vietnamese, english);
            foreach (var text in new[] { vietnamese, english })
            {
                Assert.Contains("\n    ", text);
                Assert.DoesNotContain(text, c => c < ' ' && c != '\n');
                Assert.DoesNotContain(text, c => c is >= '\u007F' and <= '\u009F');
            }
        }
    }

    [Theory]
    [InlineData("a: \"x\\uD800y\"\n", 1, 6, "\\uD800")]
    [InlineData("a: \"ok\"\nb: \"C:\\Users\"\n", 2, 7, "\\Users")]
    [InlineData("a: \"x\\xZZ\"\n", 1, 6, "\\xZZ")]
    public void A_bad_escape_is_named_where_it_is_typed(string yaml, int line, int column, string escape)
    {
        var d = Assert.Single(DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(yaml)).Diagnostics);
        Assert.Equal(MessageId.YamlBadEscape, d.Id);
        Assert.Equal((line, column), (d.Location.Line, d.Location.Column));
        Assert.Contains($"Chuỗi thoát {escape} trong ngoặc kép", d.Message(Language.Vietnamese));
        Assert.Contains($"The escape {escape} inside double quotes", d.Message(Language.English));
    }

    [Fact]
    public void A_surrogate_pair_written_as_two_escapes_is_one_character()
    {
        var result = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes("a: \"x\\uD83D\\uDE00y\"\n"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is MessageId.YamlBadEscape or MessageId.InvalidCharacter or MessageId.YamlUnclosedQuote);
    }

    [Fact]
    public void An_empty_file_is_reported_at_its_first_line()
    {
        var d = Assert.Single(DataFileLoader.Load("x.yaml", []).Diagnostics);
        Assert.Equal(MessageId.FileEmpty, d.Id);
        Assert.StartsWith("x.yaml:1:1: lỗi: Tệp trống", DiagnosticWriter.Write(d, Language.Vietnamese), StringComparison.Ordinal);
    }
}
