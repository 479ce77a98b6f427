namespace Reports.Rendering.Pdf.Layout;

/// <summary>
/// A section's content and the page setup it asks for. The report layout starts a run of pages with that
/// setup where it meets one; only a section inside another section is laid out as an element, in the
/// enclosing section's page, since a page cannot change in the middle of a run.
/// </summary>
public sealed class SectionFlow(PageSetup page, Element content) : Element
{
    public PageSetup Page { get; } = page;

    public Element Content { get; } = content;

    public override LayoutResult Layout(LayoutRequest request) => Content.Layout(request);
}
