using System.Globalization;
using System.Text;

namespace Reports.Core.Schema;

/// <summary>
/// Finds the key or choice a user most likely meant. Keys are Vietnamese without diacritics, so a user
/// who typed "năm" or "Chính quyền" is matched on the letters alone before counting typos.
/// </summary>
public static class KeySuggester
{
    public static string? Suggest(string typed, IEnumerable<string> candidates)
    {
        var plain = Fold(typed);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(plain, Fold(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Allow about one typo per four letters, at least one.
        var allowed = Math.Max(1, plain.Length / 4);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Lower case, no diacritics, "đ" as "d", spaces and dashes as "_".</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'đ' => 'd', ' ' or '-' => '_', _ => c });
        }
        return sb.ToString();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
