using Reports.Rendering.Pdf;
using Reports.Rendering.Pdf.Layout;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>
/// The bundled Liberation Serif, copied beside the test binary, and a renderer that uses nothing else: test
/// output never depends on the fonts of the machine.
/// </summary>
internal static class PdfTestSupport
{
    public static string BundledFonts { get; } = Path.Combine(AppContext.BaseDirectory, "fonts", "liberation-serif");

    public static PdfRendererOptions Options { get; } = PdfRendererOptions.OnlyFolder(BundledFonts);

    public static PdfRenderer Renderer { get; } = new(Options);

    public static FontFamilyFaces Fonts => Renderer.Fonts.Faces;

    public static RunStyle Body(double size = 14, bool bold = false, bool italic = false) => Fonts.Style(size, bold, italic);

    /// <summary>A page of the given content size with 50 pt margins all round.</summary>
    public static PageSetup Page(double contentWidth, double contentHeight) =>
        new(contentWidth + 100, contentHeight + 100, 50, 50, 50, 50);

    /// <summary>Text items grouped into lines by baseline, top to bottom, each line left to right.</summary>
    public static List<List<TextItem>> Lines(IEnumerable<TextItem> items) =>
        items.GroupBy(t => Math.Round(t.Baseline, 3))
            .OrderBy(g => g.Key)
            .Select(g => g.OrderBy(t => t.X).ToList())
            .ToList();

    public static string LineText(IEnumerable<TextItem> line) => string.Join(" ", line.Select(t => t.Text.Trim()));

    public static double Right(IEnumerable<TextItem> line) => line.Max(t => t.X + t.Width);

    /// <summary>Words of a made-up Vietnamese report sentence, n of them.</summary>
    public static string Words(int n, int seed = 0)
    {
        string[] words =
        [
            "tổng", "thu", "ngân", "sách", "nhà", "nước", "trên", "địa", "bàn", "đạt", "187,5", "tỷ", "đồng,",
            "bằng", "83%", "so", "với", "cùng", "kỳ;", "giải", "ngân", "vốn", "đầu", "tư", "công", "được",
            "đẩy", "mạnh,", "các", "dự", "án", "trọng", "điểm", "hoàn", "thành", "đúng", "tiến", "độ.",
        ];
        return string.Join(' ', Enumerable.Range(0, n).Select(i => words[(i * 7 + seed) % words.Length]));
    }
}
