namespace Reports.Samples;

/// <summary>A domain (lĩnh vực) of the report: its title, the sentences staff write about it, its figures and its parts.</summary>
internal sealed record Area(
    string Title,
    string Topic,
    IReadOnlyList<Func<SampleContext, string>> Statements,
    IReadOnlyList<Func<SampleContext, Fig>> Figures,
    IReadOnlyList<Area> Parts,
    bool PartyOnly = false,
    bool RuralOnly = false);

/// <summary>
/// The catalogue of domains, in the usual order of a quarterly report. Every sentence is a pattern with
/// numbers, months and places drawn at random, so no two samples read alike. A statement never gives its own
/// count of what a figure of its domain counts: that sentence belongs to the figure (<see cref="Fig.Cited"/>),
/// and when the sample cites it, "[ma]" lets the tool write the figure's number, so prose and table agree.
/// Counts grow with the unit (<see cref="SampleContext.S"/>): a commune does not hand 300 recruits to the army.
/// </summary>
internal static class Areas
{
    public static readonly IReadOnlyList<Area> All =
    [
        new("Công tác xây dựng Đảng và hệ thống chính trị", "công tác xây dựng Đảng",
            [
                c => $"{c.U.Leader} bám sát chương trình công tác năm {c.Year}, ban hành kịp thời các nghị quyết, kế hoạch, thông báo kết luận để lãnh đạo, chỉ đạo thực hiện nhiệm vụ.",
                c => $"Hội đồng nhân dân, Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội {c.U.LevelWord} hoàn thành chương trình công tác {c.PeriodName}; các cuộc tiếp xúc cử tri được tổ chức đúng kế hoạch.",
                c => $"Quy chế làm việc của Ban Chấp hành Đảng bộ {c.U.Name} được thực hiện nghiêm; các vấn đề quan trọng đều được bàn bạc tập thể, *phát huy trách nhiệm của người đứng đầu*.",
            ],
            [
                c => c.Count("Số văn bản lãnh đạo, chỉ đạo được ban hành", "văn bản", 12, 60, scaled: false).WithVerb("là").MaybeSame(0.5)
                    .Cited(x => $"Trong kỳ, số văn bản lãnh đạo, chỉ đạo được ban hành {x}, trong đó có nghị quyết, kế hoạch và thông báo kết luận."),
            ],
            [
                new("Công tác tuyên giáo", "công tác tuyên giáo",
                    [
                        c => $"Tổ chức hội nghị học tập, quán triệt nghị quyết của Trung ương và của cấp ủy cấp trên cho cán bộ, đảng viên chủ chốt, kết nối trực tuyến đến {c.N(5, 30)} điểm cầu.",
                        c => $"Tuyên truyền sâu rộng các ngày lễ lớn trong {c.PeriodName}; treo {c.NS(300, 2500)} băng rôn, khẩu hiệu, cờ phướn trên các tuyến đường chính và tại trụ sở cơ quan, đơn vị.",
                        c => $"Nắm bắt kịp thời tình hình tư tưởng trong cán bộ, đảng viên và Nhân dân; tổng hợp {c.N(3, 12)} báo cáo dư luận xã hội gửi cấp ủy cấp trên đúng thời hạn.",
                        c => $"Đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng; **không để hình thành điểm nóng về tư tưởng** trên địa bàn.",
                        c => $"Triển khai chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {c.Year}; {c.N(6, 40)} tập thể, cá nhân được biểu dương vì có cách làm hay, sáng tạo.",
                    ],
                    [
                        c => c.Share("Cán bộ, đảng viên học tập, quán triệt nghị quyết", "đảng viên", 6000, 9800, 0.85m, 0.99m)
                            .Cited(x => $"Số cán bộ, đảng viên tham gia học tập, quán triệt nghị quyết {x}; sau học tập, các chi bộ xây dựng chương trình hành động sát với thực tế."),
                        c => c.Count("Số tin, bài đăng trên trang thông tin điện tử", "tin, bài", 40, 400).WithVerb("là").MaybeSame(0.7)
                            .Cited(x => $"Số tin, bài phản ánh hoạt động của cấp ủy, chính quyền và phong trào thi đua ở cơ sở đăng trên trang thông tin điện tử {x}."),
                    ],
                    [], PartyOnly: true),
                new("Công tác tổ chức, cán bộ", "công tác tổ chức, cán bộ",
                    [
                        c => $"Thực hiện nghiêm các quy định về kiểm soát quyền lực trong công tác cán bộ; điều động, bổ nhiệm {c.N(2, 14)} cán bộ thuộc diện Ban Thường vụ quản lý đúng quy trình.",
                        c => $"Rà soát, bổ sung quy hoạch cán bộ nhiệm kỳ {(c.U.AfterReform ? "2030 - 2035" : "2025 - 2030")}, bảo đảm cơ cấu ba độ tuổi và tỷ lệ cán bộ nữ, cán bộ trẻ theo hướng dẫn.",
                        c => $"{c.Pct(90, 100)} chi bộ sử dụng phần mềm “Sổ tay đảng viên điện tử” trong sinh hoạt định kỳ; nội dung sinh hoạt chuyên đề ngày càng thiết thực.",
                        c => $"Kiện toàn tổ chức các chi bộ trực thuộc sau khi sắp xếp tổ chức bộ máy; chuyển sinh hoạt đảng kịp thời, đúng quy định cho {c.NS(10, 120)} trường hợp.",
                    ],
                    [
                        c => c.Count("Kết nạp đảng viên mới", "đảng viên", 20, 70).MaybeKey().MaybePlan($"kế hoạch năm {c.Year}", 0.8).MaybeSame(0.6)
                            .Cited(x => $"Chỉ đạo các chi bộ tạo nguồn phát triển đảng viên trong học sinh, sinh viên, công nhân và người lao động; kết nạp đảng viên mới {x}."),
                        c => c.Count("Số đảng viên được trao tặng Huy hiệu Đảng", "đảng viên", 20, 300).WithVerb("là")
                            .Cited(x => $"Lễ trao tặng Huy hiệu Đảng được tổ chức trang trọng, chu đáo; số đảng viên được trao tặng Huy hiệu Đảng {x}, trong đó có {c.N(1, 6)} đồng chí nhận Huy hiệu 70 năm tuổi Đảng."),
                        c => c.Share("Chi bộ được đánh giá sinh hoạt có chất lượng", "chi bộ", 60, 90, 0.6m, 0.95m),
                    ],
                    [], PartyOnly: true),
                new("Công tác kiểm tra, giám sát và thi hành kỷ luật đảng", "công tác kiểm tra, giám sát",
                    [
                        c => $"Ban hành và triển khai chương trình kiểm tra, giám sát năm {c.Year} đúng kế hoạch, bảo đảm trọng tâm, trọng điểm.",
                        c => $"Ủy ban Kiểm tra kiểm tra khi có dấu hiệu vi phạm đối với {c.N(1, 3)} tổ chức đảng và một số đảng viên; kiểm tra việc thu, nộp đảng phí tại {c.N(2, 8)} chi bộ.",
                        c => $"Giám sát thường xuyên việc kê khai tài sản, thu nhập và thực hiện những điều đảng viên không được làm; qua giám sát nhắc nhở, chấn chỉnh {c.N(1, 8)} trường hợp.",
                    ],
                    [
                        c => c.Count("Số cuộc kiểm tra, giám sát", "cuộc", 3, 20).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.7)
                            .Cited(x => $"Số cuộc kiểm tra, giám sát đối với tổ chức đảng và đảng viên trong kỳ {x}."),
                        c => c.Count("Số đảng viên bị thi hành kỷ luật", "đảng viên", 1, 6, scaled: false).WithVerb("là").MaybeSame(0.7).LowerIsBetter()
                            .Cited(x => $"Giải quyết dứt điểm {c.N(1, 6)} đơn tố cáo, khiếu nại kỷ luật đảng đúng thời hạn; số đảng viên bị thi hành kỷ luật {x}."),
                    ],
                    [], PartyOnly: true),
                new("Công tác dân vận", "công tác dân vận",
                    [
                        c => $"Triển khai Luật Thực hiện dân chủ ở cơ sở; các {c.U.SubUnits} công khai kế hoạch sử dụng đất, dự toán ngân sách và các khoản đóng góp để Nhân dân biết, bàn và kiểm tra.",
                        c => $"Người đứng đầu cấp ủy, chính quyền đối thoại trực tiếp với Nhân dân {c.SubPlace()} về bồi thường, hỗ trợ giải phóng mặt bằng; các kiến nghị được trả lời ngay tại hội nghị.",
                        c => $"Mặt trận Tổ quốc và các đoàn thể vận động ủng hộ Quỹ “Vì người nghèo” được {c.AmountS(0.3m, 4.5m)} tỷ đồng, kịp thời hỗ trợ hộ nghèo, hộ có hoàn cảnh khó khăn.",
                    ],
                    [
                        c => c.Count("Số mô hình “Dân vận khéo” được đăng ký", "mô hình", 12, 90).WithVerb("là").MaybeSame(0.7)
                            .Cited(x => $"Phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới, chỉnh trang đô thị; số mô hình được đăng ký {x}."),
                        c => c.Count("Nhà đại đoàn kết được xây mới, sửa chữa", "nhà", 3, 30).MaybePlan($"kế hoạch năm {c.Year}", 0.6)
                            .Cited(x => $"Từ nguồn Quỹ “Vì người nghèo”, nhà đại đoàn kết được xây mới, sửa chữa {x}."),
                    ],
                    []),
                new("Công tác nội chính và phòng, chống tham nhũng, tiêu cực", "công tác nội chính",
                    [
                        c => $"Theo dõi, đôn đốc xử lý {c.N(1, 8)} vụ việc có dấu hiệu tham nhũng, tiêu cực; hoàn thành công khai bản kê khai tài sản, thu nhập của {c.NS(40, 400)} người có nghĩa vụ kê khai.",
                        c => $"Người đứng đầu cấp ủy tiếp công dân định kỳ theo quy định; các kiến nghị, phản ánh được chuyển cơ quan có thẩm quyền giải quyết, *không để phát sinh khiếu kiện đông người*.",
                        c => $"Các cơ quan tư pháp phối hợp chặt chẽ trong điều tra, truy tố, xét xử; giải quyết {c.NS(20, 200)} vụ việc các loại, đạt {c.Pct(45, 95)} số vụ việc đã thụ lý.",
                    ],
                    [
                        c => c.Count("Số lượt công dân được tiếp", "lượt", 20, 300).WithVerb("là").MaybeSame(0.7),
                        c => c.Share("Giải quyết đơn thư thuộc thẩm quyền", "đơn thư", 30, 70, 0.6m, 1m),
                    ],
                    []),
            ], PartyOnly: true),

