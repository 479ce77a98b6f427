using NodaTime;
using Reports.Compose.View;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Compose.Templating;

/// <summary>
/// The functions every template may call. Each is a thin call into Reports.Core.Formatting, so a figure
/// is worded the same in the report, its table and the news article. Names are Vietnamese, like the
/// data file's keys; the README lists them.
/// </summary>
public static class VietnameseFunctions
{
    public static TemplateFunctions Create() => new TemplateFunctions()
        .Add("so", a => VietnameseNumber.Format(Number(a, 0), a.Length > 1 ? (int)Number(a, 1) : 2))
        .Add("phan_tram", a => Percent.Format(Number(a, 0)))
        .Add("ty_le", a => Percent.Format(Percent.Of(Number(a, 0), Number(a, 1))))
        .Add("tien", a => Money.Spelled(Number(a, 0), Unit(a, 1)))
        .Add("tien_gon", a => Money.Short(Number(a, 0), Unit(a, 1)))
        .Add("phan_tren_tong", a => PartOfWhole.Format(Number(a, 0), Number(a, 1), Text(a, 2)))
        .Add("dong_ngay", a => VietnameseDate.PlaceAndDate(Text(a, 0), Date(a, 1)))
        .Add("ngay_dai", a => VietnameseDate.Long(Date(a, 0)))
        .Add("ngay_ngan", a => VietnameseDate.Short(Date(a, 0)))
        .Add("ngay_so", a => VietnameseDate.ShortWithYear(Date(a, 0)))
        .Add("thu", a => VietnameseDate.Weekday(Date(a, 0).DayOfWeek))
        .Add("buoi", a => VietnameseDate.PartOfDay(Time(a, 0)))
        .Add("thoi_diem", a => MeetingMoment(a))
        .Add("ky", a => Period(a, 0).Period.Name(Period(a, 0).Style))
        .Add("ky_ngan", a => Period(a, 0).Period.ShortName(Period(a, 0).Style))
        .Add("ky_toi", a => Period(a, 0).Period.NextName(Period(a, 0).Style))
        .Add("ky_toi_ngan", a => Period(a, 0).Period.NextShortName(Period(a, 0).Style))
        // Both periods with the year said once when shared; the second argument, if any, replaces the words
        // between them (", nhiệm vụ trọng tâm ").
        .Add("ky_va_ky_toi", a => a.Length > 1
            ? Period(a, 0).Period.PairName(Period(a, 0).Style, Text(a, 1))
            : Period(a, 0).Period.PairName(Period(a, 0).Style))
        // The year the next period falls in ("2025" after Q4/2024), so no template adds 1 to a year.
        .Add("nam_ky_toi", a => Period(a, 0).Period.NextYearText)
        // The year of the same period last year, for headers such as "Cùng kỳ 2023".
        .Add("nam_truoc", a => (Period(a, 0).Period.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Add("la_ma", a => RomanNumeral.Format((int)Number(a, 0)))
        .Add("chu_cai", a => Letter((int)Number(a, 0)))
        // A heading's number in the document's numbering style (a view value, README): "II." or "II-".
        .Add("so_muc", a => SectionNumber.Format((int)Number(a, 0), (int)Number(a, 1), Numbering(a, 2)))
        .Add("in_hoa", a => VietnameseText.ToUpper(Text(a, 0)))
        .Add("viet_hoa_dau", a => FirstLetter(Text(a, 0), upper: true))
        .Add("viet_thuong_dau", a => FirstLetter(Text(a, 0), upper: false))
        .Add("bo_dau_cham", a => Text(a, 0).Trim().TrimEnd('.', ';', ','))
        .Add("chi_tieu", a => FigureClause.Write(Figure(a, 0).Facts))
        .Add("cau_chi_tieu", a => FigureSentence.Write(Figure(a, 0)))
        .Add("so_voi_cung_ky", a => FigureClause.SamePeriodText(Figure(a, 0).Facts))
        .Add("ke_hoach_chinh", a => Figure(a, 0).Plans.FirstOrDefault() is { } p ? VietnameseNumber.FormatNonZero(p.Value) : "-")
        .Add("phan_tram_ke_hoach", a => Figure(a, 0).Plans.FirstOrDefault(p => p.Value > 0) is { } p ? ShareOf(Figure(a, 0).Value, p.Value) : "-")
        .Add("phan_tram_cung_ky", a => Figure(a, 0).SamePeriod is { } p and > 0 ? ShareOf(Figure(a, 0).Value, p) : "-")
        // The indicator table: its plan columns (each a shared label, or "" where the labels differ), a row's
        // cells in those columns (plan, TH/KH; two per column), and its TH/CK cell (FigureTableCells).
        .Add("cot_ke_hoach", a => FigureTableCells.PlanColumns(Figures(a, 0).Select(f => f.Plans).ToList()).Select(c => c.Label ?? "").ToList())
        .Add("o_ke_hoach", a => PlanCells(Figure(a, 0), Columns(a, 1)))
        .Add("o_cung_ky", a => FigureTableCells.SamePeriod(Figure(a, 0).Facts))
        .Add("o_so", a => FigureTableCells.Value(a.Length > 0 && a[0] is not null ? Number(a, 0) : null))
        // The article's n-th photo (tin_bai.anh), on a paragraph of its own; nothing when the file has no such photo.
        .Add("dat_anh", a => PictureMark.Markdown((int)Number(a, 0)))
        .Add("hoac_gach", a => a.Length > 0 && a[0] is not null && a[0]!.ToString() != "" ? a[0]!.ToString() : "-");

    private static List<string> PlanCells(Figure figure, IReadOnlyList<PlanColumn> columns) =>
        columns.SelectMany((column, index) =>
        {
            var (plan, share) = FigureTableCells.PlanCells(figure.Facts, index, column);
            return new[] { plan, share };
        }).ToList();

    private static IReadOnlyList<PlanColumn> Columns(object?[] a, int i) =>
        Arg(a, i) is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().Select(c => new PlanColumn(c?.ToString() is { Length: > 0 } label ? label : null)).ToList()
            : throw new ArgumentException("not a list of plan columns (cot_ke_hoach)");

    private static List<Figure> Figures(object?[] a, int i) =>
        Arg(a, i) is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().Select(f => f is ViewObject { Source: Figure figure } ? figure : throw new ArgumentException("not a list of figures (chi_tieu)")).ToList()
            : throw new ArgumentException("not a list of figures (chi_tieu)");

    /// <summary>"Sáng ngày 4/4" from a meeting's date and start time, or "Ngày 4/4" when it has no time.</summary>
    private static string MeetingMoment(object?[] a)
    {
        var meeting = Arg(a, 0) is ViewObject { Source: Meeting m } ? m : throw new ArgumentException("not a meeting (hoi_nghi)");
        var day = "ngày " + VietnameseDate.Short(meeting.Date);
        return meeting.StartTime is { } time ? FirstLetter(VietnameseDate.PartOfDay(time), upper: true) + " " + day : FirstLetter(day, upper: true);
    }

    /// <summary>
    /// The first letter in upper or lower case, to fit a phrase into a sentence ("Trình bày báo cáo" after
    /// "đồng chí X, Phó Bí thư"). A word written all in capitals (an abbreviation such as "UBND") is left alone.
    /// </summary>
    public static string FirstLetter(string text, bool upper)
    {
        var t = text.Trim();
        if (t.Length == 0) return t;
        var firstWord = t.Split(' ')[0];
        if (!upper && firstWord.Length > 1 && firstWord.All(c => !char.IsLetter(c) || char.IsUpper(c))) return t;
        // A body's or a document's name keeps its capital: "đề nghị Ủy ban nhân dân xã ...".
        if (!upper && ProperNameStart.Matches(t)) return t;
        return (upper ? VietnameseCulture.ToUpper(t[0]) : VietnameseCulture.ToLower(t[0])) + t[1..];
    }

    /// <summary>a, b, c ... for third-level headings; after z, aa, ab.</summary>
    public static string Letter(int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n), n, "from 1");
        const string letters = "abcdđeghiklmnopqrstuvxy"; // the Vietnamese alphabet, as legal documents number their points
        var result = "";
        for (var k = n; k > 0; k = (k - 1) / letters.Length) result = letters[(k - 1) % letters.Length] + result;
        return result;
    }

