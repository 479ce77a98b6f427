using System.Globalization;

namespace Reports.Core.Formatting;

/// <summary>The "Số ..." line under the issuer, in the form each regime prescribes.</summary>
public static class DocumentNumber
{
    /// <summary>
    /// Party (HD 36): "Số 45-BC/HU". State (NĐ 30): "Số: 05/BC-UBND", numbers below 10 zero-padded.
    /// Without a number the same line is written with a blank in its place.
    /// </summary>
    public static string Format(Regime regime, int? number, string issuerSymbol, string typeCode = "BC") =>
        VietnameseText.Nfc((regime == Regime.Party ? "Số " : "Số: ") + NumberAndSymbol(regime, number, issuerSymbol, typeCode));

    /// <summary>
    /// The number and symbol alone, as another text cites the document ("Kèm theo Báo cáo số 45-BC/HU ..."):
    /// "45-BC/HU", "05/BC-UBND"; a blank for the number when there is none.
    /// </summary>
    public static string NumberAndSymbol(Regime regime, int? number, string issuerSymbol, string typeCode = "BC")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(issuerSymbol);
        ArgumentException.ThrowIfNullOrWhiteSpace(typeCode);
        if (number is { } n)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(number));
        }

        string issuer = issuerSymbol.Trim();
        string type = typeCode.Trim();
        string text = regime switch
        {
            Regime.Party => $"{number?.ToString(CultureInfo.InvariantCulture) ?? HandwrittenBlank.Text}-{type}/{issuer}",
            Regime.State => $"{number?.ToString("00", CultureInfo.InvariantCulture) ?? HandwrittenBlank.Text}/{type}-{issuer}",
            _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
        };
        return VietnameseText.Nfc(text);
    }
}