        new("Phát triển kinh tế", "nhiệm vụ phát triển kinh tế",
            [
                c => $"Kinh tế trên địa bàn tiếp tục phục hồi; các chỉ tiêu chủ yếu {c.PeriodName} cơ bản đạt tiến độ, một số chỉ tiêu tăng khá so với cùng kỳ.",
                c => $"Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; tổ chức {c.N(1, 4)} hội nghị đối thoại với doanh nghiệp, hộ kinh doanh, giải đáp {c.N(8, 60)} kiến nghị.",
                c => "Môi trường đầu tư, kinh doanh được cải thiện; hồ sơ đăng ký doanh nghiệp, hộ kinh doanh được giải quyết nhanh, đúng hạn.",
            ],
            [
                c => c.Count("Doanh nghiệp thành lập mới", "doanh nghiệp", 10, 60).MaybeKey().MaybePlan($"kế hoạch năm {c.Year}", 0.6).MaybeSame(0.6)
                    .Cited(x => $"Số doanh nghiệp thành lập mới {x}, tổng vốn đăng ký {c.AmountS(10, 900)} tỷ đồng."),
            ],
            [
                new("Sản xuất nông nghiệp", "kế hoạch sản xuất nông nghiệp",
                    [
                        c => $"Sản xuất vụ {(c.Quarter <= 2 ? "Xuân" : "Mùa")} được chỉ đạo gieo trồng đúng khung thời vụ; duy trì {c.N(3, 15)} vùng sản xuất rau an toàn, cây ăn quả tập trung.",
                        c => $"Tiêm phòng cho đàn gia súc, gia cầm đạt {c.Pct(88, 99)} kế hoạch; *không để dịch bệnh lớn xảy ra*, kiểm soát tốt dịch tả lợn châu Phi.",
                        c => $"Mưa lớn {c.Month()} làm ngập úng cục bộ lúa, rau màu ở {c.N(2, 6)} {c.U.SubUnit}; {c.U.People} kịp thời chỉ đạo tiêu úng, hỗ trợ giống để người dân gieo trồng lại.",
                        c => $"Hợp tác xã {c.NewPlace()} liên kết bao tiêu nông sản cho {c.NS(40, 600)} hộ thành viên; các mô hình sản xuất theo tiêu chuẩn VietGAP được nhân rộng.",
                        c => $"Hoàn thành nạo vét {c.Amount(3, 40)} km kênh mương nội đồng, bảo đảm nước tưới cho {c.Pct(90, 100)} diện tích gieo cấy.",
                    ],
                    [
                        c => c.Amount("Diện tích gieo trồng cây hằng năm", "ha", 1500, 4500, 1).MaybePlan("kế hoạch vụ", 0.7, 0.85m, 1.05m).MaybeSame(0.6),
                        c => c.Amount("Sản lượng lương thực có hạt", "tấn", 8000, 30000, 0).MaybePlan($"kế hoạch năm {c.Year}", 0.6).MaybeSame(0.5),
                        c => c.Count("Tổng đàn lợn", "con", 20000, 60000).MaybeSame(0.8),
                    ],
                    [], RuralOnly: true),
                new("Công nghiệp, thương mại và dịch vụ", "nhiệm vụ phát triển công nghiệp, thương mại",
                    [
                        c => $"Sản xuất công nghiệp - tiểu thủ công nghiệp duy trì ổn định; các làng nghề {c.NewPlace()}, {c.NewPlace()} có thêm đơn hàng, giải quyết việc làm cho {c.NS(300, 3000)} lao động.",
                        c => $"Thị trường hàng hóa ổn định, không xảy ra tình trạng khan hiếm hàng, tăng giá đột biến; kiểm tra {c.NS(20, 160)} cơ sở kinh doanh, xử lý {c.N(1, 20)} trường hợp vi phạm.",
                        c => $"Hoạt động du lịch khởi sắc; các điểm di tích, danh thắng đón {c.NS(5, 300)} nghìn lượt khách, doanh thu ước đạt {c.AmountS(2, 150)} tỷ đồng.",
                        c => $"Đưa vào hoạt động chợ {c.NewPlace()} sau cải tạo; {c.Pct(60, 95)} hộ kinh doanh áp dụng thanh toán không dùng tiền mặt.",
                    ],
                    [
                        c => c.Amount("Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp", "tỷ đồng", 800, 6000, 1).MaybePlan($"kế hoạch năm {c.Year}", 0.7).MaybeSame(0.7),
                        c => c.Amount("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 1000, 9000, 1).MaybeSame(0.8),
                    ],
                    []),
                new("Tài chính, ngân sách", "nhiệm vụ thu, chi ngân sách",
                    [
                        c => $"Thu ngân sách nhà nước trên địa bàn đạt khá; các khoản thu thuế, phí, lệ phí cơ bản đạt tiến độ, thu ngoài quốc doanh tăng {c.Pct(3, 18)} so với cùng kỳ.",
                        c => $"Tổ chức {c.N(1, 5)} phiên đấu giá quyền sử dụng đất với {c.NS(8, 90)} thửa đất, tổng số tiền trúng đấu giá {c.AmountS(15, 700)} tỷ đồng.",
                        c => $"Chi ngân sách bảo đảm kịp thời cho các nhiệm vụ chính trị, an sinh xã hội; thực hiện tiết kiệm {c.Pct(5, 10)} chi thường xuyên theo chỉ đạo của cấp trên.",
                        c => $"Tăng cường chống thất thu thuế đối với hoạt động kinh doanh trên nền tảng số, cho thuê nhà trọ; truy thu {c.AmountS(0.2m, 9)} tỷ đồng.",
                    ],
                    [
                        c => c.Amount("Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 120, 2500, 1).MaybeKey()
                            .Plan(c.U.LevelKey == "tinh" ? "dự toán Trung ương giao" : "dự toán cấp trên giao")
                            .MaybePlan($"dự toán Hội đồng nhân dân {c.U.LevelWord} giao", 0.5).MaybeSame(0.8)
                            .WithNote($"trong đó thu tiền sử dụng đất {c.AmountS(10, 80)} tỷ đồng"),
                        c => c.Amount("Chi ngân sách địa phương", "tỷ đồng", 100, 1800, 1).MaybePlan("dự toán năm", 0.7),
                    ],
                    []),
                new("Đầu tư công, đất đai và trật tự xây dựng", "công tác đầu tư công, quản lý đất đai",
                    [
                        c => $"Tập trung giải phóng mặt bằng các dự án trọng điểm; đến {c.Day()} đã bàn giao {c.Pct(70, 99.9m)} diện tích cho chủ đầu tư.",
                        c => "Các công trình chuyển tiếp được đôn đốc thi công đúng tiến độ; chất lượng công trình được giám sát chặt chẽ.",
                        c => $"Công tác quản lý đất đai, trật tự xây dựng được tăng cường; phát hiện, xử lý dứt điểm {c.N(2, 30)} trường hợp vi phạm mới phát sinh.",
                        c => $"Giải quyết thủ tục đất đai đúng hạn đạt {c.Pct(92, 100)}; không để hồ sơ tồn đọng kéo dài.",
                    ],
                    [
                        c => c.Amount("Giải ngân vốn đầu tư công", "tỷ đồng", 50, 1500, 1).MaybeKey().Plan($"kế hoạch vốn năm {c.Year}").MaybeSame(0.6),
                        c => c.Count("Số dự án khởi công mới", "dự án", 3, 15).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.5)
                            .Cited(x => $"Số dự án hạ tầng giao thông, trường học, trạm y tế khởi công mới {x}."),
                        c => c.Count("Giấy chứng nhận quyền sử dụng đất được cấp lần đầu", "giấy", 100, 600).MaybeSame(0.5)
                            .Cited(x => $"Đẩy mạnh cấp giấy chứng nhận quyền sử dụng đất; giấy chứng nhận được cấp lần đầu {x}."),
                    ],
                    []),
                new("Xây dựng nông thôn mới và chương trình OCOP", "chương trình xây dựng nông thôn mới",
                    [
                        c => $"Xây dựng nông thôn mới nâng cao, kiểu mẫu tiếp tục được quan tâm; {c.SubPlace()} hoàn thiện tiêu chí, chuẩn bị hồ sơ đề nghị công nhận năm {c.Year}.",
                        c => $"Nhân dân hiến {c.NS(300, 9000)} m² đất, đóng góp {c.NS(200, 4000)} ngày công để mở rộng đường giao thông nông thôn, xây dựng nhà văn hóa.",
                        c => "Các chủ thể OCOP được hỗ trợ thiết kế bao bì, truy xuất nguồn gốc và quảng bá sản phẩm trên sàn thương mại điện tử.",
                    ],
                    [
                        c => c.Count(c.U.IsCommune ? $"Số {c.U.SubUnit} đạt chuẩn khu dân cư nông thôn mới kiểu mẫu" : $"Số {c.U.SubUnit} đạt chuẩn nông thôn mới nâng cao",
                                c.U.SubUnit, 1, Math.Max(1, c.U.SubUnitCount - 1), scaled: false).WithVerb("là").OutOf(c.U.SubUnitCount),
                        c => c.Count("Số sản phẩm được công nhận OCOP từ 3 sao trở lên", "sản phẩm", 5, 40).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.6)
                            .Cited(x => $"Số sản phẩm được công nhận OCOP từ 3 sao trở lên {x}; nhiều sản phẩm có mặt tại siêu thị, cửa hàng tiện ích."),
                    ],
                    [], RuralOnly: true),
            ]),

