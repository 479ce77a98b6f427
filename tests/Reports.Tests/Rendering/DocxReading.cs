using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Tests.Compose;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
namespace Reports.Tests.Rendering;

/// <summary>Renders documents to DOCX and reads them back with OpenXml, resolving styles as Word does.</summary>
internal static class DocxReading
{
    public static readonly DocxRenderer Renderer = new();

    /// <summary>
    /// The body's text as Word shows it: runs joined, a line per paragraph, Word's no-break hyphen as U+2011
    /// (no-break spaces are already U+00A0 in the text).
    /// </summary>
    public static string BodyText(WordprocessingDocument docx)
    {
        var text = new System.Text.StringBuilder();
        foreach (var element in docx.MainDocumentPart!.Document.Body!.Descendants())
        {
            if (element is Text t) text.Append(t.Text);
            else if (element is NoBreakHyphen) text.Append('\u2011');
            else if (element is Paragraph) text.Append('\n');
        }
        return text.ToString();
    }

    public static readonly string[] Fixtures = TestPaths.FixtureFiles.Select(Path.GetFileName).ToArray()!;

    /// <summary>Every document the tests render: the fixtures composed, and the hand-built samples.</summary>
    public static ReportDocument Tree(string name) => name switch
    {
        "sample:party" => SampleDocuments.PartyReport,
        "sample:state" => SampleDocuments.StateReport,
        "sample:article" => SampleDocuments.Article,
        _ => Composed.Report(name),
    };

    public static IEnumerable<object[]> AllDocuments() =>
        Fixtures.Concat(["sample:party", "sample:state", "sample:article"]).Select(n => new object[] { n });

    public static IEnumerable<object[]> Reports() =>
        Fixtures.Concat(["sample:party", "sample:state"]).Select(n => new object[] { n });

    private static readonly Dictionary<string, byte[]> Cache = new();

    public static byte[] Bytes(string name)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(name, out var bytes)) Cache[name] = bytes = Renderer.Render(Tree(name));
            return bytes;
        }
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    public static Body Body(this WordprocessingDocument doc) => doc.MainDocumentPart!.Document.Body!;

    public static Styles Styles(this WordprocessingDocument doc) => doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!;

    public static Style Style(this WordprocessingDocument doc, string id) =>
        doc.Styles().Elements<Style>().Single(s => s.StyleId == id);

    public static string? StyleId(this Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static string Text(this OpenXmlElement e) =>
        string.Concat(e.Descendants().Select(d => d switch { Text t => t.Text, NoBreakHyphen => "-", Break => "\n", TabChar => "\t", _ => "" }));

    /// <summary>The letterhead: the first table of the body.</summary>
    public static Table Letterhead(this WordprocessingDocument doc) => doc.Body().Elements<Table>().First();

    /// <summary>The closing: the last table of the report's own pages.</summary>
    public static Table Closing(this WordprocessingDocument doc) => doc.ReportPart().OfType<Table>().Last();

    /// <summary>
    /// The body's blocks on the report's own pages: all of them, or those before the paragraph that ends the
    /// report's section when an appendix follows on pages of its own.
    /// </summary>
    public static IEnumerable<OpenXmlElement> ReportPart(this WordprocessingDocument doc) =>
        doc.Body().Elements().TakeWhile(e => e is not Paragraph { ParagraphProperties.SectionProperties: not null });

    /// <summary>The section properties of the report's own pages: the first in the body.</summary>
    public static SectionProperties ReportSection(this WordprocessingDocument doc) =>
        doc.Body().Descendants<SectionProperties>().First();

    public static TableCell Cell(this Table table, int row, int column) =>
        table.Elements<TableRow>().ElementAt(row).Elements<TableCell>().ElementAt(column);

    /// <summary>The paragraph that reads <paramref name="text"/>, a no-break space (a glued "Số 45-BC/HU") read as a space.</summary>
    public static Paragraph ParagraphWithText(this OpenXmlElement scope, string text) =>
        scope.Descendants<Paragraph>().Single(p => p.Text().Replace('\u00A0', ' ') == text.Replace('\u00A0', ' '));

    /// <summary>The text formatting a paragraph's runs get from its style and the styles it is based on, as Word resolves it.</summary>
    public sealed record Effective(int HalfPoints, bool Bold, bool Italic, bool Underline, string? Font, string? Language);

    public static Effective Resolve(this WordprocessingDocument doc, Paragraph paragraph) =>
        doc.Resolve(paragraph.StyleId() ?? DocxStyleIds.Normal, paragraph.Descendants<Run>().FirstOrDefault()?.RunProperties);

    public static Effective Resolve(this WordprocessingDocument doc, string styleId, RunProperties? direct = null)
    {
        var chain = new List<OpenXmlElement>();
        if (direct is not null) chain.Add(direct);
        for (var id = styleId; id is not null;)
        {
            var style = doc.Style(id);
            if (style.StyleRunProperties is { } rpr) chain.Add(rpr);
            id = style.BasedOn?.Val?.Value;
        }
        if (doc.Styles().DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle is { } defaults) chain.Add(defaults);

        T? First<T>() where T : OpenXmlElement => chain.Select(c => c.GetFirstChild<T>()).FirstOrDefault(x => x is not null);
        static bool On(OnOffType? v) => v is not null && (v.Val is null || v.Val.Value);
        return new Effective(
            int.Parse(First<FontSize>()!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture),
            On(First<Bold>()), On(First<Italic>()),
            First<Underline>() is { } u && u.Val?.Value != UnderlineValues.None,
            First<RunFonts>()?.Ascii?.Value,
            First<Languages>()?.Val?.Value);
    }

    /// <summary>A paragraph property as the style chain gives it (direct formatting first).</summary>
    public static T? ParagraphProperty<T>(this WordprocessingDocument doc, Paragraph paragraph) where T : OpenXmlElement
    {
        if (paragraph.ParagraphProperties?.GetFirstChild<T>() is { } direct) return direct;
        for (var id = paragraph.StyleId() ?? DocxStyleIds.Normal; id is not null;)
        {
            var style = doc.Style(id);
            if (style.StyleParagraphProperties?.GetFirstChild<T>() is { } found) return found;
            id = style.BasedOn?.Val?.Value;
        }
        return null;
    }

    public static int Twips(string? value) => int.Parse(value ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The width between a rule paragraph's indents in a cell of the given width.</summary>
    public static int RuleLength(Paragraph rule, int available)
    {
        var ind = rule.ParagraphProperties!.Indentation!;
        return available - Twips(ind.Left) - Twips(ind.Right);
    }
}
