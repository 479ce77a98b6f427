namespace Reports.Document;

/// <summary>
/// Turns a document tree into the bytes of one file format. Implementations see only the tree; they
/// must be deterministic (the same tree gives the same bytes) and safe to call from several threads.
/// </summary>
public interface IDocumentRenderer
{
    /// <summary>The name users give to --format: "html", "md", "docx", "pdf".</summary>
    string Format { get; }

    /// <summary>The file extension without the dot.</summary>
    string Extension { get; }

    byte[] Render(ReportDocument document);

    /// <summary>
    /// What the user should learn about this renderer's work so far (once per run, not per document): read
    /// after rendering. Most renderers have nothing to say.
    /// </summary>
    IReadOnlyList<RendererNote> Notes => [];
}
