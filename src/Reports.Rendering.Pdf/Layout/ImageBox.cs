using Reports.Document;

namespace Reports.Rendering.Pdf.Layout;

/// <summary>
/// A picture of a fixed size (already fitted by <see cref="PictureBox"/>), centred in the width, with space
/// after it. Never split; at the top of a page it is placed even if taller than the page, which the fitting
/// rule never lets happen.
/// </summary>
public sealed class ImageBox(ImageData image, double width, double height, double spaceAfter) : Element
{
    public override double IntrinsicWidth => width;

    public override LayoutResult Layout(LayoutRequest request)
    {
        if (!request.Fits(height + spaceAfter) && !request.AtPageTop) return LayoutResult.Nothing;
        var drawnWidth = Math.Min(width, request.Width);
        var drawnHeight = height * (drawnWidth / width);
        var x = (request.Width - drawnWidth) / 2;
        return LayoutResult.Complete(drawnHeight + spaceAfter, new PlacedImage(image, x, drawnWidth, drawnHeight));
    }

    private sealed class PlacedImage(ImageData image, double x, double width, double height) : IPlaced
    {
        public void Emit(List<PageItem> page, double left, double top) => page.Add(new ImageItem(left + x, top, width, height, image));
    }
}
