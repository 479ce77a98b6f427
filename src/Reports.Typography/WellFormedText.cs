using System.Text;

namespace Reports.Typography;

/// <summary>
/// NFC for measuring, safe for any string. <see cref="string.Normalize()"/> throws on half a surrogate
/// pair (a cut in the middle of 😀 or 𡨸), and one bad piece of text must cost a width, not the whole
/// document: such text is measured as it is, the lone half as one missing glyph.
/// </summary>
public static class WellFormedText
{
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return text;
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
