using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using Reports.Document;
using Reports.Rendering.Pdf;
using Reports.Rendering.Pdf.Layout;
using Reports.Tests.Cli;
using Reports.Tests.Compose;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>Whole documents, from the fixtures and the hand-built samples, to PDF files read back with PDFsharp.</summary>
public sealed class PdfRendererTests
{
    public static TheoryData<string> Fixtures => new(TestPaths.FixtureFiles.Select(Path.GetFileName)!);

    private static readonly Dictionary<string, (ReportDocument Document, byte[] Pdf)> Rendered = new();

    /// <summary>Each fixture composed and rendered once per run.</summary>
    private static (ReportDocument Document, byte[] Pdf) Render(string fixture)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(fixture, out var result))
            {
                var document = Composed.Report(fixture);
                Rendered[fixture] = result = (document, Renderer.Render(document));
            }
            return result;
        }
    }

    private static PdfDocument Read(byte[] pdf) => PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);

    [Fact]
    public void Names_its_format_and_extension()
    {
        Assert.Equal("pdf", Renderer.Format);
        Assert.Equal("pdf", Renderer.Extension);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_renders_to_an_a4_pdf_with_its_metadata(string fixture)
    {
        var (document, bytes) = Render(fixture);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 8));

        var pdf = Read(bytes);
        Assert.Equal(Renderer.Paginate(document).Count, pdf.PageCount);
        Assert.True(pdf.PageCount >= 2);
        // A4 portrait, then landscape for an appendix's pages.
        var landscape = Renderer.Paginate(document).Select(p => p.Width > p.Height).ToList();
        Assert.Equal(document.Appendices.Count > 0, landscape.Contains(true));
        foreach (var (page, across) in pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>().Zip(landscape))
        {
            Assert.Equal(across ? 841.9 : 595.3, page.Width.Point, 0);
            Assert.Equal(across ? 595.3 : 841.9, page.Height.Point, 0);
        }

        var metadata = document.Metadata;
        Assert.Equal(metadata.Title, pdf.Info.Title);
        Assert.Equal(metadata.Author, pdf.Info.Author);
        Assert.Equal(metadata.Subject, pdf.Info.Subject);
        Assert.Equal("báo cáo", pdf.Info.Keywords);
        Assert.Equal("baocao", pdf.Info.Creator);
        Assert.Equal(metadata.Language, pdf.Internals.Catalog.Elements.GetString("/Lang"));
        var date = new DateTime(metadata.Date.Year, metadata.Date.Month, metadata.Date.Day, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(date, pdf.Info.CreationDate.ToUniversalTime());
        Assert.Equal(date, pdf.Info.ModificationDate.ToUniversalTime());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Fonts_are_embedded_subset_and_unicode(string fixture)
    {
        var pdf = Read(Render(fixture).Pdf);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pdf.Pages)
        {
            var fonts = page.Elements.GetDictionary("/Resources")!.Elements.GetDictionary("/Font")!;
            foreach (var key in fonts.Elements.Keys)
            {
                var font = fonts.Elements.GetDictionary(key)!;
                Assert.Equal("/Type0", font.Elements.GetName("/Subtype"));
                Assert.Equal("/Identity-H", font.Elements.GetName("/Encoding"));
                Assert.NotNull(font.Elements.GetReference("/ToUnicode"));
                var descendant = (PdfDictionary)((PdfReference)font.Elements.GetArray("/DescendantFonts")!.Elements[0]).Value;
                var descriptor = descendant.Elements.GetDictionary("/FontDescriptor")!;
                Assert.NotNull(descriptor.Elements.GetReference("/FontFile2"));
                var name = font.Elements.GetName("/BaseFont");
                Assert.Matches(@"^/[A-Z]{6}\+Liberation#20Serif|^/[A-Z]{6}\+Liberation Serif", name);
                names.Add(name);
            }
        }
        Assert.Contains(names, n => !n.Contains("Bold", StringComparison.Ordinal) && !n.Contains("Italic", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(",Bold", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(",Italic", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_rebuild_gives_the_same_bytes(string fixture)
    {
        var (document, first) = Render(fixture);
        var again = new PdfRenderer(Options).Render(Composed.Report(fixture));
        Assert.Equal(first, again);

        // Nothing random is left in the file: identifiers and subset tags are derived from the content.
        var text = Encoding.Latin1.GetString(first);
        var id = Regex.Match(text, @"/ID\s*\[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>\s*\]");
        Assert.True(id.Success);
        Assert.Equal(id.Groups[1].Value, id.Groups[2].Value);
        Assert.DoesNotContain("00000000000000000000000000000000", id.Groups[1].Value, StringComparison.Ordinal);
        var uuids = Regex.Matches(text, "<xmpMM:(?:DocumentID|InstanceID)>uuid:([^<]*)<").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(uuids);
        Assert.All(uuids, uuid => Assert.DoesNotContain("00000000", uuid, StringComparison.Ordinal));
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        _ = document;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void The_producer_is_the_mit_pdfsharp_and_no_licence_notice_is_stamped(string fixture)
    {
        var text = Encoding.Latin1.GetString(Render(fixture).Pdf);
        Assert.Matches(@"/Producer\s*\(PDFsharp 6\.2\.4", text);
        Assert.DoesNotContain("AGPL", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Renders_in_parallel_give_the_same_bytes_and_different_documents_different_identifiers()
    {
        var documents = new[] { SampleDocuments.PartyReport, SampleDocuments.StateReport, SampleDocuments.Article };
        var serial = documents.Select(Renderer.Render).ToArray();
        var parallel = new byte[12][];
        Parallel.For(0, parallel.Length, i => parallel[i] = new PdfRenderer(Options).Render(documents[i % 3]));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(serial[i % 3], parallel[i]);

        string Id(byte[] pdf) => Regex.Match(Encoding.Latin1.GetString(pdf), @"/ID\s*\[\s*<([0-9A-F]{32})>").Groups[1].Value;
        Assert.Equal(3, serial.Select(Id).Distinct().Count());
        var changed = Renderer.Render(SampleDocuments.PartyReport with { IsDraft = false });
        Assert.NotEqual(Id(serial[0]), Id(changed));
    }

    [Fact]
    public void Page_numbers_are_centred_at_the_top_from_page_two()
    {
        var document = Render("huyen-uy-dan-phuong-q1-2024.yaml").Document;
        var pages = Renderer.Paginate(document);
        var p = document.Presentation;
        Assert.DoesNotContain(pages[0].Texts, t => t.Baseline < p.MarginTopMm * PageSetup.PointsPerMillimetre);
        // The appendix's landscape pages go on numbering, centred in their own top margin.
        var appendix = Assert.Single(document.Appendices).Page;
        Assert.Contains(pages, page => page.Width > page.Height);
        foreach (var page in pages.Skip(1))
        {
            var across = page.Width > page.Height;
            var margin = (across ? appendix.MarginTopMm : p.MarginTopMm) * PageSetup.PointsPerMillimetre;
            var left = (across ? appendix.MarginLeftMm : p.MarginLeftMm) * PageSetup.PointsPerMillimetre;
            var right = page.Width - (across ? appendix.MarginRightMm : p.MarginRightMm) * PageSetup.PointsPerMillimetre;
            var number = Assert.Single(page.Texts, t => t.Baseline < margin);
            Assert.Equal(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), number.Text);
            Assert.Equal((left + right) / 2, number.X + number.Width / 2, 3);
            Assert.Equal(document.Presentation.Styles.Body.SizePt, number.Style.Size);
        }
    }

    [Fact]
    public void Body_paragraphs_are_justified_with_a_first_line_indent()
    {
        var document = Render("ubnd-huyen-my-duc-q2-2024.yaml").Document;
        var p = document.Presentation;
        var left = p.MarginLeftMm * PageSetup.PointsPerMillimetre;
        var right = (p.PageWidthMm - p.MarginRightMm) * PageSetup.PointsPerMillimetre;
        var indent = p.FirstLineIndentCm * 10 * PageSetup.PointsPerMillimetre;
        var body = Renderer.Paginate(document).SelectMany(page => Lines(page.Texts.Where(t => t.Style.Size == p.Styles.Body.SizePt && t.Baseline > p.MarginTopMm * PageSetup.PointsPerMillimetre)));
        var full = body.Count(line => Math.Abs(Right(line) - right) < 0.01);
        var indented = body.Count(line => Math.Abs(line[0].X - (left + indent)) < 0.01);
        Assert.True(full > 50, $"{full} justified lines");
        Assert.True(indented > 20, $"{indented} indented lines");
        Assert.All(body, line => Assert.True(Right(line) <= right + 0.01));
    }

    [Fact]
    public void Party_letterhead_has_the_title_rule_as_long_as_the_title_and_number_beside_the_date()
    {
        var document = SampleDocuments.PartyReport;
        var page = Renderer.Paginate(document)[0];
        var texts = page.Texts.ToList();

        var title = Assert.Single(texts, t => t.Text == "ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.Equal(Fonts.Bold, title.Style.Face);
        Assert.Equal(15, title.Style.Size);
        var rule = page.Lines.Single(l => l.Y1 > title.Baseline && l.Y1 < title.Baseline + 10);
        Assert.Equal(title.X, rule.X1, 6);
        Assert.Equal(title.X + title.Width, rule.X2, 6);

        var issuer = Assert.Single(texts, t => t.Text == "HUYỆN ỦY ĐAN PHƯỢNG");
        var star = Assert.Single(texts, t => t.Text == "*");
        Assert.Equal(issuer.X + issuer.Width / 2, star.X + star.Width / 2, 3);
        Assert.True(star.Baseline > issuer.Baseline);
        Assert.Equal(Fonts.Regular, Assert.Single(texts, t => t.Text == "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI").Style.Face);

        var number = Assert.Single(texts, t => t.Text == "Số 45-BC/HU");
        var date = Assert.Single(texts, t => t.Text == "Đan Phượng, ngày 04 tháng 4 năm 2024");
        Assert.Equal(number.Baseline, date.Baseline, 6);
        Assert.Equal(Fonts.Italic, date.Style.Face);
        Assert.True(number.X + number.Width < date.X);

        var draft = Assert.Single(texts, t => t.Text == "DỰ THẢO");
        Assert.True(draft.Baseline < issuer.Baseline);
        Assert.DoesNotContain(Renderer.Paginate(document with { IsDraft = false })[0].Texts, t => t.Text == "DỰ THẢO");

        Assert.Contains(texts, t => t.Text == "BÁO CÁO" && t.Style.Size == 16);
        Assert.Contains(texts, t => t.Text == "-----");
    }

    [Fact]
    public void State_letterhead_has_a_short_rule_under_the_issuer_and_one_as_long_as_the_motto()
    {
        var page = Renderer.Paginate(SampleDocuments.StateReport)[0];
        var texts = page.Texts.ToList();
        var motto = Assert.Single(texts, t => t.Text == "Độc lập - Tự do - Hạnh phúc");
        var mottoRule = page.Lines.Single(l => l.Y1 > motto.Baseline && l.Y1 < motto.Baseline + 10 && l.X1 > motto.X - 1);
        Assert.Equal(motto.X, mottoRule.X1, 6);
        Assert.Equal(motto.X + motto.Width, mottoRule.X2, 6);

        // The issuer wraps in the room the national title leaves; the rule is centred under its lines.
        var issuer = texts.Where(t => t.Style.Face == Fonts.Bold && t.Style.Size == 13 && t.X + t.Width < motto.X).ToList();
        Assert.Equal("ỦY BAN NHÂN DÂN HUYỆN MỸ ĐỨC", string.Join(" ", issuer.Select(t => t.Text)));
        var widest = issuer.MaxBy(t => t.Width)!;
        var issuerRule = page.Lines.Single(l => l.Y1 > issuer[^1].Baseline && l.Y1 < issuer[^1].Baseline + 10 && l.X2 < motto.X);
        Assert.Equal(widest.X + widest.Width / 2, (issuerRule.X1 + issuerRule.X2) / 2, 3);
        Assert.InRange(issuerRule.X2 - issuerRule.X1, widest.Width / 3 - 0.01, widest.Width / 2);

        var number = Assert.Single(texts, t => t.Text == "Số: 125/BC-UBND");
        var date = Assert.Single(texts, t => t.Text == "Mỹ Đức, ngày 14 tháng 6 năm 2024");
        Assert.Equal(number.Baseline, date.Baseline, 6);
        Assert.Equal(motto.X + motto.Width / 2, date.X + date.Width / 2, 3);

        // NĐ 30: a short line under the subject, centred.
        var p = SampleDocuments.StatePresentation;
        var type = Assert.Single(texts, t => t.Text == "BÁO CÁO");
        var subjectRule = page.Lines.Where(l => l.Y1 > type.Baseline).OrderBy(l => l.Y1).First();
        Assert.Equal((p.MarginLeftMm + p.PageWidthMm - p.MarginRightMm) / 2 * PageSetup.PointsPerMillimetre, (subjectRule.X1 + subjectRule.X2) / 2, 3);
        Assert.InRange(subjectRule.X2 - subjectRule.X1, 50, 200);
        Assert.True(texts.Where(t => t.Baseline > type.Baseline && t.Baseline < subjectRule.Y1).All(t => t.Style.Face == Fonts.Bold));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Recipients_and_signature_stay_together_on_the_last_page(string fixture)
    {
        var document = Render(fixture).Document;
        // The report's own pages: an appendix follows the closing on landscape pages of its own.
        var pages = Renderer.Paginate(document).Where(p => p.Width < p.Height).ToList();
        var closing = document.Closing!;
        var last = pages[^1].Texts.Select(t => t.Text).ToList();
        Assert.Contains(closing.Recipients.Label, last);
        Assert.Contains(closing.Signature.Name, last);
        Assert.Contains(closing.Signature.Position, last);
        foreach (var page in pages.SkipLast(1)) Assert.DoesNotContain(page.Texts, t => t.Text == closing.Signature.Name);

        var label = pages[^1].Texts.First(t => t.Text == closing.Recipients.Label);
        var name = pages[^1].Texts.First(t => t.Text == closing.Signature.Name);
        Assert.True(name.X > label.X + 150);
        // The closing is not alone: the end of the body is on the same page.
        Assert.True(pages[^1].Texts.Count(t => t.Baseline < label.Baseline) > 3);
    }

    [Fact]
    public void An_article_renders_with_its_header_and_no_letterhead()
    {
        var pdf = Read(Renderer.Render(SampleDocuments.Article));
        Assert.Equal("tin bài", pdf.Info.Keywords);
        var texts = Renderer.Paginate(SampleDocuments.Article)[0].Texts.ToList();
        Assert.Contains(texts, t => t.Text == "Huyện ủy Đan Phượng sơ kết công tác quý I/2024" && t.Style.Size == 20);
        Assert.DoesNotContain(texts, t => t.Text == "ĐẢNG CỘNG SẢN VIỆT NAM");
        var byline = Assert.Single(texts, t => t.Text == "Minh Anh");
        Assert.Equal(Fonts.Bold, byline.Style.Face);
    }

    [Fact]
    public void The_build_command_writes_pdf()
    {
        using var temp = new TempFolder();
        var run = CliRunner.Invoke("build", Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml"), "-o", temp.Path, "--format", "pdf");
        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(temp.File("huyen-uy-dan-phuong-q1-2024.bao-cao.pdf"));
        Assert.True(Read(bytes).PageCount >= 2);
        Assert.Contains("pdf", CliRunner.Invoke("build", "--help").Out, StringComparison.Ordinal);
    }
}
