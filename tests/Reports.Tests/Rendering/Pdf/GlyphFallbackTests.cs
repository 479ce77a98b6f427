using System.Text;
using Reports.Core.Diagnostics;
using Reports.Pipeline;
using Reports.Rendering.Pdf;
using Reports.Tests.Support;
using Reports.Typography;
using Xunit;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>
/// Issue 15 item 11: a character the PDF font lacks never vanishes. A fallback face on the machine draws it
/// (and text extraction gives it back), or the PDF shows a box and validate/build warn at its line.
/// U+10FFFD (private use, plane 16) stands for a character no font has, on any machine.
/// </summary>
public sealed class GlyphFallbackTests
{
    private const string NoFont = "\U0010FFFD";
    private const string Emoji = "😀";

    private static readonly FontSelection Fonts = FontLocator.Select(new FontSearch());

    private static byte[] Pdf(string statement) => PdfFacts.Build(WithStatement(statement));

    // One folder for the class's files (in the system's temporary folder), a new name per file.
    private static readonly TempFolder Folder = new();
    private static int _files;

    private static string WithStatement(string statement)
    {
        var file = Folder.File($"a{Interlocked.Increment(ref _files)}.yaml");
        var yaml = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "dang-uy-xa-o-dien-q3-2025.yaml"));
        Assert.Contains("  - noi_dung: Xây dựng chương trình", yaml);
        File.WriteAllText(file, yaml.Replace("  - noi_dung: Xây dựng chương trình", "  - noi_dung: " + statement + " Xây dựng chương trình", StringComparison.Ordinal));
        return file;
    }

    private static string AllText(byte[] pdf) =>
        string.Join("\n", PdfFacts.Lines(pdf).SelectMany(p => p).Select(l => l.Text));

    [Fact]
    public void A_character_no_font_has_is_a_visible_box()
    {
        var text = AllText(Pdf($"Mã {NoFont}{NoFont} ghi chú."));
        Assert.Contains($"Mã {GlyphFallback.Replacement}{GlyphFallback.Replacement} ghi chú.", text);
    }

    [Fact]
    public void A_fallback_face_draws_what_the_font_lacks_and_the_text_reads_back()
    {
        if (!Fonts.Faces.Fallback.Draws(Fonts.Faces.Regular, Rune.GetRuneAt(Emoji, 0))) return; // no emoji font on this machine
        var pdf = Pdf($"Vui {Emoji} mừng ✓.");
        Assert.Contains($"Vui {Emoji} mừng ✓.", AllText(pdf));
        Assert.Equal(pdf, Pdf($"Vui {Emoji} mừng ✓."));
    }

    [Fact]
    public void The_fallback_choice_is_in_the_renderer_notes_once_a_fallback_face_has_drawn()
    {
        var renderer = new PdfRenderer();
        var fallback = renderer.Fonts.Faces.Fallback;
        if (!fallback.Draws(renderer.Fonts.Faces.Regular, Rune.GetRuneAt(Emoji, 0)))
        {
            // Nothing on this machine draws it: no fallback font is named, the character is replaced and warned.
            Assert.DoesNotContain(renderer.Notes, n => n.Code == PdfRenderer.GlyphFallbackNote && !fallback.Used);
            return;
        }
        renderer.Render(Reports.Tests.Compose.Composed.Report(Reports.Core.DataFileLoader.LoadFile(WithStatement($"Vui {Emoji}.")).Data!));
        Assert.True(fallback.Used);
        var note = Assert.Single(renderer.Notes, n => n.Code == PdfRenderer.GlyphFallbackNote);
        Assert.Equal(string.Join(", ", fallback.Files), note.Arguments.Single());
    }

    [Fact]
    public void Characters_no_font_draws_are_warned_at_their_line_and_column()
    {
        var text = "a: 1\n# chú thích " + NoFont + "\nb: \"Việt " + NoFont + " và " + NoFont + "x\"\nc: Nam\n";
        var d = Assert.Single(MissingGlyphs.Find("x.yaml", text, Fonts.Faces));
        Assert.False(d.IsError);
        Assert.Equal(MessageId.GlyphMissing, d.Id);
        Assert.Equal((3, 10), (d.Location.Line, d.Location.Column));
        Assert.Contains($"không có ký tự {NoFont};", d.Message(Language.Vietnamese));
        Assert.Contains($"have no {NoFont};", d.Message(Language.English));
        Assert.Contains(Fonts.FamilyName, d.Message(Language.English));
        Assert.NotEqual("", d.Fix(Language.Vietnamese));
    }

    [Fact]
    public void Covered_text_is_not_warned() =>
        Assert.Empty(MissingGlyphs.Find("x.yaml", "ten: Đảng ủy xã Ô Diên\nso: 7.396,54\n", Fonts.Faces));
}
