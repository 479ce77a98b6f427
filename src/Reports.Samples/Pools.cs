namespace Reports.Samples;

/// <summary>A sentence pattern and the regime it belongs to (null: both); Party words never reach a People's Committee's report.</summary>
internal sealed record Worded(bool? Party, Func<SampleContext, string> Text)
{
    public bool Fits(SampleUnit u) => Party is null || Party == u.Party;
}

/// <summary>A task of the next period, what it is about (its lead body follows), and when it makes sense.</summary>
internal sealed record TaskPattern(bool? Party, Duty Duty, Func<SampleContext, string> Text, Func<SampleContext, bool>? When = null)
{
    public bool Fits(SampleContext c) => (Party is null || Party == c.U.Party) && (When?.Invoke(c) ?? true);
}

/// <summary>A document studied at a quán triệt meeting, and the quarters (year * 4 + quarter - 1) in which it is new.</summary>
internal sealed record Directive(bool Party, string Text, int From, int To)
{
    public static int Index(int year, int quarter) => year * 4 + quarter - 1;
}

/// <summary>Tasks, assessments, proposals and meeting wording, each a pattern filled from the context.</summary>
internal static class Pools
{
    public static readonly IReadOnlyList<TaskPattern> Tasks =
    [
        new(null, Duty.Propaganda, c => $"Tổ chức các hoạt động kỷ niệm ngày lễ lớn trong {c.NextName} trang trọng, thiết thực, tiết kiệm."),
        new(true, Duty.Organisation, c => "Hoàn thiện việc rà soát, bổ sung quy hoạch cán bộ; chuẩn bị các nội dung phục vụ đại hội đảng bộ các cấp theo hướng dẫn.",
            c => c.Year == 2024 || (c.Year == 2025 && c.Quarter <= 2)),
        new(true, Duty.Inspection, c => $"Thực hiện chương trình kiểm tra, giám sát năm {c.NextYear}; tập trung vào các lĩnh vực dễ phát sinh vi phạm như đất đai, tài chính, đầu tư công."),
        new(false, Duty.Inspection, c => "Thanh tra, kiểm tra việc quản lý, sử dụng đất đai, tài chính, đầu tư công; xử lý nghiêm các sai phạm được phát hiện."),
        new(null, Duty.Government, c => "Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm; bàn giao mặt bằng sạch cho chủ đầu tư đúng cam kết."),
        new(null, Duty.AdminReform, c => "Đẩy mạnh cải cách hành chính, chuyển đổi số gắn với Đề án 06; nâng tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình."),
        new(null, Duty.Budget, c => "Tổ chức đấu giá quyền sử dụng đất tại các khu đất đã hoàn thiện hạ tầng; chống thất thu thuế, phấn đấu thu ngân sách vượt dự toán."),
        new(null, Duty.Agriculture, c => $"Hoàn thiện hồ sơ đề nghị công nhận {c.SubPlace()} đạt chuẩn {(c.U.IsCommune ? "khu dân cư nông thôn mới kiểu mẫu" : "nông thôn mới nâng cao")}; nâng hạng các sản phẩm OCOP tiềm năng.", c => c.U.Rural),
        new(null, Duty.Agriculture, c => $"Chỉ đạo sản xuất vụ {(c.NextQuarter is 1 or 4 ? "Đông Xuân" : c.NextQuarter == 2 ? "Xuân" : "Mùa")} đúng khung thời vụ; chủ động phòng, chống dịch bệnh trên cây trồng, vật nuôi.", c => c.U.Rural),
        new(null, Duty.Education, c => "Tổ chức an toàn, nghiêm túc các kỳ thi cuối năm học, kỳ thi tuyển sinh vào lớp 10.", c => c.NextQuarter == 2),
        new(null, Duty.Education, c => "Chuẩn bị chu đáo cơ sở vật chất, đội ngũ giáo viên cho năm học mới; tổ chức lễ khai giảng trang trọng.", c => c.NextQuarter == 3),
        new(null, Duty.Police, c => "Giữ vững an ninh chính trị, trật tự an toàn xã hội; tăng cường kiểm tra phòng cháy, chữa cháy tại nhà ở kết hợp kinh doanh."),
        new(null, Duty.Military, c => "Chủ động phương án phòng, chống thiên tai, tìm kiếm cứu nạn; kiểm tra hệ thống đê điều, công trình thủy lợi trước mùa mưa bão.", c => c.NextQuarter is 2 or 3),
        new(null, Duty.Military, c => $"Hoàn thành công tác tuyển chọn và gọi công dân nhập ngũ năm {c.NextYear}; tổ chức lễ giao nhận quân trang trọng.", c => c.NextQuarter == 1),
        new(true, Duty.MassMobilisation, c => "Tiếp tục thực hiện phong trào thi đua “Dân vận khéo” và Luật Thực hiện dân chủ ở cơ sở; tổ chức đối thoại giữa người đứng đầu với Nhân dân."),
        new(false, Duty.Front, c => "Phối hợp với Mặt trận Tổ quốc thực hiện Luật Thực hiện dân chủ ở cơ sở; tổ chức đối thoại giữa Chủ tịch Ủy ban nhân dân với Nhân dân."),
        new(null, Duty.Social, c => "Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, gia đình chính sách; hoàn thành trước thời hạn."),
        new(null, Duty.Land, c => "Kiểm tra, xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng, lấn chiếm đất công; không để phát sinh vi phạm mới."),
        new(true, Duty.Organisation, c => "Nâng cao chất lượng sinh hoạt chi bộ; chỉ đạo các chi bộ xây dựng chuyên đề sinh hoạt gắn với nhiệm vụ chính trị của đơn vị."),
        new(null, Duty.Investment, c => "Đôn đốc giải ngân vốn đầu tư công; kiên quyết điều chuyển vốn của các dự án chậm giải ngân sang dự án có khối lượng hoàn thành."),
        new(true, Duty.PartyOffice, c => "Làm tốt công tác tiếp công dân, giải quyết đơn thư ngay từ cơ sở; không để phát sinh điểm nóng, khiếu kiện đông người."),
        new(false, Duty.Complaints, c => "Làm tốt công tác tiếp công dân, giải quyết đơn thư ngay từ cơ sở; không để phát sinh điểm nóng, khiếu kiện đông người."),
        new(null, Duty.Environment, c => "Tăng cường thu gom, xử lý rác thải sinh hoạt; ra quân tổng vệ sinh môi trường vào ngày cuối tuần của tháng."),
        new(null, Duty.Council, c => $"Chuẩn bị nội dung kỳ họp thường lệ của Hội đồng nhân dân {c.U.LevelWord}; trả lời đầy đủ kiến nghị của cử tri."),
        new(null, Duty.Social, c => $"Triển khai các giải pháp tạo việc làm, giảm nghèo bền vững; tổ chức phiên giao dịch việc làm tại {c.SubPlace()}."),
    ];

