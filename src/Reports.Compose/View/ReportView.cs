using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// What templates see of a report: the data file's own keys (so staff who fill the file can read the
/// templates), plus a few derived names documented in the README. Every key is always present, null
/// when the file left it out, because templates treat an unknown name as an error.
/// </summary>
public static class ReportView
{
    public static ViewObject Build(ReportData data)
    {
        var issuer = data.Issuer;
        return new ViewObject(data)
        {
            ["loai_van_ban"] = data.Regime == Regime.Party ? "dang" : "chinh_quyen",
            ["la_dang"] = data.Regime == Regime.Party,
            ["co_quan"] = new ViewObject(issuer)
            {
                ["ten"] = issuer.Name,
                ["cap_tren"] = issuer.ParentBody,
                ["ky_hieu"] = issuer.Symbol,
                ["cap"] = issuer.Level.Word(),
                ["dia_phuong"] = issuer.Locality,
                ["dia_danh"] = issuer.PlaceName,
                ["don_vi"] = issuer.UnitName,
                ["chu_the"] = Reporter(data),
            },
            ["van_ban"] = new ViewObject(data.Document)
            {
                ["so"] = data.Document.Number,
                ["ngay"] = new ViewDate(data.Document.Date),
                ["trich_yeu"] = data.Document.Subject,
                ["du_thao"] = data.Document.IsDraft,
                ["can_cu"] = data.Document.GuidingDocuments.ToList(),
            },
            ["ky_bao_cao"] = new ViewObject(data.Reporting)
            {
                ["nam"] = data.Reporting.Period.Year,
                ["quy"] = data.Reporting.Period.Quarter,
                ["kieu"] = data.Reporting.Style == PeriodStyle.Quarter ? "quy" : "luy_ke",
                ["chu_de_nam"] = data.Reporting.YearTheme,
                ["ky"] = new ViewPeriod(data.Reporting.Period, data.Reporting.Style),
            },
            ["ket_qua"] = Numbered(data.Results, Domain),
            ["danh_gia"] = new ViewObject(data.Assessment)
            {
                ["uu_diem"] = data.Assessment.Strengths.ToList(),
                ["han_che"] = data.Assessment.Limitations.ToList(),
                ["nguyen_nhan"] = data.Assessment.Causes.ToList(),
                ["co_noi_dung"] = data.Assessment.Strengths.Count + data.Assessment.Limitations.Count + data.Assessment.Causes.Count > 0,
                ["stt"] = data.Results.Count + 1,
            },
            ["nhiem_vu"] = Numbered(data.Tasks, Task),
            ["de_xuat"] = data.Proposals.ToList(),
            ["hoi_nghi"] = data.Meeting is { } meeting ? Meeting(meeting) : null,
            ["tin_bai"] = Article(data),
            ["ky"] = new ViewObject(data.Signature)
            {
                ["thay_mat"] = data.Signature.OnBehalfOf,
                ["chuc_vu"] = data.Signature.Position,
                ["ho_ten"] = data.Signature.FullName,
            },
        };
    }

    /// <summary>Who reports, as the opening sentence names it: "Ban Thường vụ Huyện ủy Đan Phượng", "Ủy ban nhân dân huyện Mỹ Đức".</summary>
    public static string Reporter(ReportData data)
    {
        var body = data.Signature.OnBehalfOf;
        var name = data.Issuer.Name;
        if (string.IsNullOrWhiteSpace(body) || name.StartsWith(body, StringComparison.OrdinalIgnoreCase)) return name;
        return $"{body} {name}";
    }

