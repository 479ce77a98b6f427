using NodaTime;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Core.Schema;

/// <summary>
/// Every key of the data file (schema version 1), declared once: key, shape, description, required or
/// not. The shape tree the loader checks and the JSON Schema is written from is built here; the binder,
/// the template view and the sample writer use these handles. Keys are Vietnamese without diacritics,
/// because the people who fill the file read Vietnamese; descriptions become the hints editors show.
/// This is the only C# file that spells a key (a test enforces it), so the order of fields here is the
/// order of the schema.
/// </summary>
public static partial class DataFields
{
    /// <summary>The keys of choice fields and the model values they stand for.</summary>
    public static class Choices
    {
        public static readonly Choice<Regime> Regimes = new(("dang", Regime.Party), ("chinh_quyen", Regime.State));

        public static readonly Choice<UnitLevel> UnitLevels = new(
            ("tinh", UnitLevel.Province), ("thanh_pho", UnitLevel.ProvincialCity), ("huyen", UnitLevel.District),
            ("thi_xa", UnitLevel.Town), ("xa", UnitLevel.Commune), ("phuong", UnitLevel.Ward), ("dac_khu", UnitLevel.SpecialZone));

        public static readonly Choice<PeriodStyle> PeriodStyles = new(("quy", PeriodStyle.Quarter), ("luy_ke", PeriodStyle.Cumulative));

        public static readonly Choice<MeetingKind> MeetingKinds = new(
            ("hoi_nghi", MeetingKind.Conference), ("giao_ban", MeetingKind.Briefing), ("quan_triet", MeetingKind.Directive));

        public static readonly Choice<MeetingFormat> MeetingFormats = new(
            ("truc_tiep", MeetingFormat.InPerson), ("truc_tuyen", MeetingFormat.Online), ("ket_hop", MeetingFormat.Mixed));

        public static readonly Choice<SigningAuthority> Authorities = new(
            ("KT", SigningAuthority.InPlaceOf), ("TL", SigningAuthority.ByOrderOf),
            ("TUQ", SigningAuthority.ByAuthorisation), ("Q", SigningAuthority.Acting));

        public static readonly Choice<Direction> Directions = new(("tang", Direction.HigherIsBetter), ("giam", Direction.LowerIsBetter));

        public static readonly Choice<WholeStyle> WholeStyles = new(("phan_so", WholeStyle.Fraction), ("ty_trong", WholeStyle.Share));

        public static readonly Choice<HeadingNumbering> HeadingNumberings = new(("cham", HeadingNumbering.Dotted), ("gach", HeadingNumbering.Dashed));

        public static readonly Choice<TaskProgress> TaskProgresses = new(
            ("hoan_thanh", TaskProgress.Done), ("dang_thuc_hien", TaskProgress.InProgress),
            ("chua_thuc_hien", TaskProgress.NotStarted), ("chuyen_tiep", TaskProgress.CarriedOver));
    }

    /// <summary>
    /// Names templates see beyond the file's own keys (README, "Mẫu"). Declared here because some equal a
    /// key of another group ("don_vi", "ky"), and a name must be spelt in one place only.
    /// </summary>
    public static class ViewNames
    {
        public const string Number = "stt";
        public const string UnplacedFigures = "chi_tieu_con_lai";
        public const string IsParty = "la_dang";
        public const string UnitName = "don_vi";
        public const string Reporter = "chu_the";
        public const string PeriodName = "ky";
        public const string HasContent = "co_noi_dung";
        public const string ManyChairs = "nhieu_chu_tri";
        public const string HighlightFigures = "chi_tieu_noi_bat";
        public const string LeadName = "ten_trong_sa_po";
        public const string Studied = "noi_dung_quan_triet";
        public const string AsWritten = "nguyen_van";
        public const string TableNumber = "so_bang";
        public const string TaskCount = "tong_so";
        public const string YearToDate = "luy_ke";
        public const string QuarterValue = "thuc_hien_quy";
        public const string OtherSpan = "ky_khac";
    }

