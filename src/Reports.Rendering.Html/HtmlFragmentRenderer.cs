using System.Text;
using Reports.Document;

namespace Reports.Rendering.Html;

/// <summary>
/// The document's body alone (<see cref="HtmlRenderer.RenderFragment"/>), UTF-8, as a renderer of its own, so
/// that the portal fragment is an output like any other rather than a special case of the HTML page.
/// </summary>
public sealed class HtmlFragmentRenderer : IDocumentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HtmlRenderer _html = new();

    /// <summary>Made when HTML is asked for.</summary>
    public string Format => "html";

    public string Extension => "html";

    public byte[] Render(ReportDocument document) => Utf8.GetBytes(_html.RenderFragment(document));
}
