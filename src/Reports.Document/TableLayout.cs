namespace Reports.Document;

/// <summary>
/// How a table sits on pages, decided once by the layout step (Compose) so that DOCX, PDF and HTML break it
/// alike; renderers obey these values and decide nothing.
/// </summary>
/// <param name="KeepTogether">The table, caption included, stays on one page when it fits on one: it moves whole to the next page rather than straddle a page foot.</param>
/// <param name="MinRowsAtBreak">A table too long for one page breaks only where at least this many body rows stay on each side (never a lone row at a page foot or head).</param>
/// <param name="RepeatHeader">The header rows are repeated at the top of every page the table continues on.</param>
/// <param name="CaptionSpaceAfterPt">Space between the caption and the table.</param>
/// <param name="SpaceAfterPt">Space between the table and the block after it (a heading, say).</param>
public sealed record TableLayout(bool KeepTogether, int MinRowsAtBreak, bool RepeatHeader, double CaptionSpaceAfterPt, double SpaceAfterPt)
{
    /// <summary>What a table built outside the layout step gets: rows may break anywhere, headers repeat.</summary>
    public static TableLayout Unresolved { get; } = new(KeepTogether: false, MinRowsAtBreak: 1, RepeatHeader: true, CaptionSpaceAfterPt: 3, SpaceAfterPt: 6);
}