    public static class Issuer
    {
        public static readonly DataField<string> ParentBody = Opt("cap_tren", Text("Cơ quan cấp trên, ví dụ: Đảng bộ thành phố Hà Nội"));
        public static readonly DataField<string> Name = Req("ten", Text("Tên cơ quan ban hành, viết thường như trong câu, ví dụ: Huyện ủy Đan Phượng"));
        public static readonly DataField<string> Symbol = Req("ky_hieu", Text("Ký hiệu cơ quan trong số văn bản: HU, ĐU, TU, UBND..."));
        public static readonly ChoiceField<UnitLevel> Level = Req("cap", Pick(Choices.UnitLevels, "Cấp của đơn vị"));
        public static readonly DataField<string> Locality = Req("dia_phuong", Text("Tên địa phương, không kèm cấp, ví dụ: Đan Phượng"));
        public static readonly DataField<string> PlaceName = Opt("dia_danh", Text("Địa danh ở dòng ngày tháng, nếu khác tên địa phương"));

        internal static GroupShape Shape { get; } = Group("Cơ quan ban hành", ParentBody, Name, Symbol, Level, Locality, PlaceName);
    }

    public static class Document
    {
        public static readonly DataField<long> Number = Opt("so", Integer(new IntegerShape(1, 99_999), "Số văn bản; bỏ trống để điền tay"));
        public static readonly DataField<LocalDate> Date = Req("ngay", DataFields.Date("Ngày ban hành"));
        public static readonly DataField<string> Subject = Opt("trich_yeu", Text("Trích yếu; bỏ trống để tự sinh theo kỳ báo cáo"));
        public static readonly DataField<bool> IsDraft = Opt("du_thao", Boolean("true: in dấu DỰ THẢO"));
        public static readonly DataField<long> DraftRevision = Opt("lan_du_thao", Integer(new IntegerShape(1, 99), "Dự thảo lần mấy: 2 in \"Dự thảo lần 2\" dưới dấu DỰ THẢO"));
        public static readonly DataField<DataTextList> GuidingDocuments = Opt("can_cu", Texts("Văn bản căn cứ, nêu ở đoạn mở đầu, ví dụ: Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ huyện"));

        internal static GroupShape Shape { get; } = Group("Thông tin văn bản", Number, Date, Subject, IsDraft, DraftRevision, GuidingDocuments);
    }

    public static class Period
    {
        public static readonly DataField<long> Year = Req("nam", Integer(new IntegerShape(2000, 2100), "Năm báo cáo"));
        public static readonly DataField<long> Quarter = Req("quy", Integer(new IntegerShape(1, 4), "Quý: 1, 2, 3 hoặc 4"));
        public static readonly ChoiceField<PeriodStyle> Style = Opt("kieu", Pick(Choices.PeriodStyles, "quy: quý II năm 2024; luy_ke: 6 tháng đầu năm 2024 (mặc định)"));
        public static readonly DataField<string> YearTheme = Opt("chu_de_nam", Text("Chủ đề năm, nếu có"));

        internal static GroupShape Shape { get; } = Group("Kỳ báo cáo", Year, Quarter, Style, YearTheme);
    }

    public static class Plan
    {
        public static readonly DataField<string> Label = Req("nhan", Text("Tên kế hoạch, ví dụ: dự toán Thành phố giao, kế hoạch năm"));
        public static readonly DataField<decimal> Value = Req("gia_tri", Number(new NumberShape(0, ExclusiveMin: true), "Số kế hoạch, lớn hơn 0"));

        internal static GroupShape Shape { get; } = Group("Một kế hoạch (chỉ tiêu được giao)", Label, Value) with
        {
            Rules = [new CustomRule("plan-limits", DataFileShape.PlanWithinLimits)],
        };
    }

