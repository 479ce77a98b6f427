using Reports.Document;

namespace Reports.Pipeline;

/// <summary>
/// The renderers a run actually used. Renderers are shared by the whole process, so their notes are asked
/// of these only: a DOCX build must not repeat the font of an earlier PDF build in the same process.
/// </summary>
internal sealed class RenderersUsed
{
    private readonly Lock _gate = new();
    private readonly List<IDocumentRenderer> _renderers = [];

    public void Add(IDocumentRenderer renderer)
    {
        lock (_gate)
            if (!_renderers.Contains(renderer)) _renderers.Add(renderer);
    }

    /// <summary>Every used renderer's notes, in catalogue order (not the order threads happened to use them).</summary>
    public IReadOnlyList<RendererNote> Notes()
    {
        lock (_gate)
            return _renderers.OrderBy(r => RendererCatalog.Formats.ToList().IndexOf(r.Format)).SelectMany(r => r.Notes).ToList();
    }
}
