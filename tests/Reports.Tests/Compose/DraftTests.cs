using Reports.Core.Formatting;
using Reports.Document;
using Reports.Rendering.Html;
using Reports.Tests.Rendering;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Compose;

/// <summary>
/// DOMAIN.md, "Drafts": a draft carries "DỰ THẢO" (and "Dự thảo lần 2"), and leaves the number and the day
/// blank for the signer whatever the data file says; every format keeps the blank visible.
/// </summary>
public sealed class DraftTests
{
    private const string ODien = "dang-uy-xa-o-dien-q3-2025.yaml"; // a second draft, without a number
    private const string MyDuc = "ubnd-huyen-my-duc-q2-2024.yaml"; // numbered 05, dated 20/6/2024
    private static readonly string Blank = HandwrittenBlank.Text;

    [Fact]
    public void A_party_draft_leaves_number_and_day_blank_and_names_its_revision()
    {
        var d = Composed.Report(ODien);
        Assert.True(d.IsDraft);
        Assert.Equal($"Số {Blank}-BC/ĐU", d.Letterhead!.NumberAndSymbol);
        Assert.Equal($"Ô Diên, ngày {Blank} tháng 9 năm 2025", d.Letterhead.PlaceAndDate);
        Assert.Equal("DỰ THẢO\nDự thảo lần 2", d.Frame.DraftMark.Text);
    }

    [Fact]
    public void A_state_draft_ignores_its_number_and_day()
    {
        var d = StateDraft();
        Assert.Equal($"Số: {Blank}/BC-UBND", d.Letterhead!.NumberAndSymbol);
        Assert.Equal($"Mỹ Đức, ngày {Blank} tháng 6 năm 2024", d.Letterhead.PlaceAndDate);
        Assert.Equal("DỰ THẢO", d.Frame.DraftMark.Text);
    }

    [Fact]
    public void A_signed_copy_keeps_its_number_and_day()
    {
        var d = Composed.Report(MyDuc);
        Assert.Equal("Số: 05/BC-UBND", d.Letterhead!.NumberAndSymbol);
        Assert.Equal("Mỹ Đức, ngày 20 tháng 6 năm 2024", d.Letterhead.PlaceAndDate);
    }

    [Fact]
    public void The_mark_is_as_wide_as_its_widest_line()
    {
        var one = StateDraft().Frame.DraftMark.TextWidthPt;
        var two = Composed.Report(ODien).Frame.DraftMark.TextWidthPt;
        Assert.True(one > 0 && two >= one, $"{one} / {two}");
    }

    [Fact]
    public void The_pdf_keeps_the_blanks_and_the_revision()
    {
        var page = Renderer.Paginate(Composed.Report(ODien)).First();
        var lines = Lines(page.Texts).Select(l => string.Concat(l.Select(t => t.Text))).ToList();
        Assert.Contains(lines, l => l.Contains(Blank + "-BC/ĐU", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("ngày" + " " + Blank, StringComparison.Ordinal) || l.Contains(Blank + " tháng 9", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Dự thảo lần 2", StringComparison.Ordinal));

        // The blank takes room on the page: the number's piece is wider than "-BC/ĐU" alone by six spaces' width.
        var number = page.Texts.First(t => t.Text.Contains("-BC/ĐU", StringComparison.Ordinal));
        var symbolOnly = Body(14).Measure("-BC/ĐU");
        Assert.True(number.Width > symbolOnly + 4 * Body(14).Measure(" "), $"{number.Width} for \"{number.Text}\"");
    }

    [Fact]
    public void The_docx_keeps_the_blanks_and_the_revision()
    {
        using var docx = DocxReading.Open(DocxReading.Renderer.Render(StateDraft() with { Frame = Composed.Report(ODien).Frame }));
        // Glued words are joined by U+00A0 too (line breaking); read every no-break space as a space.
        var text = DocxReading.Body(docx).InnerText.Replace('\u00A0', ' ');
        var blank = Blank.Replace('\u00A0', ' ');
        Assert.Contains($"Số: {blank}/BC-UBND", text, StringComparison.Ordinal);
        Assert.Contains($"ngày {blank} tháng 6 năm 2024", text, StringComparison.Ordinal);
        Assert.Contains("Dự thảo lần 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_keeps_the_blanks_and_the_revision()
    {
        var html = new HtmlRenderer().RenderPage(Composed.Report(ODien));
        // Written as the character or as &nbsp;: either way a browser does not collapse it.
        var plain = html.Replace("&nbsp;", "\u00A0", StringComparison.Ordinal).Replace("&#160;", "\u00A0", StringComparison.Ordinal)
            .Replace("<span class=\"nowrap\">", "", StringComparison.Ordinal).Replace("</span>", "", StringComparison.Ordinal);
        Assert.Contains($"Số {Blank}-BC/ĐU", plain, StringComparison.Ordinal);
        Assert.Contains($"ngày {Blank} tháng 9 năm 2025", plain, StringComparison.Ordinal);
        Assert.Contains("DỰ THẢO<br>Dự thảo lần 2", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_sets_the_revision_on_its_own_line()
    {
        var text = new Reports.Rendering.Markdown.MarkdownRenderer().RenderText(Composed.Report(ODien));
        Assert.StartsWith("**DỰ THẢO**\\\n**Dự thảo lần 2**", text, StringComparison.Ordinal);
    }

    private static ReportDocument StateDraft()
    {
        var data = Composed.Data(MyDuc);
        return Composed.Report(data with { Document = data.Document with { IsDraft = true } });
    }
}