    public static class Figure
    {
        public static readonly DataField<string> Name = Req("ten", Text("Tên chỉ tiêu, ví dụ: Tổng thu ngân sách nhà nước trên địa bàn"));
        public static readonly DataField<string> Code = Opt("ma", DataFields.Code("Mã chỉ tiêu, không trùng trong tệp: chữ thường không dấu, số và dấu _, bắt đầu bằng chữ, ví dụ thu_ngan_sach. Viết [thu_ngan_sach] trong một nhận định để đặt câu số liệu vào đó"));
        public static readonly DataField<string> Unit = Req("don_vi", Text("Đơn vị tính, ví dụ: tỷ đồng, ha, xã, lao động; % cho một tỷ lệ"));
        public static readonly DataField<decimal> Value = Req("thuc_hien", Amount("Số thực hiện trong kỳ"));
        public static readonly DataField<bool> Estimated = Opt("uoc_tinh", Boolean("true: số ước tính, câu viết \"ước đạt\", \"ước thực hiện\""));
        public static readonly DataField<DataGroupList> Plans = Opt("ke_hoach", Groups(Plan.Shape, "Các kế hoạch, mỗi cái một nhãn và một số"));
        public static readonly DataField<decimal> SamePeriod = Opt("cung_ky", Amount("Số cùng kỳ năm trước"));
        public static readonly DataField<decimal> Previous = Opt("ky_truoc", Amount("Số kỳ trước (quý trước), để viết: tăng 8,2% so với quý trước"));
        public static readonly DataField<decimal> Whole = Opt("tong_so", Amount("Tổng số, để viết dạng phần trên tổng như 4/21 xã"));
        public static readonly ChoiceField<WholeStyle> WholeStyle = Opt("cach_ghi_tong", Pick(Choices.WholeStyles, "Cách viết phần trên tổng số: phan_so: 27/31 vụ, đạt 87,1% (mặc định); ty_trong: 51 hộ, chiếm 0,09% tổng số hộ"));
        public static readonly ChoiceField<Direction> Direction = Opt("chieu_tot", Pick(Choices.Directions, "tang: càng cao càng tốt (mặc định); giam: càng thấp càng tốt, như số vụ vi phạm, tai nạn, hộ nghèo: giảm 7 vụ (18,4%) so với cùng kỳ"));
        public static readonly DataField<string> Verb = Opt("dong_tu", Text("Động từ mở đầu câu số liệu; mặc định: đạt"));
        public static readonly DataField<string> Note = Opt("ghi_chu", Text("Ghi chú thêm sau câu số liệu"));
        public static readonly DataField<bool> Highlight = Opt("noi_bat", Boolean("true: chỉ tiêu nổi bật, được nêu trong tin bài (mặc định: chỉ tiêu đầu của các lĩnh vực chính)"));
        public static readonly DataField<bool> AddsUp = Opt("cong_don", Boolean("true: số cộng dồn được trong năm (thu, chi, giải ngân, kết nạp mới...; không dùng cho tỷ lệ, số hiện có): công cụ tính lũy kế từ đầu năm hoặc số riêng của quý qua chuỗi bao_cao_truoc"));

        internal static GroupShape Shape { get; } =
            Group("Một chỉ tiêu số liệu; công cụ tự tính tỷ lệ",
                Name, Code, Unit, Value, Estimated, Plans, SamePeriod, Previous, Whole, WholeStyle, Direction, Verb, Note, Highlight, AddsUp) with
            {
                Rules =
                [
                    new CustomRule("figure-limits", DataFileShape.FigureWithinLimits),
                    new CustomRule("part-of-whole", DataFileShape.PartNotAboveWhole),
                    new CustomRule("whole-style-needs-whole", DataFileShape.WholeStyleNeedsWhole),
                ],
            };
    }

