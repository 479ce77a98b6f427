namespace Reports.Rendering.Pdf.Layout;

/// <summary>Page size and margins, in points.</summary>
public sealed record PageSetup(double Width, double Height, double MarginTop, double MarginBottom, double MarginLeft, double MarginRight)
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public double ContentWidth => Width - MarginLeft - MarginRight;

    public double ContentHeight => Height - MarginTop - MarginBottom;

    public static PageSetup FromMillimetres(double width, double height, double top, double bottom, double left, double right) =>
        new(width * PointsPerMillimetre, height * PointsPerMillimetre, top * PointsPerMillimetre,
            bottom * PointsPerMillimetre, left * PointsPerMillimetre, right * PointsPerMillimetre);
}

/// <summary>
/// A running header: the element for a page number (null for none), set in the content width with its top
/// <see cref="Top"/> points below the top edge of the page.
/// </summary>
public sealed record PageHeader(Func<int, Element?> ForPage, double Top);

/// <summary>Pours a flow of blocks into pages of one setup.</summary>
public static class Paginator
{
    /// <summary>A safety net against a layout that makes no progress; no report comes near it.</summary>
    public const int MaxPages = 10_000;

    /// <param name="firstNumber">The first page's number: a section on pages of its own continues the numbering.</param>
    public static IReadOnlyList<LaidOutPage> Paginate(Element body, PageSetup setup, PageHeader? header = null, int firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(setup);
        var pages = new List<LaidOutPage>();
        Element? remaining = body;
        while (remaining is not null)
        {
            var number = firstNumber + pages.Count;
            if (number > MaxPages) throw new InvalidOperationException($"The layout did not end after {MaxPages} pages.");
            var items = new List<PageItem>();

            if (header?.ForPage(number) is { } headerElement)
            {
                var placed = headerElement.Layout(new LayoutRequest(setup.ContentWidth, double.PositiveInfinity, AtPageTop: true));
                placed.Placed.Emit(items, setup.MarginLeft, header.Top);
            }

            var result = remaining.Layout(new LayoutRequest(setup.ContentWidth, setup.ContentHeight, AtPageTop: true) { PageHeight = setup.ContentHeight });
            if (result.Status == LayoutStatus.Nothing)
                throw new InvalidOperationException("A block could not be placed even on an empty page.");
            result.Placed.Emit(items, setup.MarginLeft, setup.MarginTop);
            pages.Add(new LaidOutPage(number, setup.Width, setup.Height, items));
            remaining = result.Status == LayoutStatus.Partial ? result.Rest : null;
        }
        return pages;
    }
}
