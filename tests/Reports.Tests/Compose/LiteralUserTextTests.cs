using Reports.Tests.Support;
using System.Text;
using Reports.Compose;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Compose;

/// <summary>
/// Issue 15, items 8 and 9: a statement is shown as typed. Only "**đậm**" and "*nghiêng*" are the user's to use;
/// every other Markdown construct (breaks, headings, lists, quotes, code, links, HTML, pipes, underscores) stays
/// literal text, and no statement can make the build fail.
/// </summary>
public sealed class LiteralUserTextTests
{
    public static readonly string[] Literal =
    [
        "***", "___", "---", "_Nghị quyết 57_", "__Kết luận 123__", "2025", "1. abc", "# tiêu đề", "> trích",
        "`code`", "[xem tại](b)", "<b>x</b>", "a | b", "+ cộng", "* sao", "2025)", "~~~", "a \\ b", "&amp; x",
    ];

    private static string Yaml(IEnumerable<string> statements) => $$"""
        phien_ban: 1
        loai_van_ban: dang
        co_quan:
          ten: Đảng ủy xã Ô Diên
          ky_hieu: ĐU
          cap: xa
          dia_phuong: Ô Diên
        van_ban:
          ngay: 2025-10-06
        ky_bao_cao:
          nam: 2025
          quy: 3
        ket_qua:
          - tieu_de: Phát triển kinh tế
            noi_dung:
        {{string.Join("\n", statements.Select(s => "      - " + Quoted(s)))}}
        danh_gia:
          han_che:
        {{string.Join("\n", statements.Select(s => "    - " + Quoted(s)))}}
        nhiem_vu:
        {{string.Join("\n", statements.Select(s => "  - noi_dung: " + Quoted(s)))}}
        de_xuat:
        {{string.Join("\n", statements.Select(s => "  - " + Quoted(s)))}}
        {{DataFileParts.Closing()}}
        """;

    private static string Quoted(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    internal static ReportData Data(IEnumerable<string> statements)
    {
        var loaded = DataFileLoader.Load("literal.yaml", Encoding.UTF8.GetBytes(Yaml(statements)));
        return loaded.Data ?? throw new InvalidOperationException("literal.yaml does not load: "
            + string.Join("; ", loaded.Diagnostics.Select(d => Reports.Core.Diagnostics.DiagnosticWriter.Write(d, Reports.Core.Diagnostics.Language.English))));
    }

    private static ReportDocument Compose(IEnumerable<string> statements)
    {
        var result = new ReportComposer(Composed.BuiltIn.Value).Compose(Data(statements));
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    [Fact]
    public void Markdown_constructs_in_statements_are_literal_text()
    {
        var document = Compose(Literal);
        var paragraphs = document.Body.OfType<Paragraph>().Select(p => p.Content.PlainText()).ToList();
        var pdf = PdfText(document);
        foreach (var statement in Literal)
        {
            // A statement is its own paragraph (a full stop may follow), and a task's sentence after its number.
            Assert.Contains(paragraphs, p => p == statement || p == statement + ".");
            Assert.Contains(paragraphs, p => p.EndsWith(" " + statement + ".", StringComparison.Ordinal));
            Assert.Contains(statement, pdf, StringComparison.Ordinal);
        }
        // The same blocks (headings, the proposals' list, no page break) as plain statements give.
        var plain = Compose(Literal.Select((_, i) => $"Câu số {i + 1}"));
        Assert.Equal(Structure(plain), Structure(document));
        Assert.DoesNotContain(document.Body, b => b is PageBreak);
        Assert.Equal(Literal, document.Body.OfType<BulletList>().Single().Items.Select(i => i.PlainText()));
        // No bold or italic made from a statement: every Strong/Emphasis is the template's own.
        Assert.Equal(Emphases(plain), Emphases(document));
    }

    [Fact]
    public void Bold_and_italic_still_work()
    {
        var document = Compose(["Một câu có *nghiêng* và **đậm**."]);
        var paragraph = document.Body.OfType<Paragraph>().First(p => p.Content.PlainText() == "Một câu có nghiêng và đậm.");
        Assert.Contains(paragraph.Content, i => i is Emphasis e && e.PlainText() == "nghiêng");
        Assert.Contains(paragraph.Content, i => i is Strong s && s.PlainText() == "đậm");
    }

    private static List<string> Structure(ReportDocument d) => d.Body.Where(b => b is not Paragraph).Select(b => b switch
    {
        Heading h => $"H{h.Level} {h.Content.PlainText()}",
        BulletList l => $"list of {l.Items.Count}",
        _ => b.GetType().Name,
    }).ToList();

    private static int Emphases(ReportDocument d) =>
        d.Body.OfType<Paragraph>().SelectMany(p => p.Content).Count(i => i is Strong or Emphasis);

    /// <summary>The body text the PDF draws, line after line, without the page numbers in the top margin.</summary>
    private static string PdfText(ReportDocument document)
    {
        var top = document.Presentation.MarginTopMm * Reports.Rendering.Pdf.Layout.PageSetup.PointsPerMillimetre;
        return string.Join(" ", Renderer.Paginate(document).SelectMany(page => Lines(page.Texts.Where(t => t.Baseline > top))).Select(LineText));
    }
}
