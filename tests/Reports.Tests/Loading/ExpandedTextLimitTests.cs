using System.Text;
using Reports.Core;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// Issue 15 item 1: a file inside the size and node limits whose aliases repeat one long statement
/// thousands of times. The loader counts the text aliases bring in and stops at the alias that crosses
/// the budget, before a build could try to lay the text out.
/// </summary>
public sealed class ExpandedTextLimitTests
{
    private const int StatementLength = 3_999;

    /// <summary>"a: &amp;a "xxx…"" then "b:" and one "  - *a" line per alias (alias k on line 2 + k).</summary>
    private static byte[] Repeating(int aliases)
    {
        var text = new StringBuilder("a: &a \"").Append('x', StatementLength).Append("\"\nb:\n");
        for (var i = 0; i < aliases; i++) text.Append("  - *a\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void A_hundred_and_ninety_five_thousand_aliases_of_a_long_statement_are_refused_where_the_budget_runs_out()
    {
        var bytes = Repeating(195_000);
        Assert.True(bytes.Length < 5 * 1024 * 1024, "within the input size limit");
        var result = DataFileLoader.Load("x.yaml", bytes);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(MessageId.ExpandedTextTooLarge, d.Id);
        // Keys "a" and "b" and the statement make 4,001 characters; each alias adds 3,999, and the 500th
        // takes the total to 2,003,501, past 2,000,000.
        Assert.Equal(new SourceLocation("x.yaml", 2 + 500, 5), d.Location);
        Assert.Equal(["2.000.000"], d.Arguments);
    }

    [Fact]
    public void Text_just_under_the_budget_loads_as_far_as_the_shape_check()
    {
        var result = DataFileLoader.Load("x.yaml", Repeating(499));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is MessageId.ExpandedTextTooLarge or MessageId.AliasBudget);
    }

    [Fact]
    public void The_message_names_the_limit_and_a_fix_in_both_languages()
    {
        var d = Assert.Single(DataFileLoader.Load("x.yaml", Repeating(3_000)).Diagnostics);
        var vi = DiagnosticWriter.Write(d, Language.Vietnamese);
        var en = DiagnosticWriter.Write(d, Language.English);
        Assert.Contains("x.yaml:502:5", vi);
        Assert.Contains("hơn 2.000.000 ký tự", vi);
        Assert.Contains("Mỗi nội dung chỉ viết một lần", vi);
        Assert.Contains("x.yaml:502:5", en);
        Assert.Contains("more than 2.000.000 characters", en);
        Assert.Contains("Write each statement once", en);
    }

    [Fact]
    public void Nested_anchors_count_every_character_they_repeat()
    {
        // Ten aliases of a list holding the statement ten times: 100 copies without 100 alias lines.
        var text = new StringBuilder("a: &a \"").Append('x', StatementLength).Append("\"\nten: &t [")
            .Append(string.Join(", ", Enumerable.Repeat("*a", 10))).Append("]\nhundreds:\n");
        for (var i = 0; i < 10; i++) text.Append("  - [*t, *t, *t, *t, *t, *t, *t, *t, *t, *t]\n");
        var d = Assert.Single(DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(text.ToString())).Diagnostics);
        Assert.Equal(MessageId.ExpandedTextTooLarge, d.Id);
        // 44,001 characters before the lists (keys, the statement, "ten"), 39,990 per *t: the 49th *t,
        // ninth on line 8, crosses.
        Assert.Equal(new SourceLocation("x.yaml", 8, 38), d.Location);
    }
}
