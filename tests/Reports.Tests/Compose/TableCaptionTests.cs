using System.Text;
using Reports.Compose.Markdown;
using Reports.Document;
using Reports.Rendering.Markdown;
using Reports.Tests.Rendering;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>A caption is written as Pandoc writes one, a ": " paragraph right before its table, and read back the same.</summary>
public sealed class TableCaptionTests
{
    private const string Markdown = "Mở đầu.\n\n: Bảng 1. Một số chỉ tiêu **chủ yếu**\n\n| STT | Chỉ tiêu |\n|:--:|:------|\n| 1 | Thu ngân sách |\n";

    [Fact]
    public void A_colon_paragraph_right_before_a_table_is_its_caption()
    {
        var blocks = MarkdownReader.Read(Markdown, "t", []);
        Assert.Equal(2, blocks.Count);
        var table = Assert.IsType<Table>(blocks[1]);
        Assert.Equal("Bảng 1. Một số chỉ tiêu chủ yếu", table.Caption.PlainText());
        Assert.IsType<Strong>(table.Caption[^1]);
        Assert.Equal(TableLayout.Unresolved, table.Layout); // the layout step resolves it, not the reader
    }

    [Fact]
    public void A_colon_paragraph_elsewhere_stays_a_paragraph()
    {
        var blocks = MarkdownReader.Read(": không phải tên bảng\n\nĐoạn sau.\n", "t", []);
        Assert.Equal(": không phải tên bảng", Assert.IsType<Paragraph>(blocks[0]).Content.PlainText());
        var table = Assert.IsType<Table>(Assert.Single(MarkdownReader.Read("| a | b |\n|--|--|\n| 1 | 2 |\n", "t", [])));
        Assert.Empty(table.Caption);
    }

    [Fact]
    public void The_markdown_renderer_writes_the_caption_so_that_it_reads_back()
    {
        var table = Assert.IsType<Table>(MarkdownReader.Read(Markdown, "t", [])[1]);
        var text = Encoding.UTF8.GetString(new MarkdownRenderer().Render(SampleDocuments.WithBody(table)));
        Assert.Contains(": Bảng 1. Một số chỉ tiêu **chủ yếu**\n\n| STT | Chỉ tiêu |", text);
        var again = Assert.IsType<Table>(Assert.Single(MarkdownReader.Read(text[text.IndexOf(": Bảng", StringComparison.Ordinal)..], "t", [])));
        Assert.Equal(table.Caption.PlainText(), again.Caption.PlainText());
        Assert.Equal(table.Caption.Select(i => i.GetType()), again.Caption.Select(i => i.GetType()));
    }
}