    public static readonly IReadOnlyList<Worded> Strengths =
    [
        new(true, c => $"Cấp ủy, chính quyền đã lãnh đạo, chỉ đạo quyết liệt, kịp thời ngay từ đầu {(c.Style == Reports.Core.Formatting.PeriodStyle.Quarter || c.Quarter == 1 ? "quý" : "năm")}; các nhiệm vụ trọng tâm được triển khai đồng bộ."),
        new(false, c => $"Ủy ban nhân dân đã chỉ đạo, điều hành quyết liệt, kịp thời ngay từ đầu {(c.Style == Reports.Core.Formatting.PeriodStyle.Quarter || c.Quarter == 1 ? "quý" : "năm")}; các nhiệm vụ trọng tâm được triển khai đồng bộ."),
        new(true, c => "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; tổ chức bộ máy sau sắp xếp hoạt động ổn định, thông suốt."),
        new(false, c => "Tổ chức bộ máy chính quyền sau sắp xếp hoạt động ổn định, thông suốt; kỷ luật, kỷ cương hành chính được tăng cường."),
        new(null, c => "Một số chỉ tiêu kinh tế tăng khá so với cùng kỳ; thu ngân sách, giải ngân vốn đầu tư công đạt tiến độ đề ra."),
        new(null, c => $"An sinh xã hội được bảo đảm; đời sống Nhân dân ổn định, niềm tin của Nhân dân với {(c.U.Party ? "cấp ủy, chính quyền" : "chính quyền")} được củng cố."),
        new(null, c => "Quốc phòng, an ninh được giữ vững; không để xảy ra tình huống bị động, bất ngờ."),
        new(null, c => "Cải cách hành chính có chuyển biến rõ; người dân, doanh nghiệp hài lòng hơn khi giải quyết thủ tục."),
    ];

