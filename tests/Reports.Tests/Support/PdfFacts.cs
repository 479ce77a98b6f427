using Reports.Compose.Templating;
using Reports.Core;
using Reports.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Reports.Tests.Support;

/// <summary>
/// What a reader of the finished PDF sees, read back with PdfPig: page sizes, lines of words with their
/// positions, images. Tests state facts about outputs through this, never about the renderer's internals.
/// </summary>
internal static class PdfFacts
{
    private static readonly Lazy<TemplateSet> Templates = new(() => TemplateSet.Load());

    /// <summary>The PDF of one document ("bao-cao" or "tin-bai") of a data file, built in memory.</summary>
    public static byte[] Build(string dataFile, string document = "bao-cao")
    {
        var data = DataFileLoader.LoadFile(dataFile).Data
            ?? throw new InvalidOperationException(dataFile + " does not load");
        var options = new BuildOptions { Formats = ["pdf"] };
        return new BuildPipeline(options).Produce(data, "t", Templates.Value)
            .Single(o => o.FileName == $"t.{document}.pdf").Content;
    }

    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>Each page's lines, top to bottom: words grouped by baseline, left to right.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Lines(byte[] pdf)
    {
        using var doc = Open(pdf);
        return doc.GetPages().Select(page => (IReadOnlyList<PdfLine>)page.GetWords()
                .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 1))
                .OrderByDescending(g => g.Key)
                .Select(g =>
                {
                    var words = g.OrderBy(w => w.BoundingBox.Left).ToList();
                    return new PdfLine(page.Number, string.Join(" ", words.Select(w => w.Text)),
                        words[0].BoundingBox.Left, words[^1].BoundingBox.Right, g.Key);
                })
                .ToList())
            .ToList();
    }

    /// <summary>Every page's size in points, portrait (595 × 842) or landscape (842 × 595).</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(byte[] pdf)
    {
        using var doc = Open(pdf);
        return doc.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))).ToList();
    }

    public static int ImageCount(byte[] pdf)
    {
        using var doc = Open(pdf);
        return doc.GetPages().Sum(p => p.GetImages().Count());
    }
}

/// <summary>One printed line of a page: its words joined by spaces, its left and right ends and baseline in pt.</summary>
internal sealed record PdfLine(int Page, string Text, double Left, double Right, double Baseline);
