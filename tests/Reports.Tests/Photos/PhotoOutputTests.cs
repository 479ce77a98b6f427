using System.Text;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Reports.Compose;
using Reports.Document;
using Reports.Pipeline;
using Reports.Pipeline.Output;
using Reports.Tests.Compose;
using Reports.Tests.Rendering;
using Reports.Tests.Support;
using Xunit;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Reports.Tests.Photos;

/// <summary>
/// The Đan Phượng fixture's two photos (a JPEG 640 × 400, a PNG 480 × 320) in every output of its article,
/// read back as a reader of each format would: HTML parsed, DOCX opened, PDF read with PdfPig.
/// </summary>
public sealed class PhotoOutputTests
{
    private const string Fixture = "huyen-uy-dan-phuong-q1-2024-anh.yaml";

    private static readonly Lazy<Dictionary<string, byte[]>> Outputs = new(() =>
        new BuildPipeline(new BuildOptions { Documents = [Documents.Article] })
            .Produce(Composed.Data(Fixture), "q1", Composed.BuiltIn.Value)
            .ToDictionary(o => o.FileName, o => o.Content));

    private static readonly Lazy<IReadOnlyList<Core.Model.Photo>> Photos = new(() => Composed.Data(Fixture).Article!.Photos);

    private static string Caption(int i) => Photos.Value[i].Caption;

