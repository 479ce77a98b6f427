namespace Reports.Samples;

/// <summary>A domain (lĩnh vực) of the report: its title, the sentences staff write about it, its figures and its parts.</summary>
internal sealed record Area(
    string Title,
    string Topic,
    IReadOnlyList<Func<SampleContext, string>> Statements,
    IReadOnlyList<Func<SampleContext, Fig>> Figures,
    IReadOnlyList<Area> Parts,
    bool PartyOnly = false);

/// <summary>
/// The catalogue of domains, in the usual order of a quarterly report. Every sentence is a pattern with
/// numbers, months and places drawn at random, so no two samples read alike.
/// </summary>
internal static class Areas
{
    public static readonly IReadOnlyList<Area> All =
    [
        new("Công tác xây dựng Đảng và hệ thống chính trị", "công tác xây dựng Đảng",
            [
                c => $"{c.U.Leader} bám sát chương trình công tác năm {c.Year}, ban hành {c.N(12, 45)} văn bản lãnh đạo, chỉ đạo, trong đó có {c.N(2, 6)} nghị quyết, {c.N(3, 9)} kế hoạch và {c.N(4, 20)} thông báo kết luận.",
                c => $"Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {c.U.LevelWord} hoàn thành chương trình công tác {c.PeriodName}; các cuộc tiếp xúc cử tri được tổ chức đúng kế hoạch.",
                c => $"Quy chế làm việc của Ban Chấp hành Đảng bộ {c.U.Name} được thực hiện nghiêm; các vấn đề quan trọng đều được bàn bạc tập thể, *phát huy trách nhiệm của người đứng đầu*.",
            ],
            [
                c => c.Count("Số văn bản lãnh đạo, chỉ đạo được ban hành", "văn bản", 12, 60).WithVerb("là").MaybeSame(0.5),
            ],
            [
                new("Công tác tuyên giáo", "công tác tuyên giáo",
                    [
                        c => $"Tổ chức hội nghị học tập, quán triệt nghị quyết của Trung ương và của cấp ủy cấp trên cho {c.N(120, 900)} cán bộ, đảng viên chủ chốt, kết nối trực tuyến đến {c.N(5, 30)} điểm cầu.",
                        c => $"Tuyên truyền sâu rộng các ngày lễ lớn trong {c.PeriodName}; treo {c.N(300, 2500)} băng rôn, khẩu hiệu, cờ phướn trên các tuyến đường chính và tại trụ sở cơ quan, đơn vị.",
                        c => $"Nắm bắt kịp thời tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân; tổng hợp {c.N(3, 12)} báo cáo dư luận xã hội gửi cấp ủy cấp trên đúng thời hạn.",
                        c => $"Đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng; **không để hình thành điểm nóng về tư tưởng** trên địa bàn.",
                        c => $"Triển khai chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {c.Year}; {c.N(6, 40)} tập thể, cá nhân được biểu dương vì có cách làm hay, sáng tạo.",
                        c => $"Trang thông tin điện tử của {c.U.Name} đăng tải {c.N(60, 400)} tin, bài phản ánh hoạt động của cấp ủy, chính quyền và phong trào thi đua ở cơ sở.",
                    ],
                    [
                        c => c.Count("Cán bộ, đảng viên học tập, quán triệt nghị quyết", "đảng viên", 300, 9000).OutOf(c.R.Between(9000, 9800)),
                        c => c.Count("Số tin, bài đăng trên trang thông tin điện tử", "tin, bài", 40, 400).WithVerb("là").MaybeSame(0.7),
                    ],
                    [], PartyOnly: true),
                new("Công tác tổ chức, cán bộ", "công tác tổ chức, cán bộ",
                    [
                        c => $"Thực hiện nghiêm các quy định về kiểm soát quyền lực trong công tác cán bộ; điều động, bổ nhiệm {c.N(2, 14)} cán bộ thuộc diện Ban Thường vụ quản lý đúng quy trình.",
                        c => $"Trao tặng Huy hiệu Đảng cho {c.N(20, 300)} đảng viên, trong đó có {c.N(1, 6)} đồng chí nhận Huy hiệu 70 năm tuổi Đảng; buổi lễ được tổ chức trang trọng, chu đáo.",
                        c => $"Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ 2025 - 2030, bảo đảm cơ cấu ba độ tuổi và tỷ lệ cán bộ nữ, cán bộ trẻ theo hướng dẫn.",
                        c => $"{c.Pct(90, 100)} chi bộ sử dụng phần mềm “Sổ tay đảng viên điện tử” trong sinh hoạt định kỳ; nội dung sinh hoạt chuyên đề ngày càng thiết thực.",
                        c => $"Kiện toàn {c.N(2, 9)} chi bộ trực thuộc sau khi sắp xếp tổ chức bộ máy; chuyển sinh hoạt đảng cho {c.N(10, 120)} đảng viên kịp thời, đúng quy định.",
                        c => $"Chỉ đạo các chi bộ tạo nguồn phát triển đảng viên trong học sinh, sinh viên, công nhân và người lao động ở doanh nghiệp ngoài khu vực nhà nước.",
                    ],
                    [
                        c => c.Count("Kết nạp đảng viên mới", "đảng viên", 4, 70).MaybePlan($"kế hoạch năm {c.Year}", 0.8).MaybeSame(0.6),
                        c => c.Count("Số đảng viên được trao tặng Huy hiệu Đảng", "đảng viên", 20, 300).WithVerb("là"),
                        c => c.Count("Chi bộ được đánh giá sinh hoạt có chất lượng", "chi bộ", 10, 80).OutOf(c.R.Between(60, 90)),
                    ],
                    [], PartyOnly: true),
                new("Công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "công tác kiểm tra, giám sát",
                    [
                        c => $"Ban hành và triển khai chương trình kiểm tra, giám sát năm {c.Year}; trong kỳ tiến hành {c.N(2, 9)} cuộc kiểm tra, {c.N(3, 12)} cuộc giám sát chuyên đề đối với tổ chức đảng và đảng viên.",
                        c => $"Ủy ban Kiểm tra kiểm tra khi có dấu hiệu vi phạm đối với {c.N(1, 3)} tổ chức đảng và {c.N(1, 6)} đảng viên; kiểm tra việc thu, nộp đảng phí tại {c.N(2, 8)} chi bộ.",
                        c => $"Giải quyết dứt điểm {c.N(1, 6)} đơn tố cáo, khiếu nại kỷ luật đảng đúng thời hạn; thi hành kỷ luật **{c.N(1, 5)} đảng viên** vi phạm.",
                        c => $"Giám sát thường xuyên việc kê khai tài sản, thu nhập và thực hiện những điều đảng viên không được làm; qua giám sát nhắc nhở, chấn chỉnh {c.N(1, 8)} trường hợp.",
                    ],
                    [
                        c => c.Count("Số cuộc kiểm tra, giám sát", "cuộc", 3, 20).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.7),
                        c => c.Count("Số đảng viên bị thi hành kỷ luật", "đảng viên", 1, 6).WithVerb("là").MaybeSame(0.7).LowerIsBetter(),
                    ],
                    [], PartyOnly: true),
                new("Công tác dân vận", "công tác dân vận",
                    [
                        c => $"Triển khai Luật Thực hiện dân chủ ở cơ sở; các {c.U.SubUnits} công khai kế hoạch sử dụng đất, dự toán ngân sách và các khoản đóng góp để Nhân dân biết, bàn và kiểm tra.",
                        c => $"Phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới, chỉnh trang đô thị; đăng ký {c.N(12, 90)} mô hình, trong đó {c.N(2, 10)} mô hình được đề nghị khen thưởng.",
                        c => $"Người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với Nhân dân {c.SubPlace()} về bồi thường, hỗ trợ giải phóng mặt bằng; các kiến nghị được trả lời ngay tại hội nghị.",
                        c => $"Mặt trận Tổ quốc và các đoàn thể vận động ủng hộ Quỹ “Vì người nghèo” được {c.Amount(0.3m, 4.5m)} tỷ đồng, hỗ trợ xây mới, sửa chữa {c.N(3, 25)} nhà đại đoàn kết.",
                    ],
                    [
                        c => c.Count("Số mô hình “Dân vận khéo” được đăng ký", "mô hình", 12, 90).WithVerb("là").MaybeSame(0.7),
                        c => c.Count("Nhà đại đoàn kết được xây mới, sửa chữa", "nhà", 3, 30).MaybePlan($"kế hoạch năm {c.Year}", 0.6),
                    ],
                    []),
                new("Công tác nội chính và phòng, chống tham nhũng, tiêu cực", "công tác nội chính",
                    [
                        c => $"Theo dõi, đôn đốc xử lý {c.N(1, 8)} vụ việc có dấu hiệu tham nhũng, tiêu cực; hoàn thành công khai bản kê khai tài sản, thu nhập của {c.N(40, 400)} người có nghĩa vụ kê khai.",
                        c => $"Người đứng đầu cấp ủy tiếp công dân định kỳ theo quy định; các kiến nghị, phản ánh được chuyển cơ quan có thẩm quyền giải quyết, *không để phát sinh khiếu kiện đông người*.",
                        c => $"Các cơ quan tư pháp phối hợp chặt chẽ trong điều tra, truy tố, xét xử; giải quyết {c.N(20, 200)} vụ việc các loại, đạt {c.Pct(45, 95)} số vụ việc đã thụ lý.",
                    ],
                    [
                        c => c.Count("Số lượt công dân được tiếp", "lượt", 20, 300).WithVerb("là").MaybeSame(0.7),
                        c => c.Count("Giải quyết đơn thư thuộc thẩm quyền", "đơn", 5, 60).OutOf(c.R.Between(30, 70)),
                    ],
                    []),
            ], PartyOnly: true),