    private static ViewObject Meeting(Meeting m) => new(m)
    {
        ["ten"] = m.Name,
        ["loai"] = m.Kind switch { MeetingKind.Briefing => "giao_ban", MeetingKind.Directive => "quan_triet", _ => "hoi_nghi" },
        ["ngay"] = new ViewDate(m.Date),
        ["gio"] = m.StartTime is { } t ? new ViewTime(t) : null,
        ["dia_diem"] = m.Place,
        ["hinh_thuc"] = m.Format switch { MeetingFormat.Online => "truc_tuyen", MeetingFormat.Mixed => "ket_hop", _ => "truc_tiep" },
        ["truc_tuyen"] = m.Format == MeetingFormat.Online,
        ["ket_hop"] = m.Format == MeetingFormat.Mixed,
        ["so_diem_cau"] = m.ConnectionPoints,
        ["chu_tri"] = m.Chairs.Select(Person).ToList(),
        ["nhieu_chu_tri"] = m.Chairs.Count > 1,
        ["khach_moi"] = m.Guests.Select(Person).ToList(),
        ["thanh_phan"] = m.Attendees.ToList(),
        ["phat_bieu"] = m.Speeches.Select(s => new ViewObject(s) { ["ho_ten"] = s.Speaker.FullName, ["chuc_vu"] = s.Speaker.Title, ["tom_tat"] = s.Summary }).ToList(),
        ["thong_qua"] = m.Adopted.ToList(),
        ["ket_luan"] = m.Closing is { } c ? new ViewObject(c) { ["ho_ten"] = c.Speaker.FullName, ["chuc_vu"] = c.Speaker.Title, ["noi_dung"] = c.Points.ToList() } : null,
    };

    private static ViewObject Person(Person p) => new(p) { ["ho_ten"] = p.FullName, ["chuc_vu"] = p.Title };

    private static ViewObject Article(ReportData data) => new(data.Article)
    {
        ["chuyen_muc"] = data.Article?.Category,
        ["tieu_de"] = data.Article?.Title,
        ["tac_gia"] = data.Article?.Author,
        ["don_vi_tac_gia"] = data.Article?.AuthorUnit,
    };

    private static List<ViewObject> Numbered<T>(IReadOnlyList<T> items, Func<T, int, ViewObject> view) =>
        items.Select((item, i) => view(item, i + 1)).ToList();

    private static ViewObject Domain(Domain domain, int number) => new(domain)
    {
        ["stt"] = number,
        ["tieu_de"] = domain.Title,
        ["noi_dung"] = domain.Statements.ToList(),
        ["chi_tieu"] = Numbered(domain.Figures, Figure),
        ["bang_chi_tieu"] = domain.ShowFigureTable && domain.Figures.Count > 0,
        ["linh_vuc_con"] = Numbered(domain.Children, Domain),
        // The news article cites a domain's first few figures (its own, then its sub-domains'), in the report's words.
        ["chi_tieu_noi_bat"] = Numbered(domain.Figures.Concat(domain.Children.SelectMany(c => c.Figures)).Take(ArticleFiguresPerDomain).ToList(), Figure),
    };

    public const int ArticleFiguresPerDomain = 3;

    private static ViewObject Figure(Figure figure, int number) => new(figure)
    {
        ["stt"] = number,
        ["ten"] = figure.Name,
        ["don_vi"] = figure.Unit,
        ["thuc_hien"] = new ViewNumber(figure.Value),
        ["ke_hoach"] = figure.Plans.Select(p => new ViewObject(p) { ["nhan"] = p.Label, ["gia_tri"] = new ViewNumber(p.Value) }).ToList(),
        ["cung_ky"] = figure.SamePeriod is { } s ? new ViewNumber(s) : null,
        ["tong_so"] = figure.Whole is { } w ? new ViewNumber(w) : null,
        ["dong_tu"] = figure.Verb,
        ["ghi_chu"] = figure.Note,
    };

    private static ViewObject Task(TaskItem task, int number) => new(task)
    {
        ["stt"] = number,
        ["noi_dung"] = task.Text,
        ["chu_tri"] = task.Lead,
        ["thoi_han"] = task.Deadline is { } d ? new ViewDeadline(d) : null,
        ["dot_pha"] = task.IsBreakthrough,
    };
}