    public static class Domain
    {
        public static readonly DataField<string> Title = Req("tieu_de", Text("Tiêu đề lĩnh vực"));
        public static readonly DataField<DataTextList> Statements = Opt("noi_dung", Texts("Các nhận định; được dùng **đậm** và *nghiêng*; [ma_chi_tieu] đặt câu số liệu của chỉ tiêu có mã đó vào chỗ này"));
        public static readonly DataField<DataGroupList> Figures = Opt("chi_tieu", Groups(Figure.Shape, "Các chỉ tiêu số liệu"));
        public static readonly DataField<bool> ShowFigureTable = Opt("bang_chi_tieu", Boolean("true: in thêm bảng các chỉ tiêu"));

        /// <summary>A sub-domain: the same keys without children, so there is one level only.</summary>
        internal static GroupShape ChildShape { get; } = Group("Một lĩnh vực của báo cáo", Title, Statements, Figures, ShowFigureTable);

        public static readonly DataField<DataGroupList> Children = Opt("linh_vuc_con", Groups(ChildShape, "Các lĩnh vực con (một cấp)"));

        internal static GroupShape Shape { get; } = Group("Một lĩnh vực của báo cáo", Title, Statements, Figures, ShowFigureTable, Children);
    }

    public static class Assessment
    {
        public static readonly DataField<DataTextList> Strengths = Opt("uu_diem", Texts("Ưu điểm"));
        public static readonly DataField<DataTextList> Limitations = Opt("han_che", Texts("Hạn chế"));
        public static readonly DataField<DataTextList> Causes = Opt("nguyen_nhan", Texts("Nguyên nhân"));

        internal static GroupShape Shape { get; } = Group("Đánh giá chung", Strengths, Limitations, Causes);
    }

    public static class Task
    {
        public static readonly DataField<string> Text = Req("noi_dung", DataFields.Text("Nội dung nhiệm vụ"));
        public static readonly DataField<string> Lead = Opt("chu_tri", DataFields.Text("Cơ quan chủ trì"));
        public static readonly DataField<object> Deadline = Opt("thoi_han", DateOrText("Thời hạn: ngày (năm-tháng-ngày) hoặc chữ, ví dụ Thường xuyên"));
        public static readonly DataField<bool> IsBreakthrough = Opt("dot_pha", Boolean("true: nhiệm vụ đột phá"));

        internal static GroupShape Shape { get; } = Group("Một nhiệm vụ trọng tâm", Text, Lead, Deadline, IsBreakthrough);
    }

    public static class TaskReview
    {
        public static readonly DataField<long> Number = Req("stt", Integer(new IntegerShape(1, 999), "Số thứ tự của nhiệm vụ trong báo cáo kỳ trước, từ 1"));
        public static readonly ChoiceField<TaskProgress> Status = Opt("tinh_trang", Pick(Choices.TaskProgresses, "hoan_thanh, dang_thuc_hien, chua_thuc_hien hoặc chuyen_tiep (đưa sang nhiệm vụ kỳ này, ghi \"(chuyển tiếp)\"); bỏ trống: chưa đánh giá, công cụ cảnh báo"));
        public static readonly DataField<string> Note = Opt("ghi_chu", Text("Ghi chú, nêu sau nhiệm vụ chưa hoàn thành, ví dụ: đã giải phóng mặt bằng 80%"));

        internal static GroupShape Shape { get; } = Group("Kết quả một nhiệm vụ trọng tâm của báo cáo kỳ trước", Number, Status, Note);
    }

    public static class Person
    {
        public static readonly DataField<string> FullName = Req("ho_ten", Text("Họ và tên"));
        public static readonly DataField<string> Title = Req("chuc_vu", Text("Chức vụ, viết như trong câu, ví dụ: Phó Bí thư Thường trực Huyện ủy"));

        internal static GroupShape Shape { get; } = Group("Một người: họ tên và chức vụ", FullName, Title);
    }

    public static class Speech
    {
        public static readonly DataField<string> FullName = Req("ho_ten", Text("Họ và tên người phát biểu"));
        public static readonly DataField<string> Title = Req("chuc_vu", Text("Chức vụ"));
        public static readonly DataField<string> Summary = Req("tom_tat", Text("Tóm tắt nội dung phát biểu"));

