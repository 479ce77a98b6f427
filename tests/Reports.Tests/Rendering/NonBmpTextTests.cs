using System.IO.Compression;
using System.Text;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Pipeline;
using Reports.Typography;
using Xunit;

namespace Reports.Tests.Rendering;

/// <summary>
/// Issue 15 item 10: characters beyond the Basic Multilingual Plane (😀, Hán Nôm 𡨸) are two UTF-16 units.
/// Every renderer gets them in every kind of place (table cell, heading, statement, titles) and writes
/// them whole; measuring never cuts or normalises half a pair.
/// </summary>
public sealed class NonBmpTextTests
{
    private const string Emoji = "😀";
    private const string Nom = "𡨸";

    private static readonly Lazy<IReadOnlyList<(string FileName, byte[] Content)>> Outputs = new(Build);

    /// <summary>A fixture with the characters in each kind of place, a long unbreakable run in a narrow cell included.</summary>
    private static IReadOnlyList<(string FileName, byte[] Content)> Build()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "dang-uy-xa-o-dien-q3-2025.yaml"));
        string Put(string text, string old, string replacement)
        {
            Assert.Contains(old, text);
            return text.Replace(old, replacement, StringComparison.Ordinal);
        }
        yaml = Put(yaml, "ten: Kết nạp đảng viên mới", $"ten: Kết nạp đảng viên mới {Emoji} {string.Concat(Enumerable.Repeat(Nom, 40))}");
        yaml = Put(yaml, "don_vi: đảng viên", $"don_vi: {string.Concat(Enumerable.Repeat(Emoji, 12))}");
        yaml = Put(yaml, "tieu_de: Phát triển kinh tế - xã hội", $"tieu_de: Phát triển kinh tế {Nom} - xã hội {Emoji}");
        yaml = Put(yaml, "  - noi_dung: Xây dựng chương trình", $"  - noi_dung: Chữ Nôm {Nom}喃 và {Emoji}. Xây dựng chương trình");
        yaml = Put(yaml, "ten: Đảng ủy xã Ô Diên", $"ten: Đảng ủy xã Ô Diên {Nom}");
        yaml = Put(yaml, "  tac_gia: Văn phòng Đảng ủy xã", $"  tieu_de: Hội nghị {Nom} {Emoji} sơ kết quý III\n  tac_gia: Văn phòng Đảng ủy xã");

        var result = DataFileLoader.Load("nonbmp.yaml", Encoding.UTF8.GetBytes(yaml));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message(Reports.Core.Diagnostics.Language.English))));
        return new BuildPipeline(new BuildOptions()).Produce(result.Data!, "t", TemplateSet.Load());
    }

    private static string TextOf(string fileName)
    {
        var content = Outputs.Value.Single(o => o.FileName == fileName).Content;
        if (!fileName.EndsWith(".docx", StringComparison.Ordinal)) return Encoding.UTF8.GetString(content);
        using var zip = new ZipArchive(new MemoryStream(content));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open(), Encoding.UTF8);
        // What Word shows: the runs of a paragraph joined (a glued phrase is a run of its own).
        return System.Text.RegularExpressions.Regex.Replace(reader.ReadToEnd(), "<[^>]+>", "");
    }

    [Theory]
    [InlineData("t.bao-cao.docx")]
    [InlineData("t.bao-cao.html")]
    [InlineData("t.bao-cao.md")]
    [InlineData("t.tin-bai.docx")]
    [InlineData("t.tin-bai.html")]
    [InlineData("t.tin-bai.md")]
    public void Text_outputs_keep_every_character_whole(string fileName)
    {
        var text = TextOf(fileName);
        Assert.Contains(Emoji, text);
        Assert.Contains(Nom + "喃", text);
        if (fileName.StartsWith("t.bao-cao", StringComparison.Ordinal))
        {
            Assert.Contains(string.Concat(Enumerable.Repeat(Nom, 40)), text);
            Assert.Contains(string.Concat(Enumerable.Repeat(Emoji, 12)), text);
            Assert.Contains($"xã hội {Emoji}", text);
        }
        else
        {
            Assert.Contains($"Hội nghị {Nom} {Emoji} sơ kết quý III", text.Replace('\u00A0', ' ')); // Word keeps "quý III" on one line
        }
        Assert.DoesNotContain('\uFFFD', text);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else Assert.False(char.IsSurrogate(text[i]), $"half a surrogate pair at {i} of {fileName}");
        }
    }

    [Fact]
    public void Every_format_of_both_documents_is_written()
    {
        var names = Outputs.Value.Select(o => o.FileName).ToHashSet();
        foreach (var format in new[] { "pdf", "docx", "html", "md" })
        foreach (var document in new[] { "bao-cao", "tin-bai" })
            Assert.Contains($"t.{document}.{format}", names);
        Assert.All(Outputs.Value, o => Assert.True(o.Content.Length > 500, o.FileName));
    }

    [Fact]
    public void The_pdf_keeps_the_text_around_the_characters()
    {
        var pdf = Outputs.Value.Single(o => o.FileName == "t.bao-cao.pdf").Content;
        var lines = Support.PdfFacts.Lines(pdf).SelectMany(p => p).Select(l => l.Text).ToList();
        Assert.Contains(lines, l => l.Contains("Phát triển kinh tế", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Xây dựng chương trình", StringComparison.Ordinal));
    }

    [Fact]
    public void Measuring_counts_a_character_beyond_the_bmp_once_and_survives_half_a_pair()
    {
        var measurer = FontMeasurer.Default;
        var one = measurer.LineWidthPt(Emoji, 13, bold: false, italic: false);
        Assert.True(one > 0);
        Assert.Equal(3 * one, measurer.LineWidthPt(Emoji + Emoji + Emoji, 13, false, false), 6);
        // Half a pair (a cut through 😀) measures as one missing glyph instead of throwing.
        Assert.True(measurer.LineWidthPt("a\uD83D", 13, false, false) > measurer.LineWidthPt("a", 13, false, false));
        Assert.True(measurer.LineWidthPt("\uDE00b", 13, true, true) > 0);
        Assert.Equal(2 * 13 * 0.5, new AverageWidthMeasurer().LineWidthPt(Nom + "a", 13, false, false), 6);
        Assert.Equal(1 * 13 * 0.5, new AverageWidthMeasurer().LineWidthPt("\uD800", 13, false, false), 6);
    }

    [Fact]
    public void A_face_reads_its_glyphs_beyond_the_bmp()
    {
        var liberation = FontLocator.Select(new FontSearch()).Faces.Regular;
        Assert.True(liberation.HasGlyph(new Rune('ư')));
        Assert.False(liberation.Covers(Nom));
        Assert.False(liberation.Covers("a\uD800"));
        Assert.True(liberation.Covers("Việt Nam"));
        var dejaVu = Path.Combine("/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf");
        if (!File.Exists(dejaVu)) return; // the check below needs a font with an emoji; the rest holds everywhere
        var face = FontFace.TryLoad(dejaVu, "test-dejavu")!;
        Assert.True(face.HasGlyph(Rune.GetRuneAt(Emoji, 0)));
        Assert.True(face.Covers(Emoji));
        Assert.NotEqual(face.Measure("\uFFFF", 10), face.Measure(Emoji, 10));
    }
}
