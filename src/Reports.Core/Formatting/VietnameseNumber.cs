using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Core.Formatting;

/// <summary>
/// Numbers as Vietnamese documents print them: "." groups thousands, "," marks decimals, no trailing zeros.
/// </summary>
public static partial class VietnameseNumber
{
    /// <summary>Rounds (away from zero) to at most <paramref name="maxDecimals"/> places and formats: 7396.54 → "7.396,54".</summary>
    public static string Format(decimal value, int maxDecimals = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDecimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDecimals, 28);

        decimal rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        // A value that rounds to zero is shown as "0", never "-0".
        if (rounded == 0m)
        {
            return "0";
        }

        // Invariant decimal text never uses an exponent, so it splits cleanly into digits.
        string plain = Math.Abs(rounded).ToString(CultureInfo.InvariantCulture);
        int point = plain.IndexOf('.');
        string integerDigits = point < 0 ? plain : plain[..point];
        string fraction = point < 0 ? "" : plain[(point + 1)..].TrimEnd('0');

        var text = new StringBuilder(plain.Length + plain.Length / 3 + 2);
        if (rounded < 0m)
        {
            text.Append('-');
        }

        for (int i = 0; i < integerDigits.Length; i++)
        {
            if (i > 0 && (integerDigits.Length - i) % 3 == 0)
            {
                text.Append('.');
            }

            text.Append(integerDigits[i]);
        }

        if (fraction.Length > 0)
        {
            text.Append(',').Append(fraction);
        }

        return text.ToString();
    }

    /// <summary>
    /// As <see cref="Format"/>, but a nonzero value is never shown as "0": it keeps places until its first
    /// significant digit shows (0,004 → "0,004" rather than "0"). Used for every figure a sentence prints.
    /// </summary>
    public static string FormatNonZero(decimal value, int maxDecimals = 2) =>
        Format(SafeArithmetic.RoundApart(value, maxDecimals, []), 28);

    /// <summary>
    /// Reads back exactly what <see cref="Format"/> writes (canonical form only); it is the inverse used to
    /// prove round trips, not a reader for typed input (see <see cref="NumberText"/>).
    /// </summary>
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0m;
        if (text is null || !CanonicalForm().IsMatch(text) || text == "-0")
        {
            return false;
        }

        string invariant = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(
            invariant,
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>As <see cref="TryParse"/>, throwing <see cref="FormatException"/> on text Format cannot produce.</summary>
    public static decimal Parse(string text) =>
        TryParse(text, out decimal value)
            ? value
            : throw new FormatException($"Not a number in Vietnamese canonical form: \"{text}\".");

    // No leading zeros, full groups of three after the first, a fraction without trailing zeros.
    [GeneratedRegex(@"\A-?(0|[1-9][0-9]{0,2}(\.[0-9]{3})*)(,[0-9]*[1-9])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalForm();
}
