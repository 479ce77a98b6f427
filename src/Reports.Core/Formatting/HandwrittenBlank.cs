namespace Reports.Core.Formatting;

/// <summary>
/// The room a draft leaves for the signer to write the number and the day by hand (DOMAIN.md, "Drafts").
/// No-break spaces, so that neither Word, nor a browser, nor the PDF layout collapses or breaks them.
/// </summary>
public static class HandwrittenBlank
{
    /// <summary>Six no-break spaces: about the width of "45" or "04" written by hand, with air.</summary>
    public static readonly string Text = new('\u00A0', 6);
}