    public static readonly IReadOnlyList<Worded> Weaknesses =
    [
        new(null, c => "Tiến độ giải phóng mặt bằng một số dự án còn chậm; giải ngân vốn đầu tư công chưa đạt kỳ vọng."),
        new(null, c => $"Vi phạm trật tự xây dựng, sử dụng đất sai mục đích vẫn còn xảy ra ở một số {c.U.SubUnit}."),
        new(true, c => "Nội dung sinh hoạt của một số chi bộ chưa phong phú; chất lượng sinh hoạt chuyên đề chưa cao."),
        new(false, c => "Một số cán bộ, công chức chưa chủ động tham mưu; việc báo cáo của một số bộ phận còn chậm."),
        new(null, c => "Thu ngân sách từ tiền sử dụng đất đạt thấp so với dự toán."),
        new(null, c => "Công tác thu gom, xử lý rác thải ở một số khu dân cư chưa bảo đảm; ô nhiễm môi trường cục bộ còn diễn ra."),
        new(null, c => "Tỷ lệ hồ sơ trực tuyến toàn trình chưa đều giữa các lĩnh vực; hạ tầng công nghệ thông tin ở cơ sở còn thiếu."),
    ];

    public static readonly IReadOnlyList<Worded> Causes =
    [
        new(null, c => "Thị trường bất động sản còn trầm lắng; hồ sơ, thủ tục chuẩn bị đấu giá quyền sử dụng đất kéo dài."),
        new(true, c => "Một số cấp ủy, chính quyền cơ sở và người đứng đầu chưa thực sự quyết liệt trong lãnh đạo, chỉ đạo."),
        new(false, c => "Một số cơ quan, đơn vị và người đứng đầu chưa thực sự quyết liệt trong chỉ đạo, điều hành."),
        new(null, c => "Khối lượng công việc lớn trong khi đội ngũ cán bộ chuyên môn ở cơ sở còn thiếu, năng lực một số cán bộ còn hạn chế."),
        new(null, c => "Thời tiết diễn biến bất thường, ảnh hưởng đến sản xuất nông nghiệp và tiến độ thi công các công trình."),
        new(null, c => $"Sự phối hợp giữa một số cơ quan chuyên môn với các {c.U.SubUnit} chưa chặt chẽ."),
    ];

    public static readonly IReadOnlyList<Worded> Proposals =
    [
        new(null, c => $"Đề nghị cấp trên quan tâm bố trí vốn hỗ trợ có mục tiêu để đầu tư hạ tầng các {c.U.SubUnit} phấn đấu đạt chuẩn {(!c.U.Rural ? "văn minh đô thị" : c.U.IsCommune ? "khu dân cư nông thôn mới kiểu mẫu" : "nông thôn mới nâng cao")} năm {c.NextYear}."),
        new(null, c => "Đề nghị các cơ quan chuyên môn cấp trên sớm hướng dẫn xử lý các trường hợp sử dụng đất nông nghiệp sai mục đích phát sinh trước ngày 01/7/2014."),
        new(null, c => "Đề nghị cấp trên bổ sung biên chế công chức chuyên môn về đất đai, xây dựng cho cơ sở."),
        new(null, c => "Đề nghị hỗ trợ kinh phí nâng cấp hạ tầng công nghệ thông tin phục vụ chuyển đổi số ở cơ sở."),
        new(null, c => $"Đề nghị sớm phê duyệt điều chỉnh quy hoạch sử dụng đất để {c.U.Name} có cơ sở triển khai các dự án."),
    ];

