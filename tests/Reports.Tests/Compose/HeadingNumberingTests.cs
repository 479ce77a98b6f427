using System.Text;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// "trinh_bay.danh_so: gach" numbers headings "I-", "1-", "a-"; without it they read "I.", "1.", "a)" as
/// before. Templates write the numbers with so_muc, so the built-in ones follow the style.
/// </summary>
public sealed class HeadingNumberingTests
{
    [Theory]
    [InlineData(1, 2, HeadingNumbering.Dotted, "II.")]
    [InlineData(2, 3, HeadingNumbering.Dotted, "3.")]
    [InlineData(3, 5, HeadingNumbering.Dotted, "đ)")]
    [InlineData(1, 2, HeadingNumbering.Dashed, "II-")]
    [InlineData(2, 3, HeadingNumbering.Dashed, "3-")]
    [InlineData(3, 1, HeadingNumbering.Dashed, "a-")]
    public void Section_numbers_by_level_and_style(int level, int n, HeadingNumbering style, string expected) =>
        Assert.Equal(expected, SectionNumber.Format(level, n, style));

    [Theory]
    [InlineData("huyen-uy-dan-phuong-q1-2024.yaml")]
    [InlineData("ubnd-huyen-my-duc-q2-2024.yaml")]
    public void Default_headings_are_dotted(string fixture)
    {
        var d = Composed.Report(fixture);
        Assert.All(d.Headings(1), h => Assert.Matches(@"^[IVX]+\. ", h.Content.PlainText()));
        Assert.All(d.Headings(2), h => Assert.Matches(@"^\d+\. ", h.Content.PlainText()));
        Assert.All(d.Headings(3), h => Assert.Matches(@"^\p{Ll}+\) ", h.Content.PlainText()));
        Assert.NotEmpty(d.Headings(2));
        Assert.Contains(d.Texts(), t => t.StartsWith("1. ", StringComparison.Ordinal)); // the first task
    }

    [Theory]
    [InlineData("huyen-uy-dan-phuong-q1-2024.yaml")]
    [InlineData("ubnd-huyen-my-duc-q2-2024.yaml")]
    public void Dashed_headings_and_tasks(string fixture)
    {
        var data = Composed.Data(fixture);
        var d = Composed.Report(data with { Layout = data.Layout with { Numbering = HeadingNumbering.Dashed } });
        Assert.All(d.Headings(1), h => Assert.Matches(@"^[IVX]+- ", h.Content.PlainText()));
        Assert.All(d.Headings(2), h => Assert.Matches(@"^\d+- ", h.Content.PlainText()));
        Assert.All(d.Headings(3), h => Assert.Matches(@"^\p{Ll}+- ", h.Content.PlainText()));
        Assert.NotEmpty(d.Headings(1));
        Assert.Contains(d.Texts(), t => t.StartsWith("1- ", StringComparison.Ordinal));
        Assert.DoesNotContain(d.Body.OfType<BulletList>(), l => l.Marker.Any(char.IsDigit)); // tasks stay paragraphs, never a list
    }

    [Fact]
    public void The_data_file_key_is_read()
    {
        const string fixture = "ubnd-huyen-my-duc-q2-2024.yaml";
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, fixture)).Replace("trinh_bay:\n", "trinh_bay:\n  danh_so: gach\n", StringComparison.Ordinal);
        var data = DataFileLoader.Load(fixture, Encoding.UTF8.GetBytes(text)).Data!;
        Assert.Equal(HeadingNumbering.Dashed, data.Layout.Numbering);
        Assert.StartsWith("I- ", Composed.Report(data).Headings(1).First().Content.PlainText(), StringComparison.Ordinal);
        Assert.Null(Composed.Data(fixture).Layout.Numbering);
    }
}
