using Reports.Document;
using Reports.Tests.Rendering;
using Xunit;

namespace Reports.Tests.Photos;

/// <summary>The one sizing rule DOCX, PDF and HTML share: text width at most, 60% of the text height at most, proportions kept, never enlarged.</summary>
public sealed class PictureBoxTests
{
    private static readonly Presentation Page = SampleDocuments.PartyPresentation; // A4, margins 20/20/30/15 mm

    private static ImageData Image(int width, int height) => new([], ImageFormat.Jpeg, width, height, "x.jpg");

    [Theory]
    [InlineData(4000, 3000, 467.717, 350.787)] // a camera photo: the 165 mm text width
    [InlineData(3000, 4000, 327.827, 437.102)] // a portrait photo: 60% of the 257 mm (728,5 pt) text height
    [InlineData(200, 100, 150, 75)]            // small: its size at 96 dpi, not blown up
    [InlineData(20000, 16, 467.717, 0.374)]    // a strip: still the text width, its own proportions
    public void Fits_within_the_text_keeping_proportions(int width, int height, double expectedWidth, double expectedHeight)
    {
        var (w, h) = PictureBox.Fit(Image(width, height), Page);
        Assert.Equal(expectedWidth, w, 3);
        Assert.Equal(expectedHeight, h, 3);
        Assert.Equal((double)width / height, w / h, 6);
    }
}
