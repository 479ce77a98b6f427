using System.Globalization;
using System.Text;
using Reports.Document;

namespace Reports.Rendering.Docx;

/// <summary>
/// Advance widths of Times New Roman (taken from Liberation Serif 2, which is metric-compatible with it), so
/// that the letterhead's rules can be drawn exactly as long as the text above them and the letterhead's
/// columns sized to fit their lines. Letters with Vietnamese tone marks are as wide as their base letter;
/// the horned letters (Ơ, Ư and their toned forms) are wider and listed apart. Other fonts are measured as
/// if they were Times New Roman: close enough for serif faces, and only the rule lengths depend on it.
/// </summary>
internal static class TextMeasure
{
    private const double UnitsPerEm = 2048;
    private const int FirstAscii = 0x20;

    // Advance widths of U+0020..U+007E in font units (2048 per em), one table per face.
    private static readonly int[] Regular = Parse("512,682,836,1024,1024,1706,1593,369,682,682,1024,1155,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,569,569,1155,1155,1155,909,1886,1479,1366,1366,1479,1251,1139,1479,1479,682,797,1479,1251,1821,1479,1479,1139,1479,1366,1139,1251,1479,1479,1933,1479,1479,1251,682,569,682,961,1024,682,909,1024,909,1024,909,682,1024,1024,569,569,1024,569,1593,1024,1024,1024,1024,682,797,569,1024,1024,1479,1024,1024,909,983,410,983,1108");
    private static readonly int[] Bold = Parse("512,682,1137,1024,1024,2048,1706,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1905,1479,1366,1479,1479,1366,1251,1593,1593,797,1024,1593,1366,1933,1479,1593,1251,1593,1479,1139,1366,1479,1479,2048,1479,1479,1366,682,569,682,1190,1024,682,1024,1139,909,1139,909,682,1024,1139,569,682,1139,569,1706,1139,1024,1139,1139,909,797,682,1139,1024,1479,1024,1024,909,807,451,807,1065");
    private static readonly int[] Italic = Parse("512,682,860,1024,1024,1706,1593,438,682,682,1024,1382,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1382,1382,1382,1024,1884,1251,1251,1366,1479,1251,1251,1479,1479,682,909,1366,1139,1706,1366,1479,1251,1479,1251,1024,1139,1479,1251,1706,1251,1139,1139,797,569,797,864,1024,682,1024,1024,909,1024,909,569,1024,1024,569,569,909,569,1479,1024,1024,1024,1024,797,797,569,1024,909,1366,909,909,797,819,563,819,1108");
    private static readonly int[] BoldItalic = Parse("512,797,1137,1024,1024,1706,1593,569,682,682,1024,1167,512,682,512,569,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,682,682,1167,1167,1167,1024,1704,1366,1366,1366,1479,1366,1366,1479,1593,797,1024,1366,1251,1821,1479,1479,1251,1479,1366,1139,1251,1479,1366,1821,1366,1251,1251,682,569,682,1167,1024,682,1024,1024,909,1024,909,682,1024,1139,569,569,1024,569,1593,1139,1024,1024,1024,797,797,569,1139,909,1366,1024,909,797,713,451,713,1167");

    // Đ, đ, Ơ, ơ, Ư, ư per face: regular, bold, italic, bold italic.
    private static readonly Dictionary<char, int[]> Special = new()
    {
        ['Đ'] = [1479, 1479, 1479, 1479],
        ['đ'] = [1024, 1139, 1024, 1024],
        ['Ơ'] = [1479, 1593, 1479, 1479],
        ['ơ'] = [1083, 1134, 1093, 1099],
        ['Ư'] = [1589, 1630, 1544, 1587],
        ['ư'] = [1110, 1229, 1117, 1227],
        ['–'] = [1024, 1024, 1024, 1024],
        ['—'] = [2048, 2048, 1821, 2048],
        ['…'] = [2048, 2048, 1821, 2048],
        ['“'] = [909, 1024, 1139, 1024],
        ['”'] = [909, 1024, 1139, 1024],
        ['‘'] = [682, 682, 682, 682],
        ['’'] = [682, 682, 682, 682],
    };

    private const char CombiningHorn = '\u031B';

    /// <summary>The width in points of the widest line of <paramref name="text"/> ("\n" separates lines).</summary>
    public static double WidestLinePt(string text, TextStyle style) =>
        DocxText.Lines(text).Select(line => LinePt(line, style)).DefaultIfEmpty(0).Max();

    /// <summary>The width in points of one line set in <paramref name="style"/>.</summary>
    public static double LinePt(string line, TextStyle style)
    {
        var face = style.Bold ? (style.Italic ? 3 : 1) : (style.Italic ? 2 : 0);
        double units = 0;
        foreach (var c in line.Normalize(NormalizationForm.FormC)) units += Units(c, face);
        return units / UnitsPerEm * style.SizePt;
    }

    private static int Units(char c, int face)
    {
        if (Special.TryGetValue(c, out var special)) return special[face];
        if (c is >= (char)FirstAscii and <= '~') return Table(face)[c - FirstAscii];
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var letter = decomposed[0];
        if (decomposed.Contains(CombiningHorn))
        {
            // Toned horned letters (Ớ, ự...) are as wide as Ơ, ư.
            var horned = letter switch { 'O' => 'Ơ', 'o' => 'ơ', 'U' => 'Ư', 'u' => 'ư', _ => letter };
            if (Special.TryGetValue(horned, out var width)) return width[face];
        }
        if (letter != c && letter is >= (char)FirstAscii and <= '~') return Table(face)[letter - FirstAscii];
        if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format) return 0;
        return 1024; // half an em: an average letter
    }

    private static int[] Table(int face) => face switch { 1 => Bold, 2 => Italic, 3 => BoldItalic, _ => Regular };

    private static int[] Parse(string widths) =>
        widths.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
}