        internal static GroupShape Shape { get; } = Group("Một ý kiến phát biểu", FullName, Title, Summary);
    }

    public static class Presenter
    {
        public static readonly DataField<string> FullName = Req("ho_ten", Text("Họ và tên báo cáo viên"));
        public static readonly DataField<string> Title = Req("chuc_vu", Text("Chức vụ, ví dụ: Báo cáo viên Thành ủy, Phó Hiệu trưởng Trường Đào tạo cán bộ Lê Hồng Phong"));
        public static readonly DataField<string> Content = Req("noi_dung", Text("Nội dung truyền đạt, viết tiếp sau chữ \"truyền đạt\", ví dụ: những nội dung cốt lõi của Nghị quyết số 71-NQ/TW"));

        internal static GroupShape Shape { get; } = Group("Một báo cáo viên cấp trên: truyền đạt, quán triệt văn bản", FullName, Title, Content);
    }

    public static class Closing
    {
        public static readonly DataField<string> FullName = Req("ho_ten", Text("Họ và tên người kết luận"));
        public static readonly DataField<string> Title = Req("chuc_vu", Text("Chức vụ"));
        public static readonly DataField<DataTextList> Points = Req("noi_dung", Texts("Các ý kết luận, chỉ đạo", 1));

        internal static GroupShape Shape { get; } = Group("Kết luận hội nghị", FullName, Title, Points);
    }

    public static class Meeting
    {
        public static readonly DataField<string> Name = Req("ten", Text("Tên hội nghị"));
        public static readonly ChoiceField<MeetingKind> Kind = Opt("loai", Pick(Choices.MeetingKinds, "hoi_nghi: hội nghị; giao_ban: giao ban; quan_triet: quán triệt, triển khai"));
        public static readonly DataField<LocalDate> Date = Req("ngay", DataFields.Date("Ngày họp"));
        public static readonly DataField<LocalTime> StartTime = Opt("gio", Time("Giờ bắt đầu, ví dụ \"08:00\""));
        public static readonly DataField<string> Place = Opt("dia_diem", Text("Địa điểm"));
        public static readonly ChoiceField<MeetingFormat> Format = Opt("hinh_thuc", Pick(Choices.MeetingFormats, "truc_tiep, truc_tuyen hoặc ket_hop"));
        public static readonly DataField<long> ConnectionPoints = Opt("so_diem_cau", Integer(new IntegerShape(1, 10_000), "Số điểm cầu khi họp trực tuyến hoặc kết hợp"));
        public static readonly DataField<DataGroupList> Chairs = Opt("chu_tri", Groups(Person.Shape, "Người chủ trì", 1));
        public static readonly DataField<DataGroupList> Guests = Opt("khach_moi", TextsOrGroups(Person.Shape, "Lãnh đạo cấp trên dự và chỉ đạo: họ tên và chức vụ, hoặc chữ viết như trong câu khi không nêu tên, ví dụ: đại diện Ban Tổ chức Thành ủy Hà Nội"));
        public static readonly DataField<DataGroup> ReportPresenter = Opt("trinh_bay_bao_cao", Group(Person.Shape with { Description = "Người trình bày báo cáo tại hội nghị (thường là người của đơn vị, như Phó Bí thư Thường trực): họ tên và chức vụ" }));
        public static readonly DataField<DataGroupList> Presenters = Opt("bao_cao_vien", Groups(Presenter.Shape, "Báo cáo viên cấp trên truyền đạt, quán triệt văn bản; không kể vào phần dự và chỉ đạo"));
        public static readonly DataField<DataTextList> Attendees = Opt("thanh_phan", Texts("Các thành phần tham dự"));
        public static readonly DataField<DataGroupList> Speeches = Opt("phat_bieu", Groups(Speech.Shape, "Các ý kiến phát biểu, theo thứ tự"));
        public static readonly DataField<DataTextList> Adopted = Opt("thong_qua", Texts("Các văn bản, nghị quyết được thông qua"));
        public static readonly DataField<DataGroup> Closing = Opt("ket_luan", Group(DataFields.Closing.Shape));

