using Reports.Tests.Support;
using System.Text;
using Reports.Core;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// The warnings on a document's date and its issuer's level, at their edges: when a report is normally
/// signed, and which bodies were district-level before 1 July 2025. The corpus (Inputs/bad) has one file each.
/// </summary>
public sealed class DateAndLevelRuleTests
{
    [Theory]
    // A state report signed after the NĐ 09 cut-off (14/6), before the quarter ends: normal.
    [InlineData("2024-06-20", 2, "luy_ke", null)]
    [InlineData("2024-05-31", 2, "luy_ke", null)] // 30 days before 30/6
    [InlineData("2024-05-30", 2, "luy_ke", "DateLongBeforePeriodEnd")]
    [InlineData("2024-04-20", 2, "quy", "DateLongBeforePeriodEnd")]
    [InlineData("2024-03-20", 2, "quy", "DateBeforePeriod")]
    // Signed after the period, until the next one ends: quý III for quarter style, 6 tháng cuối for cumulative.
    [InlineData("2024-09-30", 2, "quy", null)]
    [InlineData("2024-10-01", 2, "quy", "DateFarAfterPeriod")]
    [InlineData("2024-12-31", 2, "luy_ke", null)]
    [InlineData("2025-01-01", 2, "luy_ke", "DateFarAfterPeriod")]
    // After quý IV: quý I of the next year, or the whole next year.
    [InlineData("2025-01-10", 4, "quy", null)]
    [InlineData("2025-04-01", 4, "quy", "DateFarAfterPeriod")]
    [InlineData("2025-04-01", 4, "luy_ke", null)]
    public void A_report_is_dated_near_its_period(string date, int quarter, string style, string? expected)
    {
        var text = Base("xa", parent: null, date, year: 2024, quarter, style);
        Assert.Equal(expected is null ? [] : new[] { expected }, Warnings(text));
    }

    [Theory]
    [InlineData("huyen", "Đảng bộ thành phố Hà Nội", "2025-07-01", "DistrictLevelAbolished")]
    [InlineData("huyen", "Đảng bộ thành phố Hà Nội", "2025-06-30", null)]
    [InlineData("thi_xa", "Đảng bộ tỉnh Phú Thọ", "2025-10-06", "DistrictLevelAbolished")]
    [InlineData("thanh_pho", "Đảng bộ tỉnh Bắc Ninh", "2025-10-06", "DistrictLevelAbolished")]
    [InlineData("thanh_pho", null, "2025-10-06", null)] // a centrally run city is province-level
    [InlineData("xa", "Đảng bộ thành phố Hà Nội", "2025-10-06", null)]
    public void The_district_level_ended_on_1_July_2025(string level, string? parent, string date, string? expected)
    {
        var year = int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture);
        var quarter = date.StartsWith("2025-06", StringComparison.Ordinal) ? 2 : 3;
        var text = Base(level, parent, date, year, quarter, "luy_ke");
        Assert.Equal(expected is null ? [] : new[] { expected }, Warnings(text).Where(id => id == "DistrictLevelAbolished"));
    }

    [Fact]
    public void The_warnings_name_the_dates_and_how_to_fix()
    {
        var result = Load(Base("huyen", "Đảng bộ thành phố Hà Nội", "2025-04-20", 2025, 2, "luy_ke").Replace("2025-04-20", "2025-10-06", StringComparison.Ordinal)
            .Replace("quy: 2", "quy: 3", StringComparison.Ordinal));
        var district = Assert.Single(result.Diagnostics, d => d.Id == MessageId.DistrictLevelAbolished);
        Assert.Equal("Văn bản ngày 6/10/2025 của cơ quan cấp huyện: từ ngày 01/7/2025 không còn cấp huyện.", district.Message(Language.Vietnamese));
        Assert.Contains("co_quan.cap", district.Fix(Language.Vietnamese), StringComparison.Ordinal);

        var early = Assert.Single(Load(Base("xa", null, "2024-04-20", 2024, 2, "luy_ke")).Diagnostics);
        Assert.Equal("Ngày văn bản (20/4/2024) còn sớm hơn 30 ngày so với ngày cuối của kỳ báo cáo (6 tháng đầu năm 2024 kết thúc ngày 30/6/2024).",
            early.Message(Language.Vietnamese));
        var late = Assert.Single(Load(Base("xa", null, "2024-07-06", 2024, 1, "quy")).Diagnostics);
        Assert.Equal("The document date (6/7/2024) is after the next period (quý II năm 2024) has ended (30/6/2024).", late.Message(Language.English));
    }

    private static List<string> Warnings(string text) => Load(text).Diagnostics.Select(d => d.Id.ToString()).ToList();

    private static LoadResult Load(string text) => DataFileLoader.Load("rule.yaml", Encoding.UTF8.GetBytes(text));

    private static string Base(string level, string? parent, string date, int year, int quarter, string style) => $"""
        phien_ban: 1
        loai_van_ban: dang
        co_quan:
        {(parent is null ? "" : "  cap_tren: " + parent + "\n")}  ten: Đảng ủy Thử
          ky_hieu: ĐU
          cap: {level}
          dia_phuong: Thử
        van_ban:
          ngay: {date}
        ky_bao_cao:
          nam: {year}
          quy: {quarter}
          kieu: {style}
        ket_qua:
          - tieu_de: Phát triển kinh tế
            noi_dung:
              - Thu ngân sách đạt kết quả tốt.
        nhiem_vu:
          - noi_dung: Tập trung thu ngân sách.
        {DataFileParts.Closing()}
        """;
}