        new("Văn hóa - xã hội", "nhiệm vụ văn hóa - xã hội",
            [
                c => "Các lĩnh vực văn hóa - xã hội có nhiều chuyển biến; đời sống vật chất, tinh thần của Nhân dân tiếp tục được nâng lên.",
                c => $"Tổ chức chu đáo các hoạt động kỷ niệm ngày lễ lớn trong {c.PeriodName}, tạo không khí phấn khởi trong {c.U.Everyone}.",
            ],
            [],
            [
                new("Giáo dục và đào tạo", "công tác giáo dục và đào tạo",
                    [
                        c => $"Ngành giáo dục hoàn thành tốt nhiệm vụ {SchoolTerm(c)}; chất lượng giáo dục toàn diện, giáo dục mũi nhọn được nâng lên.",
                        c => $"Đầu tư xây mới {c.NS(6, 60)} phòng học, bổ sung thiết bị dạy học theo chương trình giáo dục phổ thông.",
                        c => $"Triển khai xóa mù chữ, phổ cập giáo dục; các trường được kiểm tra, công nhận lại đạt chuẩn quốc gia **đúng lộ trình**.",
                    ],
                    [
                        c => c.Share("Số trường đạt chuẩn quốc gia", "trường", 40, 70, 0.5m, 0.95m).WithVerb("là"),
                        c => c.Count("Học sinh đạt giải học sinh giỏi cấp tỉnh", "học sinh", 30, 150).MaybeSame(0.7)
                            .Cited(x => $"Số học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh {x}."),
                    ],
                    []),
                new("Y tế và chăm sóc sức khỏe Nhân dân", "công tác y tế",
                    [
                        c => "Công tác khám, chữa bệnh và tiêm chủng mở rộng được duy trì; chủ động phòng, chống sốt xuất huyết, tay chân miệng, không để dịch lan rộng.",
                        c => $"Kiểm tra an toàn thực phẩm tại {c.NS(40, 300)} cơ sở sản xuất, kinh doanh; *không để xảy ra ngộ độc thực phẩm đông người*.",
                        c => $"Trạm y tế {c.SubPlace()} đưa vào sử dụng hồ sơ sức khỏe điện tử; công tác khám, chữa bệnh bảo hiểm y tế được bảo đảm.",
                    ],
                    [
                        c => c.Count("Lượt khám, chữa bệnh", "lượt", 30000, 90000).MaybeSame(0.7),
                        c => c.Share("Người tham gia bảo hiểm y tế", "người", 90000, 99000, 0.86m, 0.97m).MaybeSame(0.4)
                            .Cited(x => $"Số người tham gia bảo hiểm y tế {x}."),
                    ],
                    []),
                new("An sinh xã hội, lao động và việc làm", "chính sách an sinh xã hội",
                    [
                        c => $"Chăm lo chu đáo cho gia đình chính sách, người có công, hộ nghèo, hộ cận nghèo với tổng kinh phí {c.AmountS(0.5m, 25)} tỷ đồng; {Occasion(c)}.",
                        c => $"Tổ chức {c.N(1, 5)} phiên giao dịch việc làm; đưa {c.NS(5, 90)} người đi làm việc ở nước ngoài theo hợp đồng.",
                        c => $"Chi trả trợ cấp xã hội hằng tháng qua tài khoản cho {c.Pct(70, 99)} đối tượng, kịp thời, đúng quy định.",
                        c => $"Hỗ trợ xóa {c.NS(3, 60)} căn nhà tạm, nhà dột nát; phấn đấu hoàn thành chương trình trước thời hạn cấp trên giao.",
                    ],
                    [
                        c => c.Count("Lao động được giải quyết việc làm mới", "lao động", 600, 4000).MaybeKey().MaybePlan($"kế hoạch năm {c.Year}", 0.8).MaybeSame(0.6)
                            .Cited(x => $"Số lao động được giải quyết việc làm mới {x}."),
                        c => c.Count("Số hộ nghèo giảm trong kỳ", "hộ", 20, 150).WithVerb("là").MaybePlan($"kế hoạch năm {c.Year}", 0.5),
                        c => c.Count("Tặng quà đối tượng chính sách, hộ nghèo", "suất", 2000, 15000).MaybeSame(0.7),
                        // A small share of all households: "51 hộ, chiếm 0,09% tổng số hộ".
                        c => c.Share("Hộ nghèo còn lại trên địa bàn", "hộ", 30000, 34000, 0.002m, 0.03m).LowerIsBetter(),
                    ],
                    []),
                new("Văn hóa, thể thao và thông tin", "công tác văn hóa, thể thao",
                    [
                        c => $"Các lễ hội truyền thống được tổ chức trang trọng, an toàn, tiết kiệm, đúng quy định; di tích đình {c.NewPlace()} được tu bổ, tôn tạo.",
                        c => "Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” được duy trì, gắn với xây dựng nông thôn mới, đô thị văn minh.",
                        c => $"Tổ chức giải thể thao truyền thống thu hút {c.NS(200, 2000)} vận động viên tham gia; đội tuyển {c.U.LevelWord} đạt {c.N(2, 20)} huy chương tại các giải cấp trên.",
                    ],
                    [
                        c => c.Share("Hộ gia đình đạt danh hiệu “Gia đình văn hóa”", "hộ", 30000, 34000, 0.85m, 0.97m)
                            .Cited(x => $"Số hộ gia đình đạt danh hiệu “Gia đình văn hóa” {x}."),
                    ],
                    []),
            ]),