        internal static GroupShape Shape { get; } =
            Group("Hội nghị thông qua báo cáo; cần để viết tin bài",
                Name, Kind, Date, StartTime, Place, Format, ConnectionPoints, Chairs, Guests, ReportPresenter, Presenters, Attendees, Speeches, Adopted, Closing) with
            {
                Rules =
                [
                    new RequiredWhen(ConnectionPoints.Key, Format.Key,
                        [Format.Choice.KeyOf(MeetingFormat.Online), Format.Choice.KeyOf(MeetingFormat.Mixed)], MessageId.ConnectionPointsRequired),
                    new CustomRule("connection-points-unused", DataFileShape.ConnectionPointsUnused),
                    new CustomRule("adoption-only-at-conference", DataFileShape.AdoptionOnlyAtConference),
                ],
            };
    }

    public static class Signature
    {
        public static readonly DataField<string> OnBehalfOf = Opt("thay_mat", Text("Tập thể ký thay mặt, ví dụ: Ban Thường vụ, Ủy ban nhân dân"));
        public static readonly ChoiceField<SigningAuthority> Authority = Opt("uy_quyen", Pick(Choices.Authorities, "Ký thay (KT), thừa lệnh (TL), thừa ủy quyền (TUQ), quyền (Q)"));
        public static readonly DataField<string> HeadPosition = Opt("chuc_vu_thu_truong", Text("Chức vụ người đứng đầu, khi ký KT, TL, TUQ; ví dụ: Chủ tịch"));
        public static readonly DataField<string> Position = Req("chuc_vu", Text("Chức vụ người ký"));
        public static readonly DataField<string> FullName = Req("ho_ten", Text("Họ và tên người ký"));

        internal static GroupShape Shape { get; } =
            Group("Khối chữ ký", OnBehalfOf, Authority, HeadPosition, Position, FullName) with
            {
                Rules =
                [
                    new RequiredWhen(HeadPosition.Key, Authority.Key,
                        [
                            Authority.Choice.KeyOf(SigningAuthority.InPlaceOf),
                            Authority.Choice.KeyOf(SigningAuthority.ByOrderOf),
                            Authority.Choice.KeyOf(SigningAuthority.ByAuthorisation),
                        ],
                        MessageId.HeadPositionRequired),
                ],
            };
    }

    public static class Recipients
    {
        public static readonly DataField<DataTextList> To = Req("gui", Texts("Nơi nhận", 1));
        public static readonly DataField<string> Archive = Req("luu", Text("Nơi lưu, ví dụ: Văn phòng Huyện ủy; VT, VP"));
        public static readonly DataField<string> DrafterMark = Opt("ky_hieu", Text("Ký hiệu người soạn thảo hoặc đánh máy (có thể kèm đơn vị soạn thảo), ghi sau nơi lưu; ví dụ: Ng.A"));
        public static readonly DataField<long> Copies = Opt("so_ban", Integer(new IntegerShape(1, 9_999), "Số lượng bản phát hành, ghi trong ngoặc sau ký hiệu; ví dụ: 10"));

        internal static GroupShape Shape { get; } = Group("Nơi nhận", To, Archive, DrafterMark, Copies);
    }

    public static class Photo
    {
        public static readonly DataField<PhotoFile> File = Req("tep", ImageFile("Tệp ảnh JPEG hoặc PNG, đường dẫn tính từ thư mục của tệp dữ liệu, ví dụ: anh/hoi-nghi-1.jpg; tối đa 10 MiB"));
        public static readonly DataField<string> Caption = Req("chu_thich", Text("Chú thích in dưới ảnh, ví dụ: Đồng chí Bí thư Huyện ủy phát biểu kết luận hội nghị"));