    // A table cell's percentage: "100%" only for equal numbers, "-" where no decimal holds the ratio.
    private static string ShareOf(decimal value, decimal basis) =>
        Percent.TryOf(value, basis, out var percent) ? Percent.FormatApart(percent, 100m) : "-";

    /// <summary>The numbering style by its data-file key; dotted when the template leaves it out.</summary>
    private static HeadingNumbering Numbering(object?[] a, int i) =>
        i < a.Length && a[i] is string key ? Reports.Core.Schema.DataFields.Choices.HeadingNumberings.Parse(key) : HeadingNumbering.Dotted;

        private static object Arg(object?[] a, int i) =>
        i < a.Length && a[i] is { } v ? v : throw new ArgumentException($"missing argument {i + 1}");

    private static decimal Number(object?[] a, int i) => Arg(a, i) switch
    {
        ViewNumber n => n.Value,
        decimal d => d,
        int n => n,
        long n => n,
        double d => (decimal)d,
        string s when NumberText.Read(s) is { Kind: NumberReadingKind.Ok } r => r.Value,
        var other => throw new ArgumentException($"\"{other}\" is not a number"),
    };

    private static string Text(object?[] a, int i) => Arg(a, i).ToString() ?? "";

    private static LocalDate Date(object?[] a, int i) => Arg(a, i) switch
    {
        ViewDate d => d.Value,
        LocalDate d => d,
        var other => throw new ArgumentException($"\"{other}\" is not a date"),
    };

    private static LocalTime Time(object?[] a, int i) => Arg(a, i) switch
    {
        ViewTime t => t.Value,
        LocalTime t => t,
        var other => throw new ArgumentException($"\"{other}\" is not a time of day"),
    };

    private static ViewPeriod Period(object?[] a, int i) =>
        Arg(a, i) switch
        {
            ViewPeriod p => p,
            ViewObject { Source: ReportingInfo r } => new ViewPeriod(r.Period, r.Style),
            var other => throw new ArgumentException($"\"{other}\" is not a reporting period"),
        };

    private static Figure Figure(object?[] a, int i) =>
        Arg(a, i) is ViewObject { Source: Figure f } ? f : throw new ArgumentException("not a figure (chi_tieu)");

    private static MoneyUnit Unit(object?[] a, int i) =>
        MoneyUnits.TryParse(Text(a, i), out var unit) ? unit : throw new ArgumentException($"\"{Text(a, i)}\" is not a money unit");
}
