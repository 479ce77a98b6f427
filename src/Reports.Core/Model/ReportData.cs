using Reports.Core.Formatting;

namespace Reports.Core.Model;

/// <summary>
/// One quarterly report as the data file describes it, after loading and validation. Values are typed
/// (dates are NodaTime dates, figures decimals); nothing here is formatted for print yet.
/// </summary>
public sealed partial record ReportData(
    Regime Regime,
    Issuer Issuer,
    DocumentInfo Document,
    ReportingInfo Reporting,
    IReadOnlyList<Domain> Results,
    Assessment Assessment,
    IReadOnlyList<TaskItem> Tasks,
    IReadOnlyList<string> Proposals,
    Meeting? Meeting,
    Signature Signature,
    Recipients Recipients,
    ArticleInfo? Article,
    LayoutOverrides Layout)
{
    /// <summary>The report ends with an appendix of every figure on landscape pages (<c>phu_luc</c>).</summary>
    public bool HasAppendix { get; init; }
}