        internal static GroupShape Shape { get; } = Group("Một ảnh của tin bài và chú thích", File, Caption);
    }

    public static class Article
    {
        public static readonly DataField<string> Category = Opt("chuyen_muc", Text("Chuyên mục"));
        public static readonly DataField<string> Title = Opt("tieu_de", Text("Tiêu đề; bỏ trống để tự đặt"));
        public static readonly DataField<string> Author = Opt("tac_gia", Text("Tác giả"));
        public static readonly DataField<string> AuthorUnit = Opt("don_vi_tac_gia", Text("Đơn vị của tác giả"));
        public static readonly DataField<LocalDateTime> PublishedAt = Opt("ngay_dang", DateTime("Ngày giờ đăng, ví dụ \"2024-04-04 16:30\""));
        public static readonly DataField<DataGroupList> Photos = Opt("anh", Groups(Photo.Shape, "Ảnh của tin bài: ảnh thứ nhất đặt sau sa-pô, các ảnh sau ở phần thân tin"));

        internal static GroupShape Shape { get; } = Group("Thông tin tin bài", Category, Title, Author, AuthorUnit, PublishedAt, Photos);
    }

    /// <summary>The ranges of "trinh_bay", from the one table of the official layout rules.</summary>
    private static global::Reports.Core.Layout.OfficialLayout Any => global::Reports.Core.Layout.OfficialLayout.AnyRegime;

    public static class Margins
    {
        public static readonly DataField<decimal> Top = Opt("tren", Number(new NumberShape(Any.MarginTopMm.Min, Any.MarginTopMm.Max), "Lề trên (mm), từ 20 đến 25"));
        public static readonly DataField<decimal> Bottom = Opt("duoi", Number(new NumberShape(Any.MarginBottomMm.Min, Any.MarginBottomMm.Max), "Lề dưới (mm), từ 20 đến 25"));
        public static readonly DataField<decimal> Left = Opt("trai", Number(new NumberShape(Any.MarginLeftMm.Min, Any.MarginLeftMm.Max), "Lề trái (mm), từ 30 đến 35"));
        public static readonly DataField<decimal> Right = Opt("phai", Number(new NumberShape(Any.MarginRightMm.Min, Any.MarginRightMm.Max), "Lề phải (mm), từ 15 đến 20"));

        internal static GroupShape Shape { get; } = Group("Lề trang (mm), trong khoảng quy định", Top, Bottom, Left, Right);
    }

    public static class Layout
    {
        public static readonly DataField<long> FontSize = Opt("co_chu", Integer(new IntegerShape((long)Any.BodyFontSize.Min, (long)Any.BodyFontSize.Max), "Cỡ chữ nội dung (pt): Đảng 14-15, chính quyền 13-14"));
        public static readonly DataField<decimal> LineSpacing = Opt("gian_dong", Number(new NumberShape(Any.LineSpacing.Min, Any.LineSpacing.Max), "Khoảng cách dòng (lần), từ 1 đến 1,5"));
        public static readonly DataField<decimal> ParagraphSpacing = Opt("cach_doan", Number(new NumberShape(Any.ParagraphSpacingPt.Min, Any.ParagraphSpacingPt.Max), "Khoảng cách giữa các đoạn (pt), từ 6 đến 24"));
        public static readonly DataField<decimal> FirstLineIndent = Opt("thut_dau_dong", Number(new NumberShape(Any.FirstLineIndentCm.Min, Any.FirstLineIndentCm.Max), "Thụt đầu dòng (cm), từ 1 đến 1,27"));
        public static readonly DataField<DataGroup> Margins = Opt("le", Group(DataFields.Margins.Shape));
        public static readonly ChoiceField<HeadingNumbering> Numbering = Opt("danh_so", Pick(Choices.HeadingNumberings, "Cách đánh số đề mục: cham (I., 1., a); mặc định) hoặc gach (I-, 1-, a-)"));

