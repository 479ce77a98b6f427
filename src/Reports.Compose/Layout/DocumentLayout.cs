using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Layout;

/// <summary>
/// The step between composition and rendering: the regime's rules and the data file's overrides become
/// explicit values in the document tree (<see cref="Presentation"/> and <see cref="FrameLayout"/>).
/// </summary>
public static class DocumentLayout
{
    public static (Presentation Presentation, FrameLayout Frame) Resolve(
        Regime regime, LayoutOverrides overrides, Letterhead? letterhead, TitleBlock? title, ITextMeasurer measurer,
        int? draftRevision = null)
    {
        var presentation = PresentationDefaults.For(regime, overrides);
        return (presentation, FrameResolver.Resolve(regime, presentation, letterhead, title, measurer, draftRevision));
    }
}
