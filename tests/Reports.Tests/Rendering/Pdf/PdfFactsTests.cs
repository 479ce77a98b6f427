using Reports.Tests.Support;
using Xunit;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>The finished PDF of every fixture, read back by a PDF reader other than ours.</summary>
public sealed class PdfFactsTests
{
    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Every_fixture_report_is_A4_portrait_and_reads_back_its_subject(string fixture)
    {
        var path = Path.Combine(TestPaths.Fixtures, fixture);
        var pdf = PdfFacts.Build(path);
        // Portrait, then landscape pages only for an appendix (phu_luc), after the report's own.
        var sizes = PdfFacts.PageSizes(pdf);
        var portrait = sizes.TakeWhile(size => size == (595d, 842d)).Count();
        Assert.All(sizes.Skip(portrait), size => Assert.Equal((842d, 595d), size));
        Assert.Equal(Reports.Tests.Compose.Composed.Data(fixture).HasAppendix, portrait < sizes.Count);
        var text = string.Join("\n", PdfFacts.Lines(pdf).SelectMany(p => p).Select(l => l.Text));
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("Nơi nhận", text);
    }
}
