using Reports.Core.Layout;
using Reports.Core.Diagnostics;
using NodaTime;

namespace Reports.Core.Schema;

/// <summary>The rules of the data file that compare values, which JSON Schema cannot express.</summary>
public static partial class DataFileShape
{
    private static void PartNotAboveWhole(GroupCheck check)
    {
        if (!check.TryGet<decimal>(out var whole, out var wholeAt, "tong_so")) return;
        if (whole == 0)
        {
            check.Error(MessageId.ZeroWhole, wholeAt, "tong_so");
            return;
        }
        if (check.TryGet<decimal>(out var part, out var partAt, "thuc_hien") && part > whole)
            check.Error(MessageId.PartExceedsWhole, partAt, "thuc_hien", Formatting.VietnameseNumber.Format(part, 6), Formatting.VietnameseNumber.Format(whole, 6));
    }

    private static void ConnectionPointsUnused(GroupCheck check)
    {
        var inPerson = !check.TryGet<string>(out var format, out _, "hinh_thuc") || format == "truc_tiep";
        if (inPerson && check.TryGet<long>(out _, out var at, "so_diem_cau"))
            check.Warning(MessageId.ConnectionPointsIgnored, at, "so_diem_cau");
    }

    /// <summary>HD 36 sets Party body text at 14-15 pt, NĐ 30 state text at 13-14 pt.</summary>
    private static void FontSizeForRegime(GroupCheck check)
    {
        if (!check.TryGet<string>(out var regime, out _, "loai_van_ban")) return;
        if (!check.TryGet<long>(out var size, out var at, "trinh_bay", "co_chu")) return;
        var (range, name) = regime == "dang" ? (OfficialLayout.Party.BodyFontSize, MessageId.RegimeParty) : (OfficialLayout.State.BodyFontSize, MessageId.RegimeState);
        var (min, max) = ((long)range.Min, (long)range.Max);
        if (size < min || size > max)
            check.Error(MessageId.FontSizeForRegime, at, "trinh_bay.co_chu", Invariant(size),
                MessageArgument.Nested(name), Invariant(min), Invariant(max));
    }

    /// <summary>A date before the period, or long after it, is nearly always a typo in the year.</summary>
    private static void DocumentDateNearPeriod(GroupCheck check)
    {
        if (!check.TryGet<LocalDate>(out var date, out var at, "van_ban", "ngay")) return;
        if (!check.TryGet<long>(out var year, out _, "ky_bao_cao", "nam")) return;
        if (!check.TryGet<long>(out var quarter, out _, "ky_bao_cao", "quy")) return;
        var start = new LocalDate((int)year, (int)(quarter - 1) * 3 + 1, 1);
        var end = start.PlusMonths(3).PlusDays(-1);
        if (date < start)
            check.Warning(MessageId.DateBeforePeriod, at, "van_ban.ngay", Formatting.VietnameseDate.ShortWithYear(date), Formatting.VietnameseDate.ShortWithYear(start));
        else if (date > end.PlusYears(1))
            check.Warning(MessageId.DateFarAfterPeriod, at, "van_ban.ngay", Formatting.VietnameseDate.ShortWithYear(date));
    }

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
