using Reports.Tests.Support;
using System.Globalization;
using System.Text;

namespace Reports.Tests.Chain;

/// <summary>
/// Writes small data files for chain tests. <c>bao_cao_truoc</c>, when given, is always on line 3, its value
/// at column 16, so messages about it can be checked by position.
/// </summary>
internal sealed record ChainFile(int Year, int Quarter)
{
    public string Style { get; init; } = "quy";
    public string Unit { get; init; } = "Huyện ủy Quốc Oai";
    public string Regime { get; init; } = "dang";
    public string? Previous { get; init; }
    public string Reviews { get; init; } = "";
    public string MoneyUnit { get; init; } = "tỷ đồng";
    public decimal Revenue { get; init; } = 100m;
    public decimal Members { get; init; } = 10m;
    public decimal Rate { get; init; } = 90m;
    public string[] Tasks { get; init; } = ["Nhiệm vụ một.", "Nhiệm vụ hai.", "Nhiệm vụ ba."];

    public const int PreviousLine = 3;
    public const int PreviousColumn = 16;

    public string Text()
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"phien_ban: 1\nloai_van_ban: {Regime}\n");
        if (Previous is not null) s.Append(CultureInfo.InvariantCulture, $"bao_cao_truoc: {Previous}\n");
        s.Append(Reviews);
        var lastMonth = Quarter * 3;
        s.Append(CultureInfo.InvariantCulture, $"""
            co_quan:
              ten: {Unit}
              ky_hieu: HU
              cap: huyen
              dia_phuong: Quốc Oai
            van_ban:
              ngay: {Year}-{lastMonth:00}-25
            ky_bao_cao:
              nam: {Year}
              quy: {Quarter}
              kieu: {Style}
            ket_qua:
              - tieu_de: Phát triển kinh tế
                chi_tieu:
                  - ten: Tổng thu ngân sách
                    ma: thu_ngan_sach
                    cong_don: true
                    don_vi: {MoneyUnit}
                    thuc_hien: {Number(Revenue)}
                  - ten: Kết nạp đảng viên mới
                    ma: ket_nap
                    cong_don: true
                    don_vi: đảng viên
                    thuc_hien: {Number(Members)}
                  - ten: Tỷ lệ tham gia bảo hiểm y tế
                    ma: bao_hiem_y_te
                    don_vi: "%"
                    thuc_hien: {Number(Rate)}
            nhiem_vu:

            """);
        foreach (var task in Tasks) s.Append(CultureInfo.InvariantCulture, $"  - noi_dung: {task}\n");
        s.Append(DataFileParts.Closing("Văn phòng Huyện ủy")).Append('\n');
        return s.ToString();
    }

    public string WriteTo(TempFolder folder, string name)
    {
        var path = folder.File(name);
        File.WriteAllText(path, Text());
        return path;
    }

    /// <summary>A <c>nhiem_vu_ky_truoc</c> block: (number, status or null, note or null) per item.</summary>
    public static string ReviewBlock(params (int Number, string? Status, string? Note)[] items)
    {
        var s = new StringBuilder("nhiem_vu_ky_truoc:\n");
        foreach (var (number, status, note) in items)
        {
            s.Append(CultureInfo.InvariantCulture, $"  - stt: {number}\n");
            if (status is not null) s.Append(CultureInfo.InvariantCulture, $"    tinh_trang: {status}\n");
            if (note is not null) s.Append(CultureInfo.InvariantCulture, $"    ghi_chu: {note}\n");
        }
        return s.ToString();
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
