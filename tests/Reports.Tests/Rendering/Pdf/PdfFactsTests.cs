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
        var pdf = PdfFacts.Build(Path.Combine(TestPaths.Fixtures, fixture));
        Assert.All(PdfFacts.PageSizes(pdf), size => Assert.Equal((595d, 842d), size));
        var text = string.Join("\n", PdfFacts.Lines(pdf).SelectMany(p => p).Select(l => l.Text));
        Assert.Contains("BÁO CÁO", text);
        Assert.Contains("Nơi nhận", text);
    }
}