        new("Phát triển kinh tế", "nhiệm vụ phát triển kinh tế",
            [
                c => $"Kinh tế trên địa bàn tiếp tục phục hồi; các chỉ tiêu chủ yếu {c.PeriodName} cơ bản đạt tiến độ, một số chỉ tiêu tăng khá so với cùng kỳ.",
                c => $"Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; tổ chức {c.N(1, 4)} hội nghị đối thoại với doanh nghiệp, hộ kinh doanh, giải đáp {c.N(8, 60)} kiến nghị.",
                c => $"Môi trường đầu tư được cải thiện; trong kỳ có thêm {c.N(3, 40)} doanh nghiệp thành lập mới, tổng vốn đăng ký {c.Amount(10, 900)} tỷ đồng.",
            ],
            [
                c => c.Count("Doanh nghiệp thành lập mới", "doanh nghiệp", 3, 60).MaybePlan($"kế hoạch năm {c.Year}", 0.6).MaybeSame(0.6),
            ],
            [
                new("Sản xuất nông nghiệp", "kế hoạch sản xuất nông nghiệp",
                    [
                        c => $"Sản xuất vụ {(c.Quarter <= 2 ? "Xuân" : "Mùa")} được chỉ đạo gieo trồng đúng khung thời vụ; duy trì {c.N(3, 15)} vùng sản xuất rau an toàn, cây ăn quả tập trung.",
                        c => $"Tiêm phòng cho đàn gia súc, gia cầm đạt {c.Pct(88, 99)} kế hoạch; *không để dịch bệnh lớn xảy ra*, kiểm soát tốt dịch tả lợn châu Phi.",
                        c => $"Mưa lớn {c.Month()} làm ngập úng cục bộ {c.Amount(5, 120)} ha lúa, rau màu; {c.U.People} kịp thời chỉ đạo tiêu úng, hỗ trợ giống để người dân gieo trồng lại.",
                        c => $"Hợp tác xã {c.NewPlace()} liên kết tiêu thụ {c.N(50, 600)} tấn nông sản; các mô hình sản xuất theo tiêu chuẩn VietGAP được nhân rộng.",
                        c => $"Hoàn thành nạo vét {c.Amount(3, 40)} km kênh mương nội đồng, bảo đảm nước tưới cho {c.Pct(90, 100)} diện tích gieo cấy.",
                    ],
                    [
                        c => c.Amount("Diện tích gieo trồng cây hằng năm", "ha", 150, 4500, 1).MaybePlan("kế hoạch vụ", 0.7, 0.85m, 1.05m).MaybeSame(0.6),
                        c => c.Amount("Sản lượng lương thực có hạt", "tấn", 800, 30000, 0).MaybePlan($"kế hoạch năm {c.Year}", 0.6).MaybeSame(0.5),
                        c => c.Count("Tổng đàn lợn", "con", 2000, 60000).MaybeSame(0.8),
                    ],
                    []),
                new("Công nghiệp, thương mại và dịch vụ", "nhiệm vụ phát triển công nghiệp, thương mại",
                    [
                        c => $"Sản xuất công nghiệp - tiểu thủ công nghiệp duy trì ổn định; các làng nghề {c.NewPlace()}, {c.NewPlace()} có thêm đơn hàng, giải quyết việc làm cho {c.N(300, 3000)} lao động.",
                        c => $"Thị trường hàng hóa ổn định, không xảy ra tình trạng khan hiếm hàng, tăng giá đột biến; kiểm tra {c.N(20, 160)} cơ sở kinh doanh, xử lý {c.N(1, 20)} trường hợp vi phạm.",
                        c => $"Hoạt động du lịch khởi sắc; các điểm di tích, danh thắng đón {c.N(5, 300)} nghìn lượt khách, doanh thu ước đạt {c.Amount(2, 150)} tỷ đồng.",
                        c => $"Đưa vào hoạt động chợ {c.NewPlace()} sau cải tạo; {c.Pct(60, 95)} hộ kinh doanh áp dụng thanh toán không dùng tiền mặt.",
                    ],
                    [
                        c => c.Amount("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "tỷ đồng", 80, 6000, 1).MaybePlan($"kế hoạch năm {c.Year}", 0.7).MaybeSame(0.7),
                        c => c.Amount("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 100, 9000, 1).MaybeSame(0.8),
                    ],
                    []),
                new("Tài chính, ngân sách", "nhiệm vụ thu, chi ngân sách",
                    [
                        c => $"Thu ngân sách nhà nước trên địa bàn đạt khá; các khoản thu thuế, phí, lệ phí cơ bản đạt tiến độ, thu ngoài quốc doanh tăng {c.Pct(3, 18)} so với cùng kỳ.",
                        c => $"Tổ chức {c.N(1, 5)} phiên đấu giá quyền sử dụng đất với {c.N(8, 90)} thửa đất, tổng số tiền trúng đấu giá {c.Amount(15, 700)} tỷ đồng.",
                        c => $"Chi ngân sách bảo đảm kịp thời cho các nhiệm vụ chính trị, an sinh xã hội; thực hiện tiết kiệm {c.Pct(5, 10)} chi thường xuyên theo chỉ đạo của cấp trên.",
                        c => $"Tăng cường chống thất thu thuế đối với hoạt động kinh doanh trên nền tảng số, cho thuê nhà trọ; truy thu {c.Amount(0.2m, 9)} tỷ đồng.",
                    ],
                    [
                        c => c.Amount("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 12, 2500, 1)
                            .Plan(c.U.LevelKey == "tinh" ? "dự toán Trung ương giao" : "dự toán cấp trên giao")
                            .MaybePlan($"dự toán Hội đồng nhân dân {c.U.LevelWord} giao", 0.5, 0.15m, 0.9m).MaybeSame(0.8)
                            .WithNote($"trong đó thu tiền sử dụng đất {c.Amount(1, 80)} tỷ đồng"),
                        c => c.Amount("Chi ngân sách địa phương", "tỷ đồng", 10, 1800, 1).MaybePlan("dự toán năm", 0.7),
                    ],
                    []),
                new("Đầu tư công, đất đai và trật tự xây dựng", "công tác đầu tư công, quản lý đất đai",
                    [
                        c => $"Tập trung giải phóng mặt bằng các dự án trọng điểm; đến {c.Day()} đã bàn giao {c.Pct(70, 99.9m)} diện tích cho chủ đầu tư.",
                        c => $"Khởi công {c.N(2, 12)} dự án hạ tầng giao thông, trường học, trạm y tế; giải ngân vốn đầu tư công tăng so với cùng kỳ.",
                        c => $"Công tác quản lý đất đai, trật tự xây dựng được tăng cường; phát hiện, xử lý dứt điểm {c.N(2, 30)} trường hợp vi phạm mới phát sinh.",
                        c => $"Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho {c.N(20, 600)} hồ sơ; giải quyết thủ tục đất đai đúng hạn đạt {c.Pct(92, 100)}.",
                    ],
                    [
                        c => c.Amount("Giải ngân vốn đầu tư công", "tỷ đồng", 5, 1500, 1).Plan($"kế hoạch vốn năm {c.Year}", 0.1m, 0.95m).MaybeSame(0.6),
                        c => c.Count("Số dự án khởi công mới", "dự án", 1, 15).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.5),
                        c => c.Count("Giấy chứng nhận quyền sử dụng đất được cấp lần đầu", "giấy", 20, 600).MaybeSame(0.5),
                    ],
                    []),
                new("Xây dựng nông thôn mới và chương trình OCOP", "chương trình xây dựng nông thôn mới",
                    [
                        c => $"Xây dựng nông thôn mới nâng cao, kiểu mẫu tiếp tục được quan tâm; {c.SubPlace()} hoàn thiện tiêu chí, chuẩn bị hồ sơ đề nghị công nhận năm {c.Year}.",
                        c => $"Nhân dân hiến {c.N(300, 9000)} m² đất, đóng góp {c.N(200, 4000)} ngày công để mở rộng đường giao thông nông thôn, xây dựng nhà văn hóa.",
                        c => $"{c.N(4, 30)} sản phẩm đăng ký đánh giá, phân hạng OCOP; hỗ trợ các chủ thể thiết kế bao bì, truy xuất nguồn gốc và quảng bá trên sàn thương mại điện tử.",
                    ],
                    [
                        c => c.Count($"Số {c.U.SubUnit} đạt chuẩn nông thôn mới nâng cao", c.U.SubUnit, 1, Math.Max(1, c.U.SubUnitCount - 1)).WithVerb("là").OutOf(c.U.SubUnitCount),
                        c => c.Count("Số sản phẩm được công nhận OCOP từ 3 sao trở lên", "sản phẩm", 2, 40).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.6),
                    ],
                    []),
            ]),

        new("Văn hóa - xã hội", "nhiệm vụ văn hóa - xã hội",
            [
                c => $"Các lĩnh vực văn hóa - xã hội có nhiều chuyển biến; đời sống vật chất, tinh thần của Nhân dân tiếp tục được nâng lên.",
                c => $"Tổ chức chu đáo các hoạt động kỷ niệm ngày lễ lớn trong {c.PeriodName}, tạo không khí phấn khởi trong cán bộ, đảng viên và Nhân dân.",
            ],
            [],
            [
                new("Giáo dục và đào tạo", "công tác giáo dục và đào tạo",
                    [
                        c => $"Ngành giáo dục hoàn thành tốt nhiệm vụ {(c.Quarter <= 2 ? "học kỳ I" : "năm học")}; {c.N(10, 120)} học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh.",
                        c => $"Chuẩn bị tốt cơ sở vật chất cho năm học mới; đầu tư xây mới {c.N(6, 60)} phòng học, bổ sung thiết bị dạy học theo chương trình giáo dục phổ thông.",
                        c => $"Tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt {c.Pct(97, 100)}; tuyển sinh vào lớp 10 công lập được tổ chức an toàn, nghiêm túc.",
                        c => $"Triển khai xóa mù chữ, phổ cập giáo dục; **{c.N(1, 6)} trường** được kiểm tra, công nhận lại đạt chuẩn quốc gia.",
                    ],
                    [
                        c => c.Count("Số trường đạt chuẩn quốc gia", "trường", 5, 60).WithVerb("là").OutOf(c.R.Between(40, 70)),
                        c => c.Count("Học sinh đạt giải học sinh giỏi cấp tỉnh", "học sinh", 10, 150).MaybeSame(0.7),
                    ],
                    []),
                new("Y tế và chăm sóc sức khỏe Nhân dân", "công tác y tế",
                    [
                        c => $"Công tác khám, chữa bệnh và tiêm chủng mở rộng được duy trì; chủ động phòng, chống sốt xuất huyết, tay chân miệng, không để dịch lan rộng.",
                        c => $"Kiểm tra an toàn thực phẩm tại {c.N(40, 300)} cơ sở sản xuất, kinh doanh; *không để xảy ra ngộ độc thực phẩm đông người*.",
                        c => $"Tỷ lệ người dân tham gia bảo hiểm y tế đạt {c.Pct(88, 96)}; trạm y tế {c.SubPlace()} đưa vào sử dụng hồ sơ sức khỏe điện tử.",
                    ],
                    [
                        c => c.Count("Lượt khám, chữa bệnh", "lượt", 3000, 90000).MaybeSame(0.7),
                        c => c.Count("Người tham gia bảo hiểm y tế", "người", 8000, 90000).OutOf(c.R.Between(90000, 99000)).MaybeSame(0.4),
                    ],
                    []),
                new("An sinh xã hội, lao động và việc làm", "chính sách an sinh xã hội",
                    [
                        c => $"Chăm lo chu đáo cho gia đình chính sách, người có công, hộ nghèo, hộ cận nghèo với tổng kinh phí {c.Amount(0.5m, 25)} tỷ đồng; bảo đảm *mọi người, mọi nhà đều có Tết*.",
                        c => $"Tổ chức {c.N(1, 5)} phiên giao dịch việc làm, giới thiệu việc làm cho {c.N(80, 900)} lao động; đưa {c.N(5, 90)} người đi làm việc ở nước ngoài theo hợp đồng.",
                        c => $"Chi trả trợ cấp xã hội hằng tháng qua tài khoản cho {c.Pct(70, 99)} đối tượng, kịp thời, đúng quy định.",
                        c => $"Hỗ trợ xóa nhà tạm, nhà dột nát cho {c.N(3, 60)} hộ; phấn đấu hoàn thành chương trình trước thời hạn cấp trên giao.",
                    ],
                    [
                        c => c.Count("Lao động được giải quyết việc làm mới", "lao động", 60, 4000).MaybePlan($"kế hoạch năm {c.Year}", 0.8).MaybeSame(0.6),
                        c => c.Count("Số hộ nghèo giảm trong kỳ", "hộ", 2, 150).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.5),
                        c => c.Count("Tặng quà đối tượng chính sách, hộ nghèo", "suất", 200, 15000).MaybeSame(0.7),
                    ],
                    []),
                new("Văn hóa, thể thao và thông tin", "công tác văn hóa, thể thao",
                    [
                        c => $"Các lễ hội truyền thống được tổ chức trang trọng, an toàn, tiết kiệm, đúng quy định; di tích đình {c.NewPlace()} được tu bổ, tôn tạo.",
                        c => $"Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì; {c.Pct(85, 98)} hộ gia đình đạt danh hiệu “Gia đình văn hóa”.",
                        c => $"Tổ chức giải thể thao truyền thống thu hút {c.N(200, 2000)} vận động viên tham gia; đội tuyển {c.U.LevelWord} đạt {c.N(2, 20)} huy chương tại các giải cấp trên.",
                    ],
                    [
                        c => c.Count("Hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "hộ", 1000, 30000).OutOf(c.R.Between(30000, 34000)),
                    ],
                    []),
            ]),

        new("Cải cách hành chính và chuyển đổi số", "công tác cải cách hành chính, chuyển đổi số",
            [
                c => $"Bộ phận một cửa tiếp nhận {c.N(800, 30000)} hồ sơ thủ tục hành chính, giải quyết đúng và trước hạn đạt {c.Pct(96, 100)}.",
                c => $"Đẩy mạnh thực hiện Đề án 06; {c.Pct(55, 95)} hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình, tăng so với cùng kỳ.",
                c => $"Kiểm tra công vụ đột xuất tại {c.N(2, 12)} cơ quan, đơn vị; chấn chỉnh kịp thời tình trạng chậm trễ, gây phiền hà cho người dân và doanh nghiệp.",
                c => $"Triển khai nền tảng “Bình dân học vụ số”; tổ công nghệ số cộng đồng ở {c.N(5, 40)} {c.U.SubUnit} hướng dẫn người dân cài đặt, sử dụng dịch vụ công trực tuyến.",
                c => $"Văn bản điện tử được ký số, gửi nhận trên môi trường mạng đạt {c.Pct(95, 100)}, trừ văn bản mật theo quy định.",
            ],
            [
                c => c.Count("Hồ sơ thủ tục hành chính được tiếp nhận", "hồ sơ", 500, 30000).MaybeSame(0.7),
                c => c.Count("Hồ sơ được giải quyết đúng hạn", "hồ sơ", 400, 20000).OutOf(c.R.Between(20000, 30000)),
                c => c.Count("Hồ sơ được tiếp nhận trực tuyến toàn trình", "hồ sơ", 200, 15000).MaybeSame(0.7),
            ],
            []),

        new("Tài nguyên và môi trường", "công tác bảo vệ môi trường",
            [
                c => $"Ra quân tổng vệ sinh môi trường hằng tháng; thu gom, xử lý {c.N(20, 200)} tấn rác thải sinh hoạt mỗi ngày, không để tồn đọng.",
                c => $"Kiểm tra {c.N(3, 25)} cơ sở sản xuất có nguy cơ gây ô nhiễm, xử phạt {c.N(1, 8)} trường hợp với số tiền {c.Amount(20, 900, 0)} triệu đồng.",
                c => $"Phát động phong trào trồng cây; toàn {c.U.LevelWord} trồng mới {c.N(500, 20000)} cây xanh trên các tuyến đường, khu công cộng.",
            ],
            [
                c => c.Amount("Rác thải sinh hoạt được thu gom, xử lý", "tấn", 500, 40000, 1).MaybeSame(0.6),
                c => c.Count("Cây xanh được trồng mới", "cây", 500, 20000).MaybePlan($"kế hoạch năm {c.Year}", 0.7),
            ],
            []),

        new("Quốc phòng - an ninh", "nhiệm vụ quốc phòng, an ninh",
            [
                c => $"Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; bảo đảm an toàn tuyệt đối các ngày lễ và sự kiện chính trị quan trọng trên địa bàn.",
                c => $"Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.",
            ],
            [],
            [
                new("Quân sự địa phương", "công tác quân sự địa phương",
                    [
                        c => $"Tổ chức Lễ giao nhận quân năm {c.Year} trang trọng, an toàn; **hoàn thành 100% chỉ tiêu** được giao, chất lượng công dân nhập ngũ được nâng lên.",
                        c => $"Huấn luyện dân quân tự vệ năm {c.Year} bảo đảm nội dung, thời gian; kiểm tra bắn đạn thật đạt {c.Pct(85, 100)} khá, giỏi.",
                        c => $"Hoàn thành diễn tập phòng thủ, phòng chống thiên tai và tìm kiếm cứu nạn tại {c.SubPlace()}, được cấp trên đánh giá đạt loại giỏi.",
                    ],
                    [
                        c => c.Count($"Giao quân năm {c.Year}", "công dân", 15, 400).Plan("chỉ tiêu được giao", 1, 1),
                    ],
                    []),
                new("An ninh, trật tự", "công tác bảo đảm an ninh, trật tự",
                    [
                        c => $"Công an {c.U.LevelWord} mở đợt cao điểm tấn công, trấn áp tội phạm; điều tra, làm rõ {c.N(8, 60)} vụ phạm pháp hình sự.",
                        c => $"Tăng cường kiểm tra phòng cháy, chữa cháy tại nhà ở kết hợp sản xuất, kinh doanh; hướng dẫn {c.N(100, 3000)} hộ trang bị bình chữa cháy.",
                        c => $"Phong trào toàn dân bảo vệ an ninh Tổ quốc được duy trì; {c.N(3, 30)} mô hình tự quản về an ninh, trật tự hoạt động hiệu quả.",
                        c => $"Xử lý {c.N(50, 2500)} trường hợp vi phạm trật tự an toàn giao thông, nộp kho bạc {c.Amount(0.1m, 6)} tỷ đồng tiền phạt.",
                    ],
                    [
                        c => c.Count("Số vụ phạm pháp hình sự xảy ra", "vụ", 5, 80).WithVerb("là").Same(0.8m, 1.4m).LowerIsBetter(),
                        c => c.Count("Điều tra, làm rõ các vụ phạm pháp hình sự", "vụ", 5, 70).OutOf(c.R.Between(70, 80)),
                        c => c.Count("Số vụ tai nạn giao thông", "vụ", 1, 40).WithVerb("là").MaybeSame(0.8).LowerIsBetter(),
                    ],
                    []),
            ]),

        new("Hoạt động của Hội đồng nhân dân, Ủy ban nhân dân và Mặt trận Tổ quốc", "chương trình công tác của chính quyền và Mặt trận",
            [
                c => $"Hội đồng nhân dân {c.U.LevelWord} tổ chức kỳ họp chuyên đề, quyết định điều chỉnh kế hoạch đầu tư công năm {c.Year}; các ban giám sát {c.N(2, 8)} chuyên đề.",
                c => $"{c.U.People} chỉ đạo quyết liệt các nhiệm vụ trọng tâm; ban hành {c.N(20, 160)} quyết định, {c.N(10, 90)} kế hoạch để triển khai.",
                c => $"Mặt trận Tổ quốc và các đoàn thể phát huy vai trò giám sát, phản biện xã hội; tổ chức {c.N(2, 10)} hội nghị lấy ý kiến Nhân dân vào các dự thảo văn bản.",
            ],
            [
                c => c.Count("Số cuộc giám sát của Hội đồng nhân dân", "cuộc", 1, 12).WithVerb("là").MaybePlan($"chương trình năm {c.Year}", 0.5),
            ],
            []),
    ];

