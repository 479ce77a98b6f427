using NodaTime;
using Reports.Core.Diagnostics;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Schema;

public static partial class DataFileShape
{
    /// <summary>The first day without a district level (DOMAIN.md, "Since 1 July 2025").</summary>
    internal static readonly LocalDate DistrictLevelEnded = new(2025, 7, 1);

    /// <summary>
    /// A district-level body (huyện, thị xã, or a thành phố under a province, i.e. with cap_tren) cannot issue a
    /// document dated from 1 July 2025: the level no longer exists, so the level or the date is wrong.
    /// A thành phố without cap_tren is a centrally run city, a province-level body.
    /// </summary>
    internal static void DistrictLevelAfterReorganisation(GroupCheck check)
    {
        if (!check.TryGet<LocalDate>(out var date, out _, F.Root.Document.Key, F.Document.Date.Key) || date < DistrictLevelEnded) return;
        if (!check.TryGet<string>(out var levelKey, out var at, F.Root.Issuer.Key, F.Issuer.Level.Key)) return;
        var level = F.Issuer.Level.Choice.Parse(levelKey);
        var underProvince = check.TryGet<string>(out var parent, out _, F.Root.Issuer.Key, F.Issuer.ParentBody.Key) && !string.IsNullOrWhiteSpace(parent);
        var districtLevel = level is UnitLevel.District or UnitLevel.Town || (level == UnitLevel.ProvincialCity && underProvince);
        if (districtLevel)
            check.Warning(MessageId.DistrictLevelAbolished, at, $"{F.Root.Issuer.Key}.{F.Issuer.Level.Key}",
                Formatting.VietnameseDate.ShortWithYear(date), level.Word());
    }
}
