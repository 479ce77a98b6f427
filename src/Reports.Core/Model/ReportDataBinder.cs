using NodaTime;
using Reports.Core.Formatting;
using Reports.Core.Loading;
using Reports.Core.Schema;

namespace Reports.Core.Model;

/// <summary>Builds <see cref="ReportData"/> from a tree that passed <see cref="DataFileShape"/> without errors.</summary>
internal static class ReportDataBinder
{
    public static ReportData Bind(MappingNode root, CheckedValues values)
    {
        var r = new GroupReader(root, values);
        var issuer = r.Group("co_quan")!;
        var document = r.Group("van_ban")!;
        var period = r.Group("ky_bao_cao")!;
        var assessment = r.Group("danh_gia");
        var recipients = r.Group("noi_nhan")!;
        var locality = issuer.Text("dia_phuong");

        return new ReportData(
            Regime: r.Text("loai_van_ban") == "dang" ? Regime.Party : Regime.State,
            Issuer: new Issuer(
                issuer.OptionalText("cap_tren"),
                issuer.Text("ten"),
                issuer.Text("ky_hieu"),
                UnitLevels.FromKey(issuer.Text("cap")),
                locality,
                issuer.OptionalText("dia_danh") ?? locality),
            Document: new DocumentInfo(
                (int?)document.OptionalValue<long>("so"),
                document.OptionalValue<LocalDate>("ngay")!.Value,
                document.OptionalText("trich_yeu"),
                document.OptionalValue<bool>("du_thao") ?? false,
                document.Texts("can_cu")),
            Reporting: new ReportingInfo(
                new ReportingPeriod((int)period.OptionalValue<long>("nam")!.Value, (int)period.OptionalValue<long>("quy")!.Value),
                period.OptionalText("kieu") == "quy" ? PeriodStyle.Quarter : PeriodStyle.Cumulative,
                period.OptionalText("chu_de_nam")),
            Results: r.Groups("ket_qua").Select(BindDomain).ToList(),
            Assessment: new Assessment(
                assessment?.Texts("uu_diem") ?? [],
                assessment?.Texts("han_che") ?? [],
                assessment?.Texts("nguyen_nhan") ?? []),
            Tasks: r.Groups("nhiem_vu").Select(BindTask).ToList(),
            Proposals: r.Texts("de_xuat"),
            Meeting: r.Group("hoi_nghi") is { } m ? BindMeeting(m) : null,
            Signature: BindSignature(r.Group("ky")!),
            Recipients: new Recipients(recipients.Texts("gui"), recipients.Text("luu")),
            Article: r.Group("tin_bai") is { } a ? BindArticle(a) : null,
            Layout: BindLayout(r.Group("trinh_bay")));
    }

    private static Domain BindDomain(GroupReader d) => new(
        d.Text("tieu_de"),
        d.Texts("noi_dung"),
        d.Groups("chi_tieu").Select(BindFigure).ToList(),
        d.OptionalValue<bool>("bang_chi_tieu") ?? false,
        d.Groups("linh_vuc_con").Select(BindDomain).ToList());

    private static Figure BindFigure(GroupReader f) => new(
        f.Text("ten"),
        f.Text("don_vi"),
        f.OptionalValue<decimal>("thuc_hien")!.Value,
        f.Groups("ke_hoach").Select(p => new PlanTarget(p.Text("nhan"), p.OptionalValue<decimal>("gia_tri")!.Value)).ToList(),
        f.OptionalValue<decimal>("cung_ky"),
        f.OptionalValue<decimal>("tong_so"),
        f.OptionalText("dong_tu") ?? Figure.DefaultVerb,
        f.OptionalText("ghi_chu"));

    private static TaskItem BindTask(GroupReader t)
    {
        var deadline = t.Optional<object>("thoi_han") switch
        {
            LocalDate date => Deadline.On(date),
            string { Length: > 0 } text => Deadline.Described(text),
            _ => null,
        };
        return new TaskItem(t.Text("noi_dung"), t.OptionalText("chu_tri"), deadline, t.OptionalValue<bool>("dot_pha") ?? false);
    }

    private static Meeting BindMeeting(GroupReader m) => new(
        m.Text("ten"),
        m.OptionalText("loai") switch
        {
            "giao_ban" => MeetingKind.Briefing,
            "quan_triet" => MeetingKind.Directive,
            _ => MeetingKind.Conference,
        },
        m.OptionalValue<LocalDate>("ngay")!.Value,
        m.OptionalValue<LocalTime>("gio"),
        m.OptionalText("dia_diem"),
        m.OptionalText("hinh_thuc") switch
        {
            "truc_tuyen" => MeetingFormat.Online,
            "ket_hop" => MeetingFormat.Mixed,
            _ => MeetingFormat.InPerson,
        },
        (int?)m.OptionalValue<long>("so_diem_cau"),
        m.Groups("chu_tri").Select(BindPerson).ToList(),
        m.Groups("khach_moi").Select(BindPerson).ToList(),
        m.Texts("thanh_phan"),
        m.Groups("phat_bieu").Select(s => new Speech(BindPerson(s), s.Text("tom_tat"))).ToList(),
        m.Texts("thong_qua"),
        m.Group("ket_luan") is { } c ? new ClosingRemarks(BindPerson(c), c.Texts("noi_dung")) : null);

    private static Person BindPerson(GroupReader p) => new(p.Text("ho_ten"), p.Text("chuc_vu"));

    private static Signature BindSignature(GroupReader s) => new(
        s.OptionalText("thay_mat"),
        s.OptionalText("uy_quyen") switch
        {
            "KT" => SigningAuthority.InPlaceOf,
            "TL" => SigningAuthority.ByOrderOf,
            "TUQ" => SigningAuthority.ByAuthorisation,
            "Q" => SigningAuthority.Acting,
            _ => null,
        },
        s.OptionalText("chuc_vu_thu_truong"),
        s.Text("chuc_vu"),
        s.Text("ho_ten"));

    private static ArticleInfo BindArticle(GroupReader a) => new(
        a.OptionalText("chuyen_muc"),
        a.OptionalText("tieu_de"),
        a.OptionalText("tac_gia"),
        a.OptionalText("don_vi_tac_gia"),
        a.OptionalValue<LocalDateTime>("ngay_dang"));

    private static LayoutOverrides BindLayout(GroupReader? l)
    {
        var margins = l?.Group("le");
        return new LayoutOverrides(
            (int?)l?.OptionalValue<long>("co_chu"),
            l?.OptionalValue<decimal>("gian_dong"),
            l?.OptionalValue<decimal>("cach_doan"),
            l?.OptionalValue<decimal>("thut_dau_dong"),
            margins?.OptionalValue<decimal>("tren"),
            margins?.OptionalValue<decimal>("duoi"),
            margins?.OptionalValue<decimal>("trai"),
            margins?.OptionalValue<decimal>("phai"));
    }
}
