namespace Reports.Document;

public enum DocumentKind
{
    /// <summary>báo cáo: the official report.</summary>
    Report,

    /// <summary>tin bài: the news article about the meeting.</summary>
    Article,
}

public enum DocumentRegime
{
    /// <summary>Party documents, Hướng dẫn 36-HD/VPTW.</summary>
    Party,

    /// <summary>State documents, Nghị định 30/2020/NĐ-CP.</summary>
    State,
}

/// <summary>
/// One document, ready for any renderer: every text worded, cased and numbered; every figure formatted.
/// Renderers never see the data file or the templates.
/// </summary>
public sealed record ReportDocument(
    DocumentKind Kind,
    DocumentRegime Regime,
    Letterhead? Letterhead,
    TitleBlock? Title,
    ArticleHeader? ArticleHeader,
    IReadOnlyList<Block> Body,
    Closing? Closing,
    bool IsDraft,
    DocumentMetadata Metadata,
    Presentation Presentation);
