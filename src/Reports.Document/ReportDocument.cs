namespace Reports.Document;

public enum DocumentKind
{
    /// <summary>báo cáo: the official report.</summary>
    Report,

    /// <summary>tin bài: the news article about the meeting.</summary>
    Article,
}

/// <summary>
/// One document, ready for any renderer: every text worded, cased and numbered; every figure formatted.
/// Renderers never see the data file, the templates or the regime: <see cref="Frame"/> holds what the
/// regime decides about the page.
/// </summary>
public sealed record ReportDocument(
    DocumentKind Kind,
    Letterhead? Letterhead,
    TitleBlock? Title,
    ArticleHeader? ArticleHeader,
    IReadOnlyList<Block> Body,
    Closing? Closing,
    bool IsDraft,
    DocumentMetadata Metadata,
    Presentation Presentation,
    FrameLayout Frame)
{
    /// <summary>What follows the closing, each on pages of its own: the appendix (phụ lục) of a report.</summary>
    public IReadOnlyList<Section> Appendices { get; init; } = [];
}
