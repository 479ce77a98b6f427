namespace Reports.Core.Formatting;

/// <summary>"4/21 xã": how many units of a whole reached a goal.</summary>
public static class PartOfWhole
{
    /// <summary>"4/21 xã"; a complete whole adds "(đạt 100%)": "21/21 xã (đạt 100%)".</summary>
    public static string Format(decimal part, decimal whole, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string shownPart = VietnameseNumber.Format(part);
        string shownWhole = VietnameseNumber.Format(whole);
        string text = shownPart + "/" + shownWhole + (string.IsNullOrWhiteSpace(unit) ? "" : " " + unit.Trim());

        // Decided on the shown numbers so the text never reads "21/21" without the note, or the reverse;
        // a zero whole is not an achievement.
        bool complete = whole > 0m && shownPart == shownWhole;
        return VietnameseText.Nfc(complete ? text + " (đạt 100%)" : text);
    }
}