        new("Cải cách hành chính và chuyển đổi số", "công tác cải cách hành chính, chuyển đổi số",
            [
                c => "Bộ phận Một cửa hoạt động nền nếp; việc tiếp nhận, trả kết quả thủ tục hành chính công khai, minh bạch.",
                c => $"Đẩy mạnh thực hiện Đề án 06; dịch vụ công trực tuyến toàn trình được hướng dẫn đến từng {c.U.SubUnit}.",
                c => $"Kiểm tra công vụ đột xuất tại {c.N(2, 12)} cơ quan, đơn vị; chấn chỉnh kịp thời tình trạng chậm trễ, gây phiền hà cho người dân và doanh nghiệp.",
                c => $"Triển khai nền tảng “Bình dân học vụ số”; tổ công nghệ số cộng đồng ở {c.N(5, Math.Max(5, Math.Min(40, c.U.SubUnitCount)))} {c.U.SubUnit} hướng dẫn người dân cài đặt, sử dụng dịch vụ công trực tuyến.",
                c => $"Văn bản điện tử được ký số, gửi nhận trên môi trường mạng đạt {c.Pct(95, 100)}, trừ văn bản mật theo quy định.",
            ],
            [
                c => c.Share("Hồ sơ được giải quyết đúng hạn", "hồ sơ", 8000, 30000, 0.9m, 0.995m)
                    .Cited(x => $"Kỷ luật, kỷ cương hành chính được giữ vững; số hồ sơ được giải quyết đúng hạn {x}."),
                c => c.Amount("Tỷ lệ hồ sơ được tiếp nhận trực tuyến toàn trình", "%", 45, 90, 1, scaled: false).Same(0.85m, 1.1m)
                    .Cited(x => $"Tỷ lệ hồ sơ được tiếp nhận trực tuyến toàn trình {x}."),
            ],
            []),

