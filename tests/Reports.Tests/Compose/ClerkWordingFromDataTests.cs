using System.Text;
using Reports.Core;
using Reports.Document;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Compose;

/// <summary>
/// Each case that made a report unsignable (issue "Figures in a clerk's words"), written as a clerk would
/// fill the data file, composed and laid out as a PDF: the printed words say exactly what the numbers say.
/// </summary>
public sealed class ClerkWordingFromDataTests
{
    private const string Data = """
        phien_ban: 1
        loai_van_ban: chinh_quyen
        co_quan:
          cap_tren: Ủy ban nhân dân thành phố Hà Nội
          ten: Ủy ban nhân dân huyện Mỹ Đức
          ky_hieu: UBND
          cap: huyen
          dia_phuong: Mỹ Đức
        van_ban:
          so: 5
          ngay: 2024-06-20
        ky_bao_cao:
          nam: 2024
          quy: 2
        ket_qua:
          - tieu_de: Các chỉ tiêu
            chi_tieu:
              - ten: Số hộ được hỗ trợ
                don_vi: hộ
                thuc_hien: 9997
                ke_hoach:
                  - nhan: kế hoạch năm
                    gia_tri: 10000
              - ten: Lượt khách tham quan
                don_vi: lượt khách
                thuc_hien: 13752
                cung_ky: 13751
              - ten: Số đảng viên bị thi hành kỷ luật
                don_vi: đảng viên
                thuc_hien: 3
                cung_ky: 5
                chieu_tot: giam
              - ten: Số vụ phạm pháp hình sự
                don_vi: vụ
                thuc_hien: 31
                cung_ky: 38
                chieu_tot: giam
              - ten: Số lao động qua đào tạo
                don_vi: lao động
                thuc_hien: 9997
                cung_ky: 2040
              - ten: Tỷ lệ dân số tham gia bảo hiểm y tế
                don_vi: "%"
                thuc_hien: 93,7
                cung_ky: 92,5
              - ten: Hồ sơ giải quyết đúng hạn
                don_vi: hồ sơ
                thuc_hien: 6418
                tong_so: 6452
              - ten: Số hộ nghèo
                don_vi: hộ
                thuc_hien: 51
                tong_so: 56667
                cach_ghi_tong: ty_trong
              - ten: Thu từ đấu giá quyền sử dụng đất
                don_vi: triệu đồng
                thuc_hien: 13752
              - ten: Hỗ trợ khắc phục hậu quả bão
                don_vi: tỷ đồng
                thuc_hien: 0,9
              - ten: Thu phí tham quan
                don_vi: tỷ đồng
                thuc_hien: 0,004
                ke_hoach:
                  - nhan: dự toán năm
                    gia_tri: 0,005
        nhiem_vu:
          - noi_dung: Tiếp tục thực hiện các chỉ tiêu.
        ky:
          thay_mat: Ủy ban nhân dân
          chuc_vu: Chủ tịch
          ho_ten: Nguyễn Văn An
        noi_nhan:
          gui:
            - Ủy ban nhân dân Thành phố
          luu: VT, VP
        """;

    private static readonly Lazy<string> Printed = new(() =>
    {
        var loaded = DataFileLoader.Load("clerk.yaml", Encoding.UTF8.GetBytes(Data));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Reports.Core.Diagnostics.Severity.Error);
        var document = Composed.Report(loaded.Data!);
        return string.Join(" ", Renderer.Paginate(document).SelectMany(page => Lines(page.Texts)).Select(LineText));
    });

    [Theory]
    [InlineData("Số hộ được hỗ trợ đạt 9.997 hộ, đạt 99,97% kế hoạch năm.")]
    [InlineData("Số đảng viên bị thi hành kỷ luật là 3 đảng viên, giảm 2 đảng viên (40%) so với cùng kỳ.")]
    [InlineData("Số vụ phạm pháp hình sự là 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ.")]
    [InlineData("gấp 4,9 lần so với cùng kỳ.")]
    [InlineData("đạt 93,7%, tăng 1,2 điểm phần trăm so với cùng kỳ.")]
    [InlineData("đạt 6.418/6.452 hồ sơ, đạt 99,5%.")]
    [InlineData("51 hộ, chiếm 0,09% tổng số hộ")]
    [InlineData("13 tỷ 752 triệu đồng")]
    [InlineData("900 triệu đồng")]
    [InlineData("4 triệu đồng, đạt 80% dự toán năm")]
    public void The_pdf_says_what_the_numbers_say(string words) =>
        Assert.Contains(words, Printed.Value, StringComparison.Ordinal);

    [Theory]
    [InlineData("100%")]
    [InlineData("bằng cùng kỳ")]
    [InlineData("bằng 60%")]
    [InlineData("bằng 81,6%")]
    [InlineData("tăng 390%")]
    [InlineData("93,7 %")]
    [InlineData("13.752 triệu đồng")]
    [InlineData("0,9 tỷ đồng")]
    [InlineData("đạt 0 tỷ đồng")]
    public void The_pdf_never_overstates(string words) =>
        Assert.DoesNotContain(words, Printed.Value, StringComparison.Ordinal);

    [Fact]
    public void Near_equal_numbers_still_read_as_different()
    {
        var sentence = Printed.Value[Printed.Value.IndexOf("Lượt khách tham quan", StringComparison.Ordinal)..];
        Assert.Matches(@"^Lượt khách tham quan đạt 13\.752 lượt khách, tăng 0,01% so với cùng kỳ\.", sentence);
    }
}
