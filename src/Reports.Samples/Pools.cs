namespace Reports.Samples;

/// <summary>Tasks, assessments, proposals and meeting wording, each a pattern filled from the context.</summary>
internal static class Pools
{
    /// <summary>A task of the next period and the body that leads it.</summary>
    public static readonly IReadOnlyList<Func<SampleContext, (string Task, string Lead)>> Tasks =
    [
        c => ($"Tổ chức các hoạt động kỷ niệm ngày lễ lớn trong {c.NextName} trang trọng, thiết thực, tiết kiệm.", c.U.Party ? $"Ban Tuyên giáo và Dân vận {c.U.PartyCommittee}" : "Phòng Văn hóa - Xã hội"),
        c => ($"Hoàn thiện việc rà soát, bổ sung quy hoạch cán bộ; chuẩn bị các nội dung phục vụ đại hội đảng bộ các cấp theo hướng dẫn.", c.U.Party ? $"Ban Tổ chức {c.U.PartyCommittee}" : "Phòng Nội vụ"),
        c => ($"Thực hiện chương trình kiểm tra, giám sát năm {c.Year}; tập trung vào các lĩnh vực dễ phát sinh vi phạm như đất đai, tài chính, đầu tư công.", c.U.Party ? $"Ủy ban Kiểm tra {c.U.PartyCommittee}" : "Thanh tra"),
        c => ($"Đẩy nhanh giải phóng mặt bằng các dự án trọng điểm; bàn giao mặt bằng sạch cho chủ đầu tư đúng cam kết.", c.U.People),
        c => ($"Đẩy mạnh cải cách hành chính, chuyển đổi số gắn với Đề án 06; nâng tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình.", "Văn phòng " + c.U.People.Replace("Ủy ban nhân dân", "Hội đồng nhân dân và Ủy ban nhân dân")),
        c => ($"Tổ chức đấu giá quyền sử dụng đất tại các khu đất đã hoàn thiện hạ tầng; chống thất thu thuế, phấn đấu thu ngân sách vượt dự toán.", c.U.People),
        c => ($"Hoàn thiện hồ sơ đề nghị công nhận {c.SubPlace()} đạt chuẩn nông thôn mới nâng cao; nâng hạng các sản phẩm OCOP tiềm năng.", c.U.People),
        c => ($"Chỉ đạo sản xuất vụ {(c.Quarter is 1 or 4 ? "Xuân" : "Mùa")} đúng khung thời vụ; chủ động phòng, chống dịch bệnh trên cây trồng, vật nuôi.", "Phòng Kinh tế"),
        c => ($"Tổ chức an toàn, nghiêm túc các kỳ thi; chuẩn bị chu đáo cơ sở vật chất, đội ngũ giáo viên cho năm học mới.", "Phòng Văn hóa - Xã hội"),
        c => ($"Giữ vững an ninh chính trị, trật tự an toàn xã hội; tăng cường kiểm tra phòng cháy, chữa cháy tại nhà ở kết hợp kinh doanh.", $"Công an {c.U.LevelWord}"),
        c => ($"Chủ động phương án phòng, chống thiên tai, tìm kiếm cứu nạn; kiểm tra hệ thống đê điều, công trình thủy lợi trước mùa mưa bão.", $"Ban Chỉ huy Quân sự {c.U.LevelWord}"),
        c => ($"Tiếp tục thực hiện phong trào thi đua “Dân vận khéo” và Luật Thực hiện dân chủ ở cơ sở; tổ chức đối thoại giữa người đứng đầu với Nhân dân.", c.U.Party ? $"Ban Tuyên giáo và Dân vận {c.U.PartyCommittee}" : "Ủy ban Mặt trận Tổ quốc"),
        c => ($"Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, gia đình chính sách; hoàn thành trước thời hạn.", "Phòng Văn hóa - Xã hội"),
        c => ($"Kiểm tra, xử lý dứt điểm các trường hợp vi phạm trật tự xây dựng, lấn chiếm đất công; không để phát sinh vi phạm mới.", c.U.People),
        c => ($"Nâng cao chất lượng sinh hoạt chi bộ; chỉ đạo các chi bộ xây dựng chuyên đề sinh hoạt gắn với nhiệm vụ chính trị của đơn vị.", c.U.Party ? $"Ban Tổ chức {c.U.PartyCommittee}" : "Phòng Nội vụ"),
        c => ($"Đôn đốc giải ngân vốn đầu tư công; kiên quyết điều chuyển vốn của các dự án chậm giải ngân sang dự án có khối lượng hoàn thành.", "Phòng Tài chính - Kế hoạch"),
        c => ($"Làm tốt công tác tiếp công dân, giải quyết đơn thư ngay từ cơ sở; không để phát sinh điểm nóng, khiếu kiện đông người.", c.U.Party ? $"Văn phòng {c.U.PartyCommittee}" : "Thanh tra"),
        c => ($"Tăng cường thu gom, xử lý rác thải sinh hoạt; ra quân tổng vệ sinh môi trường vào ngày cuối tuần của tháng.", "Phòng Kinh tế"),
        c => ($"Chuẩn bị nội dung kỳ họp thường lệ của Hội đồng nhân dân {c.U.LevelWord}; trả lời đầy đủ kiến nghị của cử tri.", $"Thường trực Hội đồng nhân dân {c.U.LevelWord}"),
        c => ($"Triển khai các giải pháp tạo việc làm, giảm nghèo bền vững; tổ chức phiên giao dịch việc làm tại {c.SubPlace()}.", "Phòng Văn hóa - Xã hội"),
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Strengths =
    [
        c => $"Cấp ủy, chính quyền đã lãnh đạo, chỉ đạo quyết liệt, kịp thời ngay từ đầu {c.PeriodName.Replace(" năm " + c.Year, "")}; các nhiệm vụ trọng tâm được triển khai đồng bộ.",
        c => $"Công tác xây dựng Đảng và hệ thống chính trị được chú trọng; tổ chức bộ máy sau sắp xếp hoạt động ổn định, thông suốt.",
        c => $"Một số chỉ tiêu kinh tế tăng khá so với cùng kỳ; thu ngân sách, giải ngân vốn đầu tư công đạt tiến độ đề ra.",
        c => $"An sinh xã hội được bảo đảm; đời sống Nhân dân ổn định, niềm tin của Nhân dân với cấp ủy, chính quyền được củng cố.",
        c => $"Quốc phòng, an ninh được giữ vững; không để xảy ra tình huống bị động, bất ngờ.",
        c => $"Cải cách hành chính có chuyển biến rõ; người dân, doanh nghiệp hài lòng hơn khi giải quyết thủ tục.",
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Weaknesses =
    [
        c => $"Tiến độ giải phóng mặt bằng một số dự án còn chậm; giải ngân vốn đầu tư công chưa đạt kỳ vọng.",
        c => $"Vi phạm trật tự xây dựng, sử dụng đất sai mục đích vẫn còn xảy ra ở một số {c.U.SubUnit}.",
        c => $"Nội dung sinh hoạt của một số chi bộ chưa phong phú; chất lượng sinh hoạt chuyên đề chưa cao.",
        c => $"Thu ngân sách từ tiền sử dụng đất đạt thấp so với dự toán.",
        c => $"Công tác thu gom, xử lý rác thải ở một số khu dân cư chưa bảo đảm; ô nhiễm môi trường cục bộ còn diễn ra.",
        c => $"Tỷ lệ hồ sơ trực tuyến toàn trình chưa đều giữa các lĩnh vực; hạ tầng công nghệ thông tin ở cơ sở còn thiếu.",
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Causes =
    [
        c => $"Thị trường bất động sản còn trầm lắng; hồ sơ, thủ tục chuẩn bị đấu giá quyền sử dụng đất kéo dài.",
        c => $"Một số cấp ủy, chính quyền cơ sở và người đứng đầu chưa thực sự quyết liệt trong chỉ đạo, điều hành.",
        c => $"Khối lượng công việc lớn trong khi đội ngũ cán bộ chuyên môn ở cơ sở còn thiếu, năng lực một số cán bộ còn hạn chế.",
        c => $"Thời tiết diễn biến bất thường, ảnh hưởng đến sản xuất nông nghiệp và tiến độ thi công các công trình.",
        c => $"Sự phối hợp giữa một số phòng, ban chuyên môn với các {c.U.SubUnit} chưa chặt chẽ.",
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Proposals =
    [
        c => $"Đề nghị cấp trên quan tâm bố trí vốn hỗ trợ có mục tiêu để đầu tư hạ tầng các {c.U.SubUnit} phấn đấu đạt chuẩn nông thôn mới nâng cao năm {c.Year}.",
        c => $"Đề nghị các sở, ngành sớm hướng dẫn xử lý các trường hợp sử dụng đất nông nghiệp sai mục đích phát sinh trước ngày 01/7/2014.",
        c => $"Đề nghị cấp trên bổ sung biên chế công chức chuyên môn về đất đai, xây dựng cho cơ sở.",
        c => $"Đề nghị hỗ trợ kinh phí nâng cấp hạ tầng công nghệ thông tin phục vụ chuyển đổi số ở cơ sở.",
        c => $"Đề nghị sớm phê duyệt điều chỉnh quy hoạch sử dụng đất để {c.U.Name} có cơ sở triển khai các dự án.",
    ];

    public static readonly IReadOnlyList<string> BasisDocuments =
    [
        "Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ",
        "Nghị quyết của Hội đồng nhân dân về nhiệm vụ phát triển kinh tế - xã hội năm",
        "Kế hoạch thực hiện nhiệm vụ chính trị năm",
        "Chương trình công tác năm của Ban Thường vụ",
    ];

    public static readonly IReadOnlyList<string> Resolutions =
    [
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "Nghị quyết số 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân",
        "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII",
        "Chỉ thị của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác phòng cháy, chữa cháy",
        "Kết luận của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng, chỉnh đốn Đảng",
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Speeches =
    [
        c => $"Trình bày dự thảo báo cáo kết quả thực hiện nhiệm vụ {c.PeriodName}, nêu rõ những kết quả nổi bật và các chỉ tiêu còn đạt thấp.",
        c => $"Báo cáo tình hình thu ngân sách, giải ngân vốn đầu tư công; đề xuất giải pháp đẩy nhanh tiến độ các dự án trong {c.NextName}.",
        c => $"Chia sẻ kinh nghiệm vận động Nhân dân hiến đất mở rộng đường giao thông tại {c.SubPlace()}.",
        c => $"Kiến nghị sớm bố trí kinh phí sửa chữa trường học, trạm y tế xuống cấp trước mùa mưa bão.",
        c => $"Đề nghị tăng cường kiểm tra, xử lý vi phạm trật tự xây dựng và bảo vệ môi trường ở các khu dân cư mới.",
        c => $"Ghi nhận kết quả đạt được trong {c.PeriodName}, đề nghị tập trung nâng cao chất lượng sinh hoạt chi bộ và phát triển đảng viên.",
    ];

    public static readonly IReadOnlyList<Func<SampleContext, string>> Conclusions =
    [
        c => $"Đề nghị các cấp ủy, chính quyền khắc phục ngay hạn chế trong thu ngân sách, chống thất thu thuế ngay trong {c.NextName}.",
        c => $"Yêu cầu {c.U.People} chỉ đạo hoàn thành bàn giao mặt bằng các dự án trọng điểm, bảo đảm quyền lợi chính đáng của người dân.",
        c => $"Giao các cơ quan tham mưu hoàn thiện báo cáo theo ý kiến góp ý tại hội nghị, trình ký ban hành đúng thời hạn.",
        c => $"Mặt trận Tổ quốc và các đoàn thể tổ chức tốt các phong trào thi đua, tạo khí thế sôi nổi trong cán bộ, đảng viên và Nhân dân.",
        c => $"Các ngành chức năng chủ động phương án bảo đảm an ninh, trật tự, phòng chống thiên tai, không để bị động, bất ngờ.",
    ];
}
