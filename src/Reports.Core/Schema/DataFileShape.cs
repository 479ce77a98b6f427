using Reports.Core.Diagnostics;
using Reports.Core.Layout;

namespace Reports.Core.Schema;

/// <summary>
/// The data file, schema version 1. Keys are Vietnamese without diacritics, because the people who fill
/// the file read Vietnamese; descriptions here become the hints editors show.
/// </summary>
public static partial class DataFileShape
{
    public const int Version = 1;

    public static readonly IReadOnlyList<string> UnitLevels = ["tinh", "thanh_pho", "huyen", "thi_xa", "xa", "phuong", "dac_khu"];
    public static readonly IReadOnlyList<string> MeetingKinds = ["hoi_nghi", "giao_ban", "quan_triet"];
    public static readonly IReadOnlyList<string> MeetingFormats = ["truc_tiep", "truc_tuyen", "ket_hop"];
    public static readonly IReadOnlyList<string> Authorities = ["KT", "TL", "TUQ", "Q"];

    public static GroupShape Root { get; } = Build();

    /// <summary>The ranges of "trinh_bay", from the one table of the official layout rules.</summary>
    private static OfficialLayout Any => OfficialLayout.AnyRegime;

    private static T D<T>(T shape, string description) where T : Shape => shape with { Description = description };

    private static Field Req(string key, Shape shape) => new(key, shape, Required: true);

    private static Field Opt(string key, Shape shape) => new(key, shape);

    private static TextShape Text(string description) => D(new TextShape(), description);

    private static ListShape Texts(string description, int min = 0) => D(new ListShape(new TextShape(), min), description);

    private static NumberShape Amount(string description) => D(new NumberShape(0), description);

