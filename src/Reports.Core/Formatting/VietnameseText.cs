using System.Text;

namespace Reports.Core.Formatting;

/// <summary>Text helpers that keep Vietnamese output in one canonical form.</summary>
public static class VietnameseText
{
    /// <summary>
    /// NFC form. Data typed on different keyboards (Unikey, macOS) arrives composed or decomposed;
    /// comparisons and fonts need one form.
    /// </summary>
    public static string Nfc(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Capitals for header lines ("HUYỆN ỦY ĐAN PHƯỢNG"), using Vietnamese casing rules (the invariant ones: see <see cref="VietnameseCulture"/>).</summary>
    public static string ToUpper(string text) => Nfc(Nfc(text).ToUpperInvariant());
}
