using Reports.Core.Model;

namespace Reports.Core.Init;

/// <summary>
/// Reads the level, locality and document symbol out of a body's name ("Huyện ủy Đan Phượng",
/// "Ủy ban nhân dân xã Ô Diên"), so a starting file written for it is consistent from the first line.
/// </summary>
public static class UnitNameGuess
{
    public sealed record Guess(string LevelKey, string Locality, string Symbol);

    // Longer words first: "thị xã" must win over "xã", "thành phố" over nothing.
    private static readonly (string Word, string Key)[] Levels =
    [
        ("thành phố", "thanh_pho"), ("thị xã", "thi_xa"), ("đặc khu", "dac_khu"), ("huyện", "huyen"),
        ("tỉnh", "tinh"), ("phường", "phuong"), ("xã", "xa"),
    ];

    // Party committees named by level: "Huyện ủy X" is the committee of huyện X.
    private static readonly (string Prefix, string Key, string Symbol)[] Committees =
    [
        ("huyện ủy", "huyen", "HU"), ("tỉnh ủy", "tinh", "TU"), ("thành ủy", "thanh_pho", "TU"), ("thị ủy", "thi_xa", "TU"),
    ];

    public static Guess? From(string name, Regime regime)
    {
        var trimmed = name.Trim();
        var lower = trimmed.ToLowerInvariant();
        var defaultSymbol = regime == Regime.State ? "UBND" : "ĐU";
        foreach (var (prefix, key, symbol) in Committees)
        {
            if (lower.StartsWith(prefix + " ", StringComparison.Ordinal))
                return new Guess(key, trimmed[(prefix.Length + 1)..].Trim(), regime == Regime.State ? defaultSymbol : symbol);
        }
        foreach (var (word, key) in Levels)
        {
            var at = lower.IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at >= 0)
                return new Guess(key, trimmed[(at + word.Length + 2)..].Trim(), defaultSymbol);
        }
        return null;
    }
}