        internal static GroupShape Shape { get; } = Group("Trình bày: chỉ điền khi muốn khác mặc định", FontSize, LineSpacing, ParagraphSpacing, FirstLineIndent, Margins, Numbering);
    }

    public static class Root
    {
        public static readonly DataField<long> Version = Req("phien_ban", Integer(new IntegerShape(1, 1), "Phiên bản mẫu dữ liệu: 1"));
        public static readonly ChoiceField<Regime> Regime = Req("loai_van_ban", Pick(Choices.Regimes, "dang: văn bản của Đảng (HD 36-HD/VPTW); chinh_quyen: văn bản hành chính (NĐ 30/2020/NĐ-CP)"));
        public static readonly DataField<DataGroup> Issuer = Req("co_quan", Group(DataFields.Issuer.Shape));
        public static readonly DataField<DataGroup> Document = Req("van_ban", Group(DataFields.Document.Shape));
        public static readonly DataField<DataGroup> Period = Req("ky_bao_cao", Group(DataFields.Period.Shape));
        public static readonly DataField<DataGroupList> Results = Req("ket_qua", Groups(Domain.Shape, "Kết quả theo lĩnh vực, theo thứ tự trình bày", 1));
        public static readonly DataField<DataGroup> Assessment = Opt("danh_gia", Group(DataFields.Assessment.Shape));
        public static readonly DataField<DataGroupList> Tasks = Req("nhiem_vu", Groups(Task.Shape, "Nhiệm vụ trọng tâm kỳ tới", 1));
        public static readonly DataField<DataTextList> Proposals = Opt("de_xuat", Texts("Đề xuất, kiến nghị"));
        public static readonly DataField<DataGroup> Meeting = Opt("hoi_nghi", Group(DataFields.Meeting.Shape));
        public static readonly DataField<DataGroup> Signature = Req("ky", Group(DataFields.Signature.Shape));
        public static readonly DataField<DataGroup> Recipients = Req("noi_nhan", Group(DataFields.Recipients.Shape));
        public static readonly DataField<DataGroup> Article = Opt("tin_bai", Group(DataFields.Article.Shape));
        public static readonly DataField<DataGroup> Layout = Opt("trinh_bay", Group(DataFields.Layout.Shape));
        public static readonly DataField<string> PreviousReport = Opt("bao_cao_truoc", Text("Tệp dữ liệu của báo cáo kỳ liền trước (cùng cơ quan), đường dẫn tính từ thư mục của tệp này, ví dụ: quy1-2024.yaml"));
        public static readonly DataField<DataGroupList> TaskReviews = Opt("nhiem_vu_ky_truoc", Groups(TaskReview.Shape, "Kết quả các nhiệm vụ trọng tâm mà báo cáo kỳ trước đề ra, theo số thứ tự; cần bao_cao_truoc"));
        public static readonly DataField<bool> Appendix = Opt("phu_luc", Boolean("true: sau chữ ký thêm phụ lục \"Một số chỉ tiêu chủ yếu\" (bảng mọi chỉ tiêu, trang khổ ngang)"));

        internal static GroupShape Shape { get; } =
            Group("Dữ liệu báo cáo quý (baocao)",
                Version, Regime, Issuer, Document, Period, Results, Assessment, Tasks, Proposals, Meeting, Signature, Recipients, Article, Layout,
                PreviousReport, TaskReviews, Appendix) with
            {
                Rules =
                [
                    new CustomRule("font-size-for-regime", DataFileShape.FontSizeForRegime),
                    new CustomRule("date-in-period", DataFileShape.DocumentDateNearPeriod),
                    new CustomRule("no-district-after-2025", DataFileShape.DistrictLevelAfterReorganisation),
                    new CustomRule("figure-codes", DataFileShape.FigureCodes),
                    new CustomRule("appendix-needs-figures", DataFileShape.AppendixNeedsFigures),
                ],
            };
    }
}