        new("Tài nguyên và môi trường", "công tác bảo vệ môi trường",
            [
                c => $"Duy trì mô hình phân loại rác thải tại nguồn ở {c.N(2, Math.Max(2, Math.Min(30, c.U.SubUnitCount)))} {c.U.SubUnit}; *không để phát sinh điểm nóng về môi trường*.",
                c => $"Kiểm tra {c.N(3, 25)} cơ sở sản xuất có nguy cơ gây ô nhiễm, xử phạt {c.N(1, 8)} trường hợp với số tiền {c.Amount(20, 900, 0)} triệu đồng.",
                c => "Tăng cường kiểm tra việc xả thải ra kênh, mương; xử lý kịp thời các điểm tập kết rác tự phát.",
            ],
            [
                c => c.Amount("Rác thải sinh hoạt được thu gom, xử lý", "tấn", 5000, 40000, 1).MaybeSame(0.6)
                    .Cited(x => $"Ra quân tổng vệ sinh môi trường hằng tháng; rác thải sinh hoạt được thu gom, xử lý {x}, không để tồn đọng."),
                c => c.Count("Cây xanh được trồng mới", "cây", 500, 20000).MaybePlan($"kế hoạch năm {c.Year}", 0.7)
                    .Cited(x => $"Phát động phong trào trồng cây; cây xanh được trồng mới trên các tuyến đường, khu công cộng {x}."),
            ],
            []),