    [Fact]
    public void The_first_photo_follows_the_lead_and_the_second_comes_later_in_the_body()
    {
        var article = new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data(Fixture))!.Document!;
        var body = article.Body;
        Assert.Equal(ParagraphRole.Lead, Assert.IsType<Paragraph>(body[0]).Role);
        var first = Assert.IsType<Picture>(body[1]);
        Assert.Equal(Caption(0), first.Caption.PlainText());
        var second = Assert.Single(body.Skip(2).OfType<Picture>());
        var at = body.ToList().IndexOf(second);
        Assert.True(at > 4 && at < body.Count - 2, $"second photo at block {at} of {body.Count}");
        Assert.Equal((ImageFormat.Png, 480, 320), (second.Image.Format, second.Image.WidthPx, second.Image.HeightPx));
    }

    [Fact]
    public void The_page_embeds_each_photo_as_a_data_uri_in_a_figure_with_its_caption()
    {
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(Outputs.Value["q1.tin-bai.html"]));
        var figures = page.QuerySelectorAll("main figure.photo").ToList();
        Assert.Equal(2, figures.Count);
        for (var i = 0; i < 2; i++)
        {
            var src = figures[i].QuerySelector("img")!.GetAttribute("src")!;
            var prefix = i == 0 ? "data:image/jpeg;base64," : "data:image/png;base64,";
            Assert.StartsWith(prefix, src, StringComparison.Ordinal);
            Assert.Equal(Photos.Value[i].File.Bytes, Convert.FromBase64String(src[prefix.Length..]));
            Assert.Equal(Caption(i), figures[i].QuerySelector("figcaption")!.TextContent);
        }
        // Printed no wider than the text: 210 - 30 - 15 mm is 467,7 pt; the PNG keeps its 360 pt (480 px at 96 dpi).
        Assert.Contains("width: 467.717pt; height: 292.323pt", figures[0].QuerySelector("img")!.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Contains("width: 360pt; height: 240pt", figures[1].QuerySelector("img")!.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_portal_fragment_refers_to_the_photos_written_beside_it_and_sets_no_indent()
    {
        var text = Encoding.UTF8.GetString(Outputs.Value["q1.tin-bai.noi-dung.html"]);
        var fragment = new HtmlParser().ParseDocument(text);
        var images = fragment.QuerySelectorAll("figure img").ToList();
        Assert.Equal(["q1.tin-bai.anh-1.jpg", "q1.tin-bai.anh-2.png"], images.Select(i => i.GetAttribute("src")));
        Assert.Equal(["640", "480"], images.Select(i => i.GetAttribute("width")));
        Assert.Equal(Photos.Value[0].File.Bytes, Outputs.Value["q1.tin-bai.anh-1.jpg"]);
        Assert.Equal(Photos.Value[1].File.Bytes, Outputs.Value["q1.tin-bai.anh-2.png"]);
        Assert.Equal([Caption(0), Caption(1)], fragment.QuerySelectorAll("figure figcaption").Select(c => c.TextContent));
        // The portal's editor sets paragraphs its own way: no style, class or indent comes with the text.
        Assert.DoesNotContain("style", text, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", text, StringComparison.Ordinal);
        Assert.DoesNotContain("indent", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_writes_each_photo_as_an_image_of_the_file_beside_it_with_its_caption()
    {
        var markdown = Encoding.UTF8.GetString(Outputs.Value["q1.tin-bai.md"]);
        Assert.Contains($"![{Caption(0)}](q1.tin-bai.anh-1.jpg)\n\n*{Caption(0)}*", markdown, StringComparison.Ordinal);
        Assert.Contains($"![{Caption(1)}](q1.tin-bai.anh-2.png)\n\n*{Caption(1)}*", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_docx_holds_each_photo_as_a_media_part_shown_inline_above_its_centred_caption()
    {
        using var doc = DocxReading.Open(Outputs.Value["q1.tin-bai.docx"]);
        var main = doc.MainDocumentPart!;
        var inlines = main.Document.Body!.Descendants<DW.Inline>().ToList();
        Assert.Equal(2, inlines.Count);
        for (var i = 0; i < 2; i++)
        {
            var blip = inlines[i].Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single();
            var part = Assert.IsAssignableFrom<ImagePart>(main.GetPartById(blip.Embed!.Value!));
            Assert.Equal(i == 0 ? "image/jpeg" : "image/png", part.ContentType);
            using var stream = part.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(Photos.Value[i].File.Bytes, copy.ToArray());

            var paragraph = inlines[i].Ancestors<W.Paragraph>().Single();
            Assert.NotNull(paragraph.ParagraphProperties!.KeepNext);
            var caption = Assert.IsType<W.Paragraph>(paragraph.NextSibling());
            // Period phrases are glued with no-break spaces in Word; the words are the same.
            Assert.Equal(Caption(i), caption.Text().Replace('\u00A0', ' '));
            Assert.Equal(W.JustificationValues.Center, caption.ParagraphProperties!.Justification!.Val!.Value);
        }
        // 640 × 400 px fitted to the 467,7 pt text width, in EMU (12.700 per point); the PNG at 96 dpi.
        Assert.Equal((5940000L, 3712500L), (inlines[0].Extent!.Cx!.Value, inlines[0].Extent!.Cy!.Value));
        Assert.Equal((4572000L, 3048000L), (inlines[1].Extent!.Cx!.Value, inlines[1].Extent!.Cy!.Value));
    }

    [Fact]
    public void The_pdf_shows_one_image_per_photo_at_its_fitted_size_with_the_caption_just_below_on_the_same_page()
    {
        var pdf = Outputs.Value["q1.tin-bai.pdf"];
        Assert.Equal(2, PdfFacts.ImageCount(pdf));
        var lines = PdfFacts.Lines(pdf);
        using var doc = PdfFacts.Open(pdf);
        var images = doc.GetPages().SelectMany(p => p.GetImages().Select(image => (Page: p.Number, image.BoundingBox))).ToList();
        Assert.Equal(2, images.Count);
        for (var i = 0; i < 2; i++)
        {
            var (page, bounds) = images[i];
            var caption = lines[page - 1].First(l => l.Text.StartsWith(Caption(i)[..20], StringComparison.Ordinal));
            // Below the picture, within a line's height; centred under it.
            Assert.InRange(bounds.Bottom - caption.Baseline, 0, 20);
            Assert.InRange(Math.Abs((caption.Left + caption.Right) / 2 - (bounds.Left + bounds.Right) / 2), 0, 2);
            Assert.Equal(i == 0 ? 467.7 : 360, Math.Round(bounds.Width, 1));
            Assert.Equal(bounds.Width / bounds.Height, i == 0 ? 1.6 : 1.5, 2);
        }
    }

    [Fact]
    public void Photos_change_no_byte_between_two_builds()
    {
        var again = new BuildPipeline(new BuildOptions { Documents = [Documents.Article] })
            .Produce(Composed.Data(Fixture), "q1", Composed.BuiltIn.Value);
        Assert.All(again, o => Assert.Equal(Outputs.Value[o.FileName], o.Content));
    }

    [Fact]
    public void A_build_writes_the_photos_beside_the_fragment_through_the_manifest_and_not_for_pdf_alone()
    {
        using var temp = new TempFolder();
        var data = Path.Combine(TestPaths.Fixtures, Fixture);
        var html = new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Formats = ["html"], Documents = [Documents.Article] }).Run([data]);
        Assert.True(Assert.Single(html.Files).Succeeded);
        var photo = Path.Combine(temp.Path, "huyen-uy-dan-phuong-q1-2024-anh.tin-bai.anh-1.jpg");
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "anh", "hoi-nghi-1.jpg")), File.ReadAllBytes(photo));
        var manifest = File.ReadAllText(Path.Combine(temp.Path, OutputFolder.ManifestFileName));
        Assert.Contains("\"huyen-uy-dan-phuong-q1-2024-anh.tin-bai.anh-2.png\"", manifest, StringComparison.Ordinal);

        using var pdfOnly = new TempFolder();
        new BuildPipeline(new BuildOptions { OutputFolder = pdfOnly.Path, Formats = ["pdf"], Documents = [Documents.Article] }).Run([data]);
        Assert.Equal(["huyen-uy-dan-phuong-q1-2024-anh.tin-bai.pdf"], Directory.GetFiles(pdfOnly.Path).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')));
    }
}
