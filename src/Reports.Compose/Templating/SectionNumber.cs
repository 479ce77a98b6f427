using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Compose.Templating;

/// <summary>
/// The number in front of a heading: level 1 in Roman numerals, level 2 in Arabic, level 3 in letters,
/// followed by ".", "." and ")" (both rules' samples), or by "-" at every level (the style many Party
/// committees keep, HD 36-HD/VPTW among them).
/// </summary>
public static class SectionNumber
{
    public static string Format(int level, int n, HeadingNumbering style)
    {
        var number = level switch
        {
            1 => RomanNumeral.Format(n),
            2 => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
            3 => VietnameseFunctions.Letter(n),
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "1, 2 or 3"),
        };
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "from 1");
        return number + (style == HeadingNumbering.Dashed ? "-" : level == 3 ? ")" : ".");
    }
}