        new("Quốc phòng - an ninh", "nhiệm vụ quốc phòng, an ninh",
            [
                c => "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; bảo đảm an toàn tuyệt đối các ngày lễ và sự kiện chính trị quan trọng trên địa bàn.",
                c => "Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; không để xảy ra tình huống bị động, bất ngờ.",
            ],
            [],
            [
                new("Quân sự địa phương", "công tác quân sự địa phương",
                    [
                        c => c.CoversFirstQuarter
                            ? $"Tổ chức Lễ giao nhận quân năm {c.Year} trang trọng, an toàn; **hoàn thành 100% chỉ tiêu** được giao, chất lượng công dân nhập ngũ được nâng lên."
                            : $"Chuẩn bị tốt công tác tuyển chọn, gọi công dân nhập ngũ năm {c.Year + 1}; đăng ký nghĩa vụ quân sự cho nam công dân đủ 17 tuổi đúng quy định.",
                        c => $"Huấn luyện dân quân tự vệ năm {c.Year} bảo đảm nội dung, thời gian; kiểm tra bắn đạn thật đạt {c.Pct(85, 100)} khá, giỏi.",
                        c => $"Hoàn thành diễn tập phòng thủ, phòng chống thiên tai và tìm kiếm cứu nạn tại {c.SubPlace()}, được cấp trên đánh giá đạt loại giỏi.",
                    ],
                    [
                        c => c.CoversFirstQuarter
                            ? c.Count($"Giao quân năm {c.Year}", "công dân", 100, 250).Plan("chỉ tiêu được giao", 1, 1)
                            : c.Count("Dân quân tự vệ được huấn luyện", "người", 300, 1500).Plan($"kế hoạch năm {c.Year}"),
                    ],
                    []),
                new("An ninh, trật tự", "công tác bảo đảm an ninh, trật tự",
                    [
                        c => $"Công an {c.U.LevelWord} mở đợt cao điểm tấn công, trấn áp tội phạm; tỷ lệ điều tra, làm rõ án hình sự đạt {c.Pct(75, 95)}.",
                        c => $"Tăng cường kiểm tra phòng cháy, chữa cháy tại nhà ở kết hợp sản xuất, kinh doanh; hướng dẫn {c.NS(100, 3000)} hộ trang bị bình chữa cháy.",
                        c => $"Phong trào toàn dân bảo vệ an ninh Tổ quốc được duy trì; {c.N(3, 30)} mô hình tự quản về an ninh, trật tự hoạt động hiệu quả.",
                        c => $"Xử lý {c.NS(50, 2500)} trường hợp vi phạm trật tự an toàn giao thông, nộp kho bạc {c.AmountS(0.1m, 6)} tỷ đồng tiền phạt.",
                    ],
                    [
                        c => c.Count("Số vụ phạm pháp hình sự xảy ra", "vụ", 10, 80).WithVerb("là").Same(0.8m, 1.4m).LowerIsBetter()
                            .Cited(x => $"Số vụ phạm pháp hình sự xảy ra trên địa bàn {x}."),
                        c => c.Count("Số vụ tai nạn giao thông", "vụ", 5, 40).WithVerb("là").MaybeSame(0.8).LowerIsBetter(),
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
                c => c.Count("Số cuộc giám sát của Hội đồng nhân dân", "cuộc", 1, 12, scaled: false).WithVerb("là").MaybePlan($"chương trình năm {c.Year}", 0.5),
            ],
            []),
    ];

    /// <summary>Where the school year stands at the period's end.</summary>
    private static string SchoolTerm(SampleContext c) => c.Quarter switch
    {
        1 => $"học kỳ I năm học {c.Year - 1} - {c.Year}",
        2 => $"năm học {c.Year - 1} - {c.Year}",
        3 => $"chuẩn bị và khai giảng năm học {c.Year} - {c.Year + 1}",
        _ => $"những tháng đầu năm học {c.Year} - {c.Year + 1}",
    };

    /// <summary>The holiday a period's gifts go with: Tết in the first quarter, 27/7 in the third.</summary>
    private static string Occasion(SampleContext c) => c.Quarter switch
    {
        1 => "bảo đảm *mọi người, mọi nhà đều có Tết*",
        3 => "tổ chức chu đáo các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7",
        _ => "bảo đảm *không ai bị bỏ lại phía sau*",
    };

    /// <summary>Sentences that fit any domain, worded from its topic; none gives a count a figure could contradict.</summary>
    public static readonly IReadOnlyList<Func<SampleContext, string, string>> General =
    [
        (c, t) => $"Tiếp tục {c.U.Steers} {t} bám sát chương trình công tác năm {c.Year}; các nhiệm vụ {c.PeriodName} cơ bản hoàn thành đúng tiến độ.",
        (c, t) => $"Cụ thể hóa {t} bằng {c.N(1, 6)} kế hoạch, triển khai ngay từ {c.Month()}; phân công rõ cơ quan chủ trì, thời hạn hoàn thành.",
        (c, t) => $"Tổ chức kiểm tra, đôn đốc việc thực hiện {t} tại {c.N(3, 20)} đơn vị; kịp thời chấn chỉnh những tồn tại phát hiện qua kiểm tra.",
        (c, t) => $"Sơ kết {t} {c.PeriodName}, biểu dương {c.N(3, 25)} tập thể, {c.N(5, 40)} cá nhân có thành tích tiêu biểu.",
        (c, t) => $"Sự phối hợp giữa các cơ quan trong {t} có chuyển biến tích cực; tuy vậy một số đơn vị còn chậm báo cáo, chất lượng tham mưu chưa cao.",
        (c, t) => $"Ứng dụng công nghệ thông tin trong {t} được đẩy mạnh; {c.Pct(70, 100)} văn bản được xử lý trên môi trường mạng.",
        (c, t) => $"Tiếp thu ý kiến của cử tri tại {c.SubPlace()}, chỉ đạo các cơ quan chuyên môn tháo gỡ vướng mắc liên quan đến {t}.",
    ];

    /// <summary>Figures that fit any domain, named from its topic; they only top up a domain with few figures of its own.</summary>
    public static readonly IReadOnlyList<Func<SampleContext, string, Fig>> GeneralFigures =
    [
        (c, t) => c.Count($"Lượt cán bộ, người dân được tập huấn về {t}", "lượt", 200, 3000).MaybePlan($"kế hoạch năm {c.Year}", 0.5),
        (c, t) => c.Amount($"Kinh phí thực hiện {t}", "triệu đồng", 500, 9000, 0).MaybePlan("dự toán năm", 0.6),
    ];
}
