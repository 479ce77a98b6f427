using NodaTime;
using Reports.Compose.Layout;
using Reports.Core;
using Reports.Document;

namespace Reports.Tests.Rendering;

/// <summary>Document trees built by hand, as composition would build them: every text worded and cased as printed.</summary>
internal static class SampleDocuments
{
    public static Presentation PartyPresentation { get; } = new(
        FontFamily: "Times New Roman",
        PageWidthMm: 210, PageHeightMm: 297,
        MarginTopMm: 20, MarginBottomMm: 20, MarginLeftMm: 30, MarginRightMm: 15,
        LineSpacing: 1.2, ParagraphSpacingPt: 6, FirstLineIndentCm: 1.27,
        Styles: new PresentationStyles(
            Body: new(14),
            Heading1: new(14, Bold: true),
            Heading2: new(14, Bold: true),
            Heading3: new(14, Bold: true, Italic: true),
            TableText: new(12),
            NationalTitle: new(15, Bold: true),
            Motto: new(14, Bold: true),
            ParentBody: new(14),
            Issuer: new(14, Bold: true),
            NumberAndSymbol: new(14),
            PlaceAndDate: new(14, Italic: true),
            DocumentType: new(16, Bold: true),
            Subject: new(14, Bold: true),
            RecipientsLabel: new(14, Underline: true),
            RecipientsItem: new(12),
            SignatureTitle: new(14, Bold: true),
            SignatureName: new(14, Bold: true),
            DraftMark: new(12, Bold: true),
            ArticleTitle: new(20, Bold: true),
            ArticleMeta: new(12, Italic: true)));

    public static Presentation StatePresentation { get; } = PartyPresentation with
    {
        MarginLeftMm = 30, MarginRightMm = 20,
        LineSpacing = 1.0,
        Styles = PartyPresentation.Styles with
        {
            Body = new(14),
            TableText = new(12),
            NationalTitle = new(13, Bold: true),
            Motto = new(14, Bold: true),
            ParentBody = new(13),
            Issuer = new(13, Bold: true),
            NumberAndSymbol = new(13),
            PlaceAndDate = new(14, Italic: true),
            DocumentType = new(14, Bold: true),
            Subject = new(14, Bold: true),
            RecipientsLabel = new(12, Bold: true, Italic: true),
            RecipientsItem = new(11),
            SignatureTitle = new(14, Bold: true),
            SignatureName = new(14, Bold: true),
        },
    };

    public static IReadOnlyList<string> PartyHeadings { get; } =
    [
        "I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO THỰC HIỆN NHIỆM VỤ QUÝ I",
        "1. Công tác xây dựng Đảng và hệ thống chính trị",
        "a) Công tác tuyên giáo",
        "2. Phát triển kinh tế",
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ II",
    ];

    public static IReadOnlyList<int> PartyHeadingLevels { get; } = [1, 2, 3, 2, 1];

    public static Letterhead PartyLetterhead { get; } = new(
        ParentBody: "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI",
        Issuer: "HUYỆN ỦY ĐAN PHƯỢNG",
        NumberAndSymbol: "Số 45-BC/HU",
        NationalTitle: "ĐẢNG CỘNG SẢN VIỆT NAM",
        Motto: null,
        PlaceAndDate: "Đan Phượng, ngày 04 tháng 4 năm 2024");

    public static Letterhead StateLetterhead { get; } = new(
        ParentBody: null,
        Issuer: "ỦY BAN NHÂN DÂN HUYỆN MỸ ĐỨC",
        NumberAndSymbol: "Số: 125/BC-UBND",
        NationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        Motto: "Độc lập - Tự do - Hạnh phúc",
        PlaceAndDate: "Mỹ Đức, ngày 14 tháng 6 năm 2024");

