using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Layout;

/// <summary>
/// The step between composition and rendering: the regime's rules and the data file's overrides become
/// explicit values in the document tree (<see cref="Presentation"/> and <see cref="FrameLayout"/>), and the
/// subject's line breaks are chosen (<see cref="TitleBreaks"/>) before the rule under it is measured.
/// </summary>
public static class DocumentLayout
{
    public static (Presentation Presentation, FrameLayout Frame, TitleBlock? Title) Resolve(
        Regime regime, LayoutOverrides overrides, Letterhead? letterhead, TitleBlock? title, ITextMeasurer measurer,
        int? draftRevision = null)
    {
        ArgumentNullException.ThrowIfNull(measurer);
        var presentation = PresentationDefaults.For(regime, overrides);
        // The subject is a full-width centred paragraph in every renderer.
        var broken = title is null ? null
            : title with { Subject = TitleBreaks.Break(title.Subject, presentation.Styles.Subject, FrameResolver.TextWidthPt(presentation), measurer) };
        return (presentation, FrameResolver.Resolve(regime, presentation, letterhead, broken, measurer, draftRevision), broken);
    }

    /// <summary>An article's title with its line breaks chosen at the page's text width.</summary>
    public static string BreakArticleTitle(string title, Presentation presentation, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        return TitleBreaks.Break(title, presentation.Styles.ArticleTitle, FrameResolver.TextWidthPt(presentation), measurer);
    }
}
