using Reports.Document;

namespace Reports.Pipeline;

/// <summary>
/// One file a document yields in one format: "{stem}.{document}{Qualifier}.{extension}", such as
/// "quy1.bao-cao.pdf" or, for the article's portal fragment, "quy1.tin-bai.noi-dung.html".
/// </summary>
/// <param name="Format">The --format that asks for it.</param>
/// <param name="Qualifier">Between the document's name and the extension: "" or ".noi-dung".</param>
/// <param name="Renderer">The shared renderer, fetched (and created) only when the output is made.</param>
public sealed record DocumentOutput(string Format, string Qualifier, Func<IDocumentRenderer> Renderer)
{
    /// <summary>The file name for a data file named <paramref name="stem"/> (without extension).</summary>
    public string FileName(string stem, string document, IDocumentRenderer renderer) =>
        $"{stem}.{document}{Qualifier}.{renderer.Extension}";
}
