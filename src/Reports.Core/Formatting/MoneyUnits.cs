namespace Reports.Core.Formatting;

/// <summary>Names and sizes of <see cref="MoneyUnit"/>s.</summary>
public static class MoneyUnits
{
    /// <summary>
    /// Reads a unit as staff write it: "đồng", "nghìn đồng" / "ngàn đồng" (southern usage), "triệu đồng",
    /// "tỷ đồng" / "tỉ đồng" (both spellings are current). Case, extra spaces and Unicode form do not matter.
    /// </summary>
    public static bool TryParse(string? unitText, out MoneyUnit unit)
    {
        unit = MoneyUnit.Dong;
        if (unitText is null)
        {
            return false;
        }

        string words = string.Join(' ', VietnameseText.Nfc(unitText)
            .ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        MoneyUnit? found = words switch
        {
            "đồng" => MoneyUnit.Dong,
            "nghìn đồng" or "ngàn đồng" => MoneyUnit.ThousandDong,
            "triệu đồng" => MoneyUnit.MillionDong,
            "tỷ đồng" or "tỉ đồng" => MoneyUnit.BillionDong,
            _ => null,
        };
        unit = found ?? MoneyUnit.Dong;
        return found is not null;
    }

    /// <summary>The printed name: "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng".</summary>
    public static string Name(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Dong => "đồng",
        MoneyUnit.ThousandDong => "nghìn đồng",
        MoneyUnit.MillionDong => "triệu đồng",
        MoneyUnit.BillionDong => "tỷ đồng",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>How many đồng one of the unit is worth.</summary>
    public static decimal InDong(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Dong => 1m,
        MoneyUnit.ThousandDong => 1_000m,
        MoneyUnit.MillionDong => 1_000_000m,
        MoneyUnit.BillionDong => 1_000_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