    /// <summary>Documents a report says it carries out ("Thực hiện ..."), named in full with their year and body.</summary>
    public static IReadOnlyList<string> BasisDocuments(SampleContext c)
    {
        var u = c.U;
        if (!u.Party)
            return
            [
                $"Nghị quyết của Hội đồng nhân dân {u.Name} về nhiệm vụ phát triển kinh tế - xã hội năm {c.Year}",
                $"Kế hoạch thực hiện nhiệm vụ phát triển kinh tế - xã hội năm {c.Year} của {u.People}",
            ];
        var term = u.AfterReform ? "2025 - 2030" : "2020 - 2025";
        return
        [
            $"Chương trình công tác toàn khóa nhiệm kỳ {term} của Ban Chấp hành Đảng bộ {u.Name}",
            $"Chương trình công tác năm {c.Year} của Ban Thường vụ {u.PartyCommittee}",
            $"Kế hoạch thực hiện nhiệm vụ chính trị năm {c.Year} của Ban Chấp hành Đảng bộ {u.Name}",
        ];
    }

    /// <summary>What a quán triệt meeting studies: Party resolutions for a Party committee, laws for a People's Committee, each only while it is new.</summary>
    private static readonly Directive[] Directives =
    [
        new(true, "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII", Directive.Index(2023, 1), Directive.Index(2023, 2)),
        new(true, "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII", Directive.Index(2023, 4), Directive.Index(2024, 2)),
        new(true, "Nghị quyết Hội nghị lần thứ mười Ban Chấp hành Trung ương Đảng khóa XIII", Directive.Index(2024, 3), Directive.Index(2025, 1)),
        new(true, "Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", Directive.Index(2025, 1), Directive.Index(2025, 4)),
        new(true, "Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân", Directive.Index(2025, 2), Directive.Index(2025, 4)),
        new(true, "Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo", Directive.Index(2025, 3), Directive.Index(2026, 2)),
        new(true, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng", Directive.Index(2026, 1), Directive.Index(2026, 4)),
        new(true, "Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng", Directive.Index(2023, 1), Directive.Index(2026, 4)),
        new(false, "Luật Thực hiện dân chủ ở cơ sở năm 2022", Directive.Index(2023, 1), Directive.Index(2023, 4)),
        new(false, "Luật Đất đai năm 2024", Directive.Index(2024, 1), Directive.Index(2025, 1)),
        new(false, "Luật Tổ chức chính quyền địa phương năm 2025", Directive.Index(2025, 2), Directive.Index(2026, 4)),
        new(false, "Luật Dữ liệu năm 2024", Directive.Index(2025, 2), Directive.Index(2026, 2)),
        new(false, "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ năm 2024", Directive.Index(2024, 4), Directive.Index(2026, 4)),
    ];

    /// <summary>A document new at the report's time, for the unit's regime.</summary>
    public static string DirectiveFor(SampleContext c)
    {
        var now = Directive.Index(c.Year, c.Quarter);
        return c.R.Pick(Directives.Where(d => d.Party == c.U.Party && d.From <= now && now <= d.To).Select(d => d.Text).ToList());
    }

    /// <summary>What the chair asks for; the article writes "đồng chí ... đề nghị" before them, so they start with who is to act.</summary>
    private static readonly Worded[] Conclusions =
    [
        new(true, c => $"Các cấp ủy, chính quyền khắc phục ngay hạn chế trong thu ngân sách, chống thất thu thuế ngay trong {c.NextName}."),
        new(false, c => $"Các cơ quan chuyên môn khắc phục ngay hạn chế trong thu ngân sách, chống thất thu thuế ngay trong {c.NextName}."),
        new(true, c => $"{c.U.People} chỉ đạo hoàn thành bàn giao mặt bằng các dự án trọng điểm, bảo đảm quyền lợi chính đáng của người dân."),
        new(false, c => "Các đơn vị được giao hoàn thành bàn giao mặt bằng các dự án trọng điểm, bảo đảm quyền lợi chính đáng của người dân."),
        new(null, c => "Các cơ quan tham mưu tiếp thu ý kiến tại hội nghị, hoàn thiện báo cáo, trình ký ban hành đúng thời hạn."),
        new(null, c => $"Mặt trận Tổ quốc và các đoàn thể tổ chức tốt các phong trào thi đua, tạo khí thế sôi nổi trong {c.U.Everyone}."),
        new(null, c => "Các ngành chức năng chủ động phương án bảo đảm an ninh, trật tự, phòng chống thiên tai, không để bị động, bất ngờ."),
    ];

    public static IReadOnlyList<Func<SampleContext, string>> ConclusionsFor(bool party) =>
        Conclusions.Where(w => w.Party is null || w.Party == party).Select(w => w.Text).ToList();
}
