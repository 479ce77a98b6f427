namespace Reports.Core.Model;

/// <summary>The body that issues the report. Its level is data: since 2025 there may be no "huyện" at all.</summary>
public sealed record Issuer(
    string? ParentBody,
    string Name,
    string Symbol,
    UnitLevel Level,
    string Locality,
    string PlaceName)
{
    /// <summary>The unit as named in a sentence: "huyện Đan Phượng", "xã Ô Diên".</summary>
    public string UnitName => $"{Level.Word()} {Locality}";
}

public enum UnitLevel
{
    Province,
    ProvincialCity,
    District,
    Town,
    Commune,
    Ward,
    SpecialZone,
}

public static class UnitLevels
{
    public static string Word(this UnitLevel level) => level switch
    {
        UnitLevel.Province => "tỉnh",
        UnitLevel.ProvincialCity => "thành phố",
        UnitLevel.District => "huyện",
        UnitLevel.Town => "thị xã",
        UnitLevel.Commune => "xã",
        UnitLevel.Ward => "phường",
        UnitLevel.SpecialZone => "đặc khu",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