    public static Table FiguresTable { get; } = new(
        Columns:
        [
            new(ColumnAlignment.Center, 0.6),
            new(ColumnAlignment.Left, 4),
            new(ColumnAlignment.Center, 1.4),
            new(ColumnAlignment.Right, 1.5),
            new(ColumnAlignment.Right, 1.5),
        ],
        HeaderRows: [Row("TT", "Chỉ tiêu", "Đơn vị", "Thực hiện quý I", "So cùng kỳ (%)")],
        Rows:
        [
            Row("1", "Tổng thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "187,5", "83"),
            Row("2", "Giá trị sản xuất nông nghiệp", "tỷ đồng", "1.250", "104,2"),
            Row("3", "Số lao động được giải quyết việc làm", "người", "3.015", "112,5"),
        ]);

    public static TitleBlock PartyTitle { get; } = new("BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024");

    public static TitleBlock StateTitle { get; } =
        new("BÁO CÁO", "Tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ trọng tâm 6 tháng cuối năm 2024");

    /// <summary>The bundled Liberation Serif: measured widths never depend on the machine's fonts.</summary>
    public static ITextMeasurer Measurer { get; } = new FontMeasurer(Pdf.PdfTestSupport.Fonts);

    /// <summary>The frame the layout step resolves for a hand-built document.</summary>
    public static FrameLayout Frame(Regime regime, Presentation presentation, Letterhead? letterhead, TitleBlock? title) =>
        FrameResolver.Resolve(regime, presentation, letterhead, title, Measurer);

    public static ReportDocument PartyReport { get; } = new(
        Kind: DocumentKind.Report,
        Letterhead: PartyLetterhead,
        Title: PartyTitle,
        ArticleHeader: null,
        Body:
        [
            new Paragraph(
            [
                new Text("Thực hiện Chương trình công tác toàn khóa của Ban Chấp hành Đảng bộ huyện, trong quý I năm 2024 "),
                new Strong([new Text("Ban Thường vụ Huyện ủy")]),
                new Text(" đã lãnh đạo, chỉ đạo thực hiện chủ đề năm "),
                new Emphasis([new Text("\"Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển\"")]),
                new Text("; Đảng bộ và nhân dân trong huyện đạt được nhiều kết quả quan trọng."),
            ]),
            new Heading(1, Inlines.Plain(PartyHeadings[0])),
            new Heading(2, Inlines.Plain(PartyHeadings[1])),
            new Heading(3, Inlines.Plain(PartyHeadings[2])),
            new Paragraph(Inlines.Plain(
                "Tổ chức quán triệt, triển khai các văn bản của Trung ương, Thành ủy đến cán bộ, đảng viên; " +
                "đẩy mạnh tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024).")),
            new BulletList("-",
            [
                Inlines.Plain("Tổ chức 12 hội nghị học tập, quán triệt với 2.150 lượt cán bộ, đảng viên tham dự;"),
                [new Text("Kết nạp "), new Strong([new Text("45 đảng viên mới")]), new Text(", đạt 30% kế hoạch năm.")],
            ]),
            new Heading(2, Inlines.Plain(PartyHeadings[3])),
            new Paragraph(
            [
                new Text("Tổng thu ngân sách nhà nước trên địa bàn đạt "),
                new Strong([new Text("187,5 tỷ đồng")]),
                new Text(", đạt 35% dự toán Thành phố giao, bằng 83% so với cùng kỳ."),
            ]),
            FiguresTable,
            new Paragraph(Inlines.Plain("Nguồn: Văn phòng HĐND-UBND huyện."), ParagraphRole.Note),
            new Heading(1, Inlines.Plain(PartyHeadings[4])),
            new Paragraph(Inlines.Plain(
                "Tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ chính trị; chuẩn bị tổ chức đại hội chi bộ nhiệm kỳ 2024 - 2027.")),
        ],
        Closing: new Closing(
            new Recipients("Nơi nhận:",
            [
                "- Ban Thường vụ Thành ủy,",
                "- Văn phòng Thành ủy,",
                "- Các đồng chí Huyện ủy viên,",
                "- Lưu Văn phòng Huyện ủy.",
            ]),
            new Signature("T/M BAN THƯỜNG VỤ", null, "PHÓ BÍ THƯ", "Nguyễn Văn Hùng")),
        IsDraft: true,
        Metadata: new DocumentMetadata(
            "Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2024", "Huyện ủy Đan Phượng",
            "Kết quả thực hiện nhiệm vụ quý I, nhiệm vụ trọng tâm quý II năm 2024", "vi", new LocalDate(2024, 4, 4)),
        Presentation: PartyPresentation,
        Frame: Frame(Regime.Party, PartyPresentation, PartyLetterhead, PartyTitle));

    public static ReportDocument StateReport { get; } = new(
        Kind: DocumentKind.Report,
        Letterhead: StateLetterhead,
        Title: StateTitle,
        ArticleHeader: null,
        Body:
        [
            new Paragraph(Inlines.Plain(
                "Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2024, Ủy ban nhân dân huyện báo cáo kết quả 6 tháng đầu năm như sau:")),
            new Heading(1, Inlines.Plain("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024")),
            new Heading(2, Inlines.Plain("1. Kinh tế")),
            new Paragraph(
            [
                new Text("Tổng thu ngân sách nhà nước trên địa bàn đạt "),
                new Strong([new Text("13 tỷ 752 triệu đồng")]),
                new Text(", đạt 52,3% dự toán HĐND huyện giao, tăng 12,5% so với cùng kỳ."),
            ]),
            FiguresTable,
            new Heading(1, Inlines.Plain("II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024")),
            new BulletList("-",
            [
                Inlines.Plain("Đẩy nhanh tiến độ giải ngân vốn đầu tư công;"),
                Inlines.Plain("Hoàn thành xây dựng xã nông thôn mới nâng cao An Phú."),
            ]),
        ],
        Closing: new Closing(
            new Recipients("Nơi nhận:",
            [
                "- UBND Thành phố;",
                "- TT Huyện ủy, TT HĐND huyện;",
                "- Chủ tịch, các PCT UBND huyện;",
                "- Lưu: VT, VP.",
            ]),
            new Signature("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Lan")),
        IsDraft: false,
        Metadata: new DocumentMetadata(
            "Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024", "UBND huyện Mỹ Đức",
            "Tình hình kinh tế - xã hội 6 tháng đầu năm 2024", "vi", new LocalDate(2024, 6, 14)),
        Presentation: StatePresentation,
        Frame: Frame(Regime.State, StatePresentation, StateLetterhead, StateTitle));

    public static ReportDocument Article { get; } = new(
        Kind: DocumentKind.Article,
        Letterhead: null,
        Title: null,
        ArticleHeader: new ArticleHeader(
            "Tin tức - Sự kiện",
            "Huyện ủy Đan Phượng sơ kết công tác quý I/2024",
            "Ngày đăng 04/04/2024 | 16:30"),
        Body:
        [
            new Paragraph(Inlines.Plain(
                "Ngày 4/4, Ban Thường vụ Huyện ủy Đan Phượng tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ trọng tâm quý II/2024."),
                ParagraphRole.Lead),
            new Paragraph(Inlines.Plain(
                "Tổng thu ngân sách nhà nước trên địa bàn quý I/2024 đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao.")),
            new Heading(1, Inlines.Plain("Nhiệm vụ quý II")),
            new Paragraph(Inlines.Plain("Hội nghị thống nhất tập trung chuẩn bị đại hội chi bộ nhiệm kỳ 2024 - 2027.")),
            new Paragraph(Inlines.Plain("Minh Anh"), ParagraphRole.Byline),
        ],
        Closing: null,
        IsDraft: false,
        Metadata: new DocumentMetadata(
            "Huyện ủy Đan Phượng sơ kết công tác quý I/2024", "Huyện ủy Đan Phượng",
            "Tin bài hội nghị sơ kết quý I/2024", "vi", new LocalDate(2024, 4, 4)),
        Presentation: PartyPresentation,
        Frame: Frame(Regime.Party, PartyPresentation, null, null));

    public static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Inlines.Plain(c))).ToList());

    /// <summary>A bare document around the given body, for tests that look at one block.</summary>
    /// <summary>The fixture's PNG (480 × 320) as a photo with a caption.</summary>
    public static Picture Photo(string caption) => new(
        new ImageData(File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "anh", "hoi-nghi-2.png")), ImageFormat.Png, 480, 320, "anh-1.png"),
        Inlines.Plain(caption));

    public static ReportDocument WithBody(params Block[] body) => PartyReport with
    {
        Letterhead = null, Title = null, Closing = null, IsDraft = false, Body = body,
    };
}
