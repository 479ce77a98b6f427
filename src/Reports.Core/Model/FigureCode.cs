using System.Text;
using Reports.Core.Schema;

namespace Reports.Core.Model;

/// <summary>
/// The code of a figure (<c>ma: thu_ngan_sach</c>): its identity across files and its name inside statements
/// ("[thu_ngan_sach]"). Lower-case ASCII letters, digits and "_", starting with a letter, so that it is typed
/// the same way on every keyboard and cannot be confused with ordinary bracketed text such as "[1]".
/// </summary>
public static class FigureCode
{
    /// <summary>Long enough for any name a clerk would type, short enough to stay readable inside a sentence.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule as a regular expression, for the JSON Schema editors check against.</summary>
    public const string Pattern = "^[a-z][a-z0-9_]*$";

    public static bool IsValid(string text)
    {
        if (text.Length is 0 or > MaxLength || text[0] is < 'a' or > 'z') return false;
        foreach (var c in text)
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '_')) return false;
        return true;
    }

    /// <summary>
    /// A valid code close to what was written, for the how-to-fix text: "Thu ngân sách" → "thu_ngan_sach",
    /// "2chi-tieu" → "ma_2chi_tieu"; null when nothing usable remains.
    /// </summary>
    public static string? Suggest(string text)
    {
        var folded = KeySuggester.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var kept = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_';
            if (kept == '_' && (sb.Length == 0 || sb[^1] == '_')) continue;
            sb.Append(kept);
        }
        var code = sb.ToString().TrimEnd('_');
        if (code.Length == 0) return null;
        if (code[0] is >= '0' and <= '9') code = "ma_" + code;
        if (code.Length > MaxLength) code = code[..MaxLength].TrimEnd('_');
        return IsValid(code) ? code : null;
    }
}