    private static GroupShape Build()
    {
        var person = D(new GroupShape([
            Req("ho_ten", Text("Họ và tên")),
            Req("chuc_vu", Text("Chức vụ, viết như trong câu, ví dụ: Phó Bí thư Thường trực Huyện ủy")),
        ]), "Một người: họ tên và chức vụ");

        var plan = D(new GroupShape([
            Req("nhan", Text("Tên kế hoạch, ví dụ: dự toán Thành phố giao, kế hoạch năm")),
            Req("gia_tri", D(new NumberShape(0, ExclusiveMin: true), "Số kế hoạch, lớn hơn 0")),
        ]), "Một kế hoạch (chỉ tiêu được giao)");

        var figure = D(new GroupShape([
            Req("ten", Text("Tên chỉ tiêu, ví dụ: Tổng thu ngân sách nhà nước trên địa bàn")),
            Req("don_vi", Text("Đơn vị tính, ví dụ: tỷ đồng, ha, xã, lao động")),
            Req("thuc_hien", Amount("Số thực hiện trong kỳ")),
            Opt("ke_hoach", D(new ListShape(plan), "Các kế hoạch, mỗi cái một nhãn và một số")),
            Opt("cung_ky", Amount("Số cùng kỳ năm trước")),
            Opt("tong_so", Amount("Tổng số, để viết dạng phần trên tổng như 4/21 xã")),
            Opt("dong_tu", Text("Động từ mở đầu câu số liệu; mặc định: đạt")),
            Opt("ghi_chu", Text("Ghi chú thêm sau câu số liệu")),
        ])
        {
            Rules = [new CustomRule("part-of-whole", PartNotAboveWhole)],
        }, "Một chỉ tiêu số liệu; công cụ tự tính tỷ lệ");

        GroupShape Domain(bool withChildren)
        {
            var fields = new List<Field>
            {
                Req("tieu_de", Text("Tiêu đề lĩnh vực")),
                Opt("noi_dung", Texts("Các nhận định; được dùng **đậm** và *nghiêng*")),
                Opt("chi_tieu", D(new ListShape(figure), "Các chỉ tiêu số liệu")),
                Opt("bang_chi_tieu", D(new BooleanShape(), "true: in thêm bảng các chỉ tiêu")),
            };
            if (withChildren)
                fields.Add(Opt("linh_vuc_con", D(new ListShape(Domain(false)), "Các lĩnh vực con (một cấp)")));
            return D(new GroupShape(fields), "Một lĩnh vực của báo cáo");
        }

        var task = D(new GroupShape([
            Req("noi_dung", Text("Nội dung nhiệm vụ")),
            Opt("chu_tri", Text("Cơ quan chủ trì")),
            Opt("thoi_han", D(new DateOrTextShape(), "Thời hạn: ngày (năm-tháng-ngày) hoặc chữ, ví dụ Thường xuyên")),
            Opt("dot_pha", D(new BooleanShape(), "true: nhiệm vụ đột phá")),
        ]), "Một nhiệm vụ trọng tâm");

        var speech = D(new GroupShape([
            Req("ho_ten", Text("Họ và tên người phát biểu")),
            Req("chuc_vu", Text("Chức vụ")),
            Req("tom_tat", Text("Tóm tắt nội dung phát biểu")),
        ]), "Một ý kiến phát biểu");

        var closing = D(new GroupShape([
            Req("ho_ten", Text("Họ và tên người kết luận")),
            Req("chuc_vu", Text("Chức vụ")),
            Req("noi_dung", Texts("Các ý kết luận, chỉ đạo", 1)),
        ]), "Kết luận hội nghị");

        var meeting = D(new GroupShape([
            Req("ten", Text("Tên hội nghị")),
            Opt("loai", D(new ChoiceShape(MeetingKinds), "hoi_nghi: hội nghị; giao_ban: giao ban; quan_triet: quán triệt, triển khai")),
            Req("ngay", D(new DateShape(), "Ngày họp")),
            Opt("gio", D(new TimeShape(), "Giờ bắt đầu, ví dụ \"08:00\"")),
            Opt("dia_diem", Text("Địa điểm")),
            Opt("hinh_thuc", D(new ChoiceShape(MeetingFormats), "truc_tiep, truc_tuyen hoặc ket_hop")),
            Opt("so_diem_cau", D(new IntegerShape(1, 10_000), "Số điểm cầu khi họp trực tuyến hoặc kết hợp")),
            Opt("chu_tri", D(new ListShape(person, 1), "Người chủ trì")),
            Opt("khach_moi", D(new ListShape(person), "Khách mời, đại biểu cấp trên")),
            Opt("thanh_phan", Texts("Các thành phần tham dự")),
            Opt("phat_bieu", D(new ListShape(speech), "Các ý kiến phát biểu, theo thứ tự")),
            Opt("thong_qua", Texts("Các văn bản, nghị quyết được thông qua")),
            Opt("ket_luan", closing),
        ])
        {
            Rules =
            [
                new RequiredWhen("so_diem_cau", "hinh_thuc", ["truc_tuyen", "ket_hop"], MessageId.ConnectionPointsRequired),
                new CustomRule("connection-points-unused", ConnectionPointsUnused),
            ],
        }, "Hội nghị thông qua báo cáo; cần để viết tin bài");

        var signature = D(new GroupShape([
            Opt("thay_mat", Text("Tập thể ký thay mặt, ví dụ: Ban Thường vụ, Ủy ban nhân dân")),
            Opt("uy_quyen", D(new ChoiceShape(Authorities), "Ký thay (KT), thừa lệnh (TL), thừa ủy quyền (TUQ), quyền (Q)")),
            Opt("chuc_vu_thu_truong", Text("Chức vụ người đứng đầu, khi ký KT, TL, TUQ; ví dụ: Chủ tịch")),
            Req("chuc_vu", Text("Chức vụ người ký")),
            Req("ho_ten", Text("Họ và tên người ký")),
        ])
        {
            Rules =
            [
                new RequiredWhen("chuc_vu_thu_truong", "uy_quyen", ["KT", "TL", "TUQ"], MessageId.HeadPositionRequired),
            ],
        }, "Khối chữ ký");

        var margins = D(new GroupShape([
            Opt("tren", D(new NumberShape(Any.MarginTopMm.Min, Any.MarginTopMm.Max), "Lề trên (mm), từ 20 đến 25")),
            Opt("duoi", D(new NumberShape(Any.MarginBottomMm.Min, Any.MarginBottomMm.Max), "Lề dưới (mm), từ 20 đến 25")),
            Opt("trai", D(new NumberShape(Any.MarginLeftMm.Min, Any.MarginLeftMm.Max), "Lề trái (mm), từ 30 đến 35")),
            Opt("phai", D(new NumberShape(Any.MarginRightMm.Min, Any.MarginRightMm.Max), "Lề phải (mm), từ 15 đến 20")),
        ]), "Lề trang (mm), trong khoảng quy định");

        return D(new GroupShape([
            Req("phien_ban", D(new IntegerShape(1, 1), "Phiên bản mẫu dữ liệu: 1")),
            Req("loai_van_ban", D(new ChoiceShape(["dang", "chinh_quyen"]), "dang: văn bản của Đảng (HD 36-HD/VPTW); chinh_quyen: văn bản hành chính (NĐ 30/2020/NĐ-CP)")),
            Req("co_quan", D(new GroupShape([
                Opt("cap_tren", Text("Cơ quan cấp trên, ví dụ: Đảng bộ thành phố Hà Nội")),
                Req("ten", Text("Tên cơ quan ban hành, viết thường như trong câu, ví dụ: Huyện ủy Đan Phượng")),
                Req("ky_hieu", Text("Ký hiệu cơ quan trong số văn bản: HU, ĐU, TU, UBND...")),
                Req("cap", D(new ChoiceShape(UnitLevels), "Cấp của đơn vị")),
                Req("dia_phuong", Text("Tên địa phương, không kèm cấp, ví dụ: Đan Phượng")),
                Opt("dia_danh", Text("Địa danh ở dòng ngày tháng, nếu khác tên địa phương")),
            ]), "Cơ quan ban hành")),
            Req("van_ban", D(new GroupShape([
                Opt("so", D(new IntegerShape(1, 99_999), "Số văn bản; bỏ trống để điền tay")),
                Req("ngay", D(new DateShape(), "Ngày ban hành")),
                Opt("trich_yeu", Text("Trích yếu; bỏ trống để tự sinh theo kỳ báo cáo")),
                Opt("du_thao", D(new BooleanShape(), "true: in dấu DỰ THẢO")),
                Opt("can_cu", Texts("Văn bản căn cứ, nêu ở đoạn mở đầu, ví dụ: Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ huyện")),
            ]), "Thông tin văn bản")),
            Req("ky_bao_cao", D(new GroupShape([
                Req("nam", D(new IntegerShape(2000, 2100), "Năm báo cáo")),
                Req("quy", D(new IntegerShape(1, 4), "Quý: 1, 2, 3 hoặc 4")),
                Opt("kieu", D(new ChoiceShape(["quy", "luy_ke"]), "quy: quý II năm 2024; luy_ke: 6 tháng đầu năm 2024 (mặc định)")),
                Opt("chu_de_nam", Text("Chủ đề năm, nếu có")),
            ]), "Kỳ báo cáo")),
            Req("ket_qua", D(new ListShape(Domain(true), 1), "Kết quả theo lĩnh vực, theo thứ tự trình bày")),
            Opt("danh_gia", D(new GroupShape([
                Opt("uu_diem", Texts("Ưu điểm")),
                Opt("han_che", Texts("Hạn chế")),
                Opt("nguyen_nhan", Texts("Nguyên nhân")),
            ]), "Đánh giá chung")),
            Req("nhiem_vu", D(new ListShape(task, 1), "Nhiệm vụ trọng tâm kỳ tới")),
            Opt("de_xuat", Texts("Đề xuất, kiến nghị")),
            Opt("hoi_nghi", meeting),
            Req("ky", signature),
            Req("noi_nhan", D(new GroupShape([
                Req("gui", Texts("Nơi nhận", 1)),
                Req("luu", Text("Nơi lưu, ví dụ: Văn phòng Huyện ủy; VT, VP")),
            ]), "Nơi nhận")),
            Opt("tin_bai", D(new GroupShape([
                Opt("chuyen_muc", Text("Chuyên mục")),
                Opt("tieu_de", Text("Tiêu đề; bỏ trống để tự đặt")),
                Opt("tac_gia", Text("Tác giả")),
                Opt("don_vi_tac_gia", Text("Đơn vị của tác giả")),
                Opt("ngay_dang", D(new DateTimeShape(), "Ngày giờ đăng, ví dụ \"2024-04-04 16:30\"")),
            ]), "Thông tin tin bài")),
            Opt("trinh_bay", D(new GroupShape([
                Opt("co_chu", D(new IntegerShape((long)Any.BodyFontSize.Min, (long)Any.BodyFontSize.Max), "Cỡ chữ nội dung (pt): Đảng 14-15, chính quyền 13-14")),
                Opt("gian_dong", D(new NumberShape(Any.LineSpacing.Min, Any.LineSpacing.Max), "Khoảng cách dòng (lần), từ 1 đến 1,5")),
                Opt("cach_doan", D(new NumberShape(Any.ParagraphSpacingPt.Min, Any.ParagraphSpacingPt.Max), "Khoảng cách giữa các đoạn (pt), từ 6 đến 24")),
                Opt("thut_dau_dong", D(new NumberShape(Any.FirstLineIndentCm.Min, Any.FirstLineIndentCm.Max), "Thụt đầu dòng (cm), từ 1 đến 1,27")),
                Opt("le", margins),
            ]), "Trình bày: chỉ điền khi muốn khác mặc định")),
        ])
        {
            Rules =
            [
                new CustomRule("font-size-for-regime", FontSizeForRegime),
                new CustomRule("date-in-period", DocumentDateNearPeriod),
            ],
        }, "Dữ liệu báo cáo quý (baocao)");
    }
}
