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
    };

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