    /// <summary>Sentences that fit any domain, worded from its topic.</summary>
    public static readonly IReadOnlyList<Func<SampleContext, string, string>> General =
    [
        (c, t) => $"Tiếp tục lãnh đạo, chỉ đạo {t} bám sát chương trình công tác năm {c.Year}; các nhiệm vụ {c.PeriodName} cơ bản hoàn thành đúng tiến độ.",
        (c, t) => $"Ban hành {c.N(3, 20)} văn bản chỉ đạo, hướng dẫn về {t}, trong đó có {c.N(1, 6)} kế hoạch được triển khai ngay từ {c.Month()}.",
        (c, t) => $"Tổ chức {c.N(2, 12)} cuộc kiểm tra, đôn đốc việc thực hiện {t} tại {c.N(3, 20)} đơn vị; kịp thời chấn chỉnh những tồn tại phát hiện qua kiểm tra.",
        (c, t) => $"Sơ kết {t} {c.PeriodName}, biểu dương {c.N(3, 25)} tập thể, {c.N(5, 40)} cá nhân có thành tích tiêu biểu.",
        (c, t) => $"Sự phối hợp giữa các cơ quan trong {t} có chuyển biến tích cực; tuy vậy một số đơn vị còn chậm báo cáo, chất lượng tham mưu chưa cao.",
        (c, t) => $"Ứng dụng công nghệ thông tin trong {t} được đẩy mạnh; {c.Pct(70, 100)} văn bản được xử lý trên môi trường mạng.",
        (c, t) => $"Tiếp thu ý kiến của cử tri tại {c.SubPlace()}, chỉ đạo các cơ quan chuyên môn tháo gỡ vướng mắc liên quan đến {t}.",
        (c, t) => $"Kinh phí bố trí cho {t} trong kỳ là {c.Amount(0.2m, 30)} tỷ đồng, được sử dụng đúng mục đích, công khai, minh bạch.",
    ];

    /// <summary>Figures that fit any domain, named from its topic.</summary>
    public static readonly IReadOnlyList<Func<SampleContext, string, Fig>> GeneralFigures =
    [
        (c, t) => c.Count($"Số hội nghị, lớp tập huấn về {t}", "lớp", 1, 20).WithVerb("là").MaybeSame(0.5),
        (c, t) => c.Count($"Lượt cán bộ, người dân được tập huấn về {t}", "lượt", 50, 3000).MaybePlan($"kế hoạch năm {c.Year}", 0.5),
        (c, t) => c.Amount($"Kinh phí thực hiện {t}", "triệu đồng", 50, 9000, 0).MaybePlan("dự toán năm", 0.6),
        (c, t) => c.Count($"Số cuộc kiểm tra về {t}", "cuộc", 1, 25).WithVerb("là").MaybeSame(0.5),
    ];
}
