using System.Text;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Markdown;
using Reports.Tests.Rendering.Pdf;
using Xunit;
using static Reports.Tests.Rendering.DocxReading;

namespace Reports.Tests.Rendering;

/// <summary>
/// Every kind of block and inline in the document tree (found by reflection, so a new one cannot be
/// forgotten here) comes out of every renderer with its text: nothing is silently dropped.
/// </summary>
public sealed class EveryNodeIsRenderedTests
{
    private const string After = "MOCSAU";

    /// <summary>One sample of each block, and the words each must show; a new block type needs a line here.</summary>
    private static readonly Dictionary<Type, (Block Block, string[] Words)> Blocks = new()
    {
        [typeof(Heading)] = (new Heading(2, Inlines.Plain("MOCDEMUC")), ["MOCDEMUC"]),
        [typeof(Paragraph)] = (new Paragraph(Inlines.Plain("MOCDOAN")), ["MOCDOAN"]),
        [typeof(BulletList)] = (new BulletList("-", [Inlines.Plain("MOCMUCMOT"), Inlines.Plain("MOCMUCHAI")]), ["MOCMUCMOT", "MOCMUCHAI"]),
        [typeof(Table)] = (new Table([new TableColumn(ColumnAlignment.Left, 1), new TableColumn(ColumnAlignment.Right, 1)],
            [SampleDocuments.Row("MOCTIEUDE", "MOCCOT")], [SampleDocuments.Row("MOCO", "MOCSO")]) { Caption = Inlines.Plain("MOCTENBANG") },
            ["MOCTENBANG", "MOCTIEUDE", "MOCCOT", "MOCO", "MOCSO"]),
        [typeof(PageBreak)] = (PageBreak.Instance, []),
        [typeof(Section)] = (new Section(new PageFormat(PageOrientation.Landscape, 297, 210, 30, 15, 20, 20),
            [new Paragraph(Inlines.Plain("MOCPHAN")), new Table([new TableColumn(ColumnAlignment.Left, 1)], [SampleDocuments.Row("MOCPHANCOT")], [SampleDocuments.Row("MOCPHANO")])]),
            ["MOCPHAN", "MOCPHANCOT", "MOCPHANO"]),
    };

    /// <summary>One sample of each inline, and the words it must show.</summary>
    private static readonly Dictionary<Type, (Inline Inline, string[] Words)> InlineSamples = new()
    {
        [typeof(Text)] = (new Text("MOCCHU"), ["MOCCHU"]),
        [typeof(Strong)] = (new Strong([new Text("MOCDAM")]), ["MOCDAM"]),
        [typeof(Emphasis)] = (new Emphasis([new Text("MOCNGHIENG")]), ["MOCNGHIENG"]),
        [typeof(NoBreak)] = (new NoBreak([new Text("MOCLIEN 11-QĐ/TW")]), ["MOCLIEN"]),
        [typeof(LineBreak)] = (LineBreak.Instance, []),
    };

    private static readonly IDocumentRenderer[] Renderers =
        [new DocxRenderer(), PdfTestSupport.Renderer, new HtmlRenderer(), new MarkdownRenderer()];

    public static TheoryData<string, string> BlockCases => Cases(ConcreteSubtypes<Block>());

    public static TheoryData<string, string> InlineCases => Cases(ConcreteSubtypes<Inline>());

    [Fact]
    public void Every_kind_of_node_has_a_sample()
    {
        Assert.Equal(ConcreteSubtypes<Block>().Select(t => t.Name).Order(), Blocks.Keys.Select(t => t.Name).Order());
        Assert.Equal(ConcreteSubtypes<Inline>().Select(t => t.Name).Order(), InlineSamples.Keys.Select(t => t.Name).Order());
    }

    [Theory]
    [MemberData(nameof(BlockCases))]
    public void Every_block_reaches_every_format(string blockType, string format)
    {
        var (block, words) = Blocks.Single(b => b.Key.Name == blockType).Value;
        // Text before the block too: a page break at the top of a page rightly breaks nothing.
        var before = new Paragraph(Inlines.Plain("MOCTRUOC"));
        AssertRendered(format, [before, block, new Paragraph(Inlines.Plain(After))], [before, new Paragraph(Inlines.Plain(After))], words);
    }

    [Theory]
    [MemberData(nameof(InlineCases))]
    public void Every_inline_reaches_every_format(string inlineType, string format)
    {
        var (inline, words) = InlineSamples.Single(i => i.Key.Name == inlineType).Value;
        AssertRendered(format,
            [new Paragraph([new Text("MOCTRUOC "), inline, new Text(" " + After)])],
            [new Paragraph([new Text("MOCTRUOC "), new Text(" " + After)])],
            words);
    }

    /// <summary>The words are in the output, and a node without words (a break) still changes the output.</summary>
    private static void AssertRendered(string format, Block[] body, Block[] without, string[] words)
    {
        var renderer = Renderers.Single(r => r.Format == format);
        var document = SampleDocuments.WithBody(body);
        var text = TextOf(renderer, document);
        foreach (var word in words.Append(After)) Assert.Contains(word, text, StringComparison.Ordinal);
        if (words.Length == 0) Assert.NotEqual(renderer.Render(SampleDocuments.WithBody(without)), renderer.Render(document));
    }

    /// <summary>The text a reader finds in the output: the words of the DOCX body, the PDF's set text, the HTML and Markdown source.</summary>
    private static string TextOf(IDocumentRenderer renderer, ReportDocument document) => renderer.Format switch
    {
        "docx" => ReadDocx(renderer.Render(document)),
        "pdf" => string.Join(" ", PdfTestSupport.Renderer.Paginate(document).SelectMany(p => p.Texts).Select(t => t.Text)),
        _ => Encoding.UTF8.GetString(renderer.Render(document)),
    };

    private static string ReadDocx(byte[] bytes)
    {
        using var doc = Open(bytes);
        return string.Join(" ", doc.Body().Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text));
    }

    private static Type[] ConcreteSubtypes<T>() =>
        typeof(T).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(T)) && !t.IsAbstract).ToArray();

    private static TheoryData<string, string> Cases(IEnumerable<Type> types)
    {
        var data = new TheoryData<string, string>();
        foreach (var type in types)
            foreach (var renderer in Renderers)
                data.Add(type.Name, renderer.Format);
        return data;
    }
}
