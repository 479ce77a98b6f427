namespace Reports.Core.Formatting;

/// <summary>A part of a whole, always with its rate: "27/31 vụ, đạt 87,1%", "51 hộ, chiếm 0,09% tổng số hộ".</summary>
public static class PartOfWhole
{
    /// <summary>
    /// <see cref="WholeStyle.Fraction"/>: "27/31 vụ, đạt 87,1%"; a complete whole "21/21 xã (đạt 100%)".
    /// <see cref="WholeStyle.Share"/>: "51 hộ, chiếm 0,09% tổng số hộ" (the noun after "tổng số" is the unit).
    /// A whole of zero or less has no rate: "0/0 xã".
    /// </summary>
    public static string Format(decimal part, decimal whole, string unit, WholeStyle style = WholeStyle.Fraction)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string trimmed = unit.Trim();
        decimal percent = 0m;
        bool hasRate = whole > 0m && Percent.TryOf(part, whole, out percent);

        string text;
        if (style == WholeStyle.Share)
        {
            text = Quantity.Write(part, trimmed);
            if (hasRate)
            {
                text += ", chiếm " + Percent.FormatApart(percent, 100m) + " tổng số" + (trimmed.Length == 0 || Quantity.IsRate(trimmed) ? "" : " " + trimmed);
            }
        }
        else
        {
            // "%" follows its number with no space, as everywhere.
            text = Fraction(part, whole) + (trimmed.Length == 0 || Quantity.IsRate(trimmed) ? trimmed : " " + trimmed);
            if (hasRate)
            {
                // Complete only when the numbers are equal, never because rounding made them look so.
                text += part == whole ? " (đạt 100%)" : ", đạt " + Percent.FormatApart(percent, 100m);
            }
        }

        return VietnameseText.Nfc(text);
    }

    // "20,999/21" rather than "21/21": places are added until unequal numbers look unequal.
    private static string Fraction(decimal part, decimal whole)
    {
        for (int places = 2; ; places++)
        {
            string shownPart = VietnameseNumber.FormatNonZero(part, places);
            string shownWhole = VietnameseNumber.FormatNonZero(whole, places);
            if (part == whole || shownPart != shownWhole || places >= 28)
            {
                return shownPart + "/" + shownWhole;
            }
        }
    }
}
