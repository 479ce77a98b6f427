using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;
using V = Reports.Core.Schema.DataFields.ViewNames;

namespace Reports.Compose.View;

/// <summary>
/// What templates see of a report: the data file's own keys (so staff who fill the file can read the
/// templates), plus a few derived names documented in the README. Every key is always present, null
/// when the file left it out, because templates treat an unknown name as an error. Keys come from the
/// declared fields (<see cref="F"/>), values from the typed model, each group remembering the model
/// object it shows as its Source; <see cref="ViewFields"/> turns each value into its template form.
/// </summary>
public static class ReportView
{
    public static ViewObject Build(ReportData data)
    {
        var issuer = data.Issuer;
        var tables = TableNumbers(data.Results);
        return new ViewObject(data)
        {
            { F.Root.Regime, data.Regime },
            { V.IsParty, data.Regime == Regime.Party },
            // The heading numbering style, for so_muc; at the top so every template (and "with" scope) sees it.
            { F.Layout.Numbering, data.Layout.Numbering ?? HeadingNumbering.Dotted },
            {
                F.Root.Issuer, new ViewObject(issuer)
                {
                    { F.Issuer.Name, issuer.Name },
                    { F.Issuer.ParentBody, issuer.ParentBody },
                    { F.Issuer.Symbol, issuer.Symbol },
                    // Templates write the level in words ("huyện"), not its key.
                    { F.Issuer.Level.Key, issuer.Level.Word() },
                    { F.Issuer.Locality, issuer.Locality },
                    { F.Issuer.PlaceName, issuer.PlaceName },
                    { V.UnitName, issuer.UnitName },
                    { V.Reporter, Reporter(data) },
                }
            },
            {
                F.Root.Document, new ViewObject(data.Document)
                {
                    { F.Document.Number, data.Document.Number },
                    { F.Document.Date, data.Document.Date },
                    { F.Document.Subject, data.Document.Subject },
                    { F.Document.IsDraft, data.Document.IsDraft },
                    { F.Document.GuidingDocuments, data.Document.GuidingDocuments },
                }
            },
            {
                F.Root.Period, new ViewObject(data.Reporting)
                {
                    { F.Period.Year, data.Reporting.Period.Year },
                    { F.Period.Quarter, data.Reporting.Period.Quarter },
                    { F.Period.Style, data.Reporting.Style },
                    { F.Period.YearTheme, data.Reporting.YearTheme },
                    { V.PeriodName, new ViewPeriod(data.Reporting.Period, data.Reporting.Style) },
                }
            },
            { F.Root.Results, Numbered(data.Results, (d, n) => Domain(d, n, tables)) },
            {
                F.Root.Assessment, new ViewObject(data.Assessment)
                {
                    { F.Assessment.Strengths, data.Assessment.Strengths },
                    { F.Assessment.Limitations, data.Assessment.Limitations },
                    { F.Assessment.Causes, data.Assessment.Causes },
                    { V.HasContent, data.Assessment.Strengths.Count + data.Assessment.Limitations.Count + data.Assessment.Causes.Count > 0 },
                    // Its section number follows the domains'.
                    { V.Number, data.Results.Count + 1 },
                }
            },
            { F.Root.Tasks, Numbered(data.Tasks, Task) },
            // How last period's tasks went (TaskReviewView); null without bao_cao_truoc.
            { F.Root.TaskReviews.Key, data.TaskReview is { } review ? TaskReviewView.Build(review) : null },
            { F.Root.Proposals, data.Proposals },
            { F.Root.Meeting, data.Meeting is { } meeting ? Meeting(meeting, data) : null },
            // The 3-4 figures the news article cites, in the report's words (ArticleFigures).
            { V.HighlightFigures, ArticleFigures.Select(data.Results).Select(x => Figure(x.Figure, x.Number)).ToList() },
            { F.Root.Article, Article(data) },
            {
                F.Root.Signature, new ViewObject(data.Signature)
                {
                    { F.Signature.OnBehalfOf, data.Signature.OnBehalfOf },
                    { F.Signature.Position, data.Signature.Position },
                    { F.Signature.FullName, data.Signature.FullName },
                }
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

    private static ViewObject Meeting(Meeting m, ReportData data) => new(m)
    {
        { F.Meeting.Name, m.Name },
        { V.LeadName, MeetingName.ForLead(data) },
        { V.Studied, MeetingName.Studied(data) },
        { F.Meeting.Kind, m.Kind },
        { F.Meeting.Date, m.Date },
        { F.Meeting.StartTime, m.StartTime },
        { F.Meeting.Place, m.Place },
        { F.Meeting.Format, m.Format },
        // One flag per remote format, named like its key: hoi_nghi.truc_tuyen, hoi_nghi.ket_hop.
        { F.Meeting.Format.Choice.KeyOf(MeetingFormat.Online), m.Format == MeetingFormat.Online },
        { F.Meeting.Format.Choice.KeyOf(MeetingFormat.Mixed), m.Format == MeetingFormat.Mixed },
        { F.Meeting.ConnectionPoints, m.ConnectionPoints },
        { F.Meeting.Chairs, m.Chairs.Select(Person).ToList() },
        { V.ManyChairs, m.Chairs.Count > 1 },
        { F.Meeting.Guests, m.Guests.Select(Guest).ToList() },
        { F.Meeting.ReportPresenter, m.ReportPresenter is { } presenter ? Person(presenter) : null },
        { F.Meeting.Presenters, m.Presenters.Select(Talk).ToList() },
        { F.Meeting.Attendees, m.Attendees },
        { F.Meeting.Speeches, m.Speeches.Select(Speech).ToList() },
        { F.Meeting.Adopted, m.Adopted },
        { F.Meeting.Closing, m.Closing is { } c ? Closing(c) : null },
    };

    private static ViewObject Person(Person p) => new(p)
    {
        { F.Person.FullName, p.FullName },
        { F.Person.Title, p.Title },
    };

    /// <summary>A named guest shows ho_ten and chuc_vu; an unnamed one only nguyen_van, its words as written.</summary>
    private static ViewObject Guest(Guest g) => new(g)
    {
        { F.Person.FullName, g.Person?.FullName },
        { F.Person.Title, g.Person?.Title },
        { V.AsWritten, g.Description },
    };

    private static ViewObject Talk(HigherLevelTalk p) => new(p)
    {
        { F.Presenter.FullName, p.Presenter.FullName },
        { F.Presenter.Title, p.Presenter.Title },
        { F.Presenter.Content, p.Content },
    };

    private static ViewObject Speech(Speech s) => new(s)
    {
        { F.Speech.FullName, s.Speaker.FullName },
        { F.Speech.Title, s.Speaker.Title },
        { F.Speech.Summary, s.Summary },
    };

    private static ViewObject Closing(ClosingRemarks c) => new(c)
    {
        { F.Closing.FullName, c.Speaker.FullName },
        { F.Closing.Title, c.Speaker.Title },
        { F.Closing.Points, c.Points },
    };

    private static ViewObject Article(ReportData data) => new(data.Article)
    {
        { F.Article.Category, data.Article?.Category },
        { F.Article.Title, data.Article?.Title },
        { F.Article.Author, data.Article?.Author },
        { F.Article.AuthorUnit, data.Article?.AuthorUnit },
        // Each photo's number is what dat_anh takes to place it.
        { F.Article.Photos, Numbered(data.Article?.Photos ?? [], Photo) },
    };

    private static ViewObject Photo(Photo photo, int number) => new(photo)
    {
        { V.Number, number },
        { F.Photo.File.Key, photo.File.Source },
        { F.Photo.Caption, photo.Caption },
    };

    private static List<ViewObject> Numbered<T>(IReadOnlyList<T> items, Func<T, int, ViewObject> view) =>
        items.Select((item, i) => view(item, i + 1)).ToList();

    /// <summary>
    /// Indicator tables are numbered through the report ("Bảng 1", "Bảng 2"), in the order they appear: a
    /// domain's table follows its statements, before its sub-domains'.
    /// </summary>
    private static Dictionary<Domain, int> TableNumbers(IReadOnlyList<Domain> domains)
    {
        var numbers = new Dictionary<Domain, int>(ReferenceEqualityComparer.Instance);
        void Visit(Domain d)
        {
            if (d.ShowFigureTable && d.Figures.Count > 0) numbers[d] = numbers.Count + 1;
            foreach (var child in d.Children) Visit(child);
        }
        foreach (var d in domains) Visit(d);
        return numbers;
    }

    private static ViewObject Domain(Domain domain, int number, Dictionary<Domain, int> tables) => new(domain)
    {
        { V.TableNumber, tables.TryGetValue(domain, out var table) ? table : (int?)null },
        { V.Number, number },
        { F.Domain.Title, domain.Title },
        // The statements as the report writes them: each "[code]" already its figure's clause (see WovenStatement).
        { F.Domain.Statements, domain.ParsedStatements.Select(s => WovenStatement.Write(s, domain)).ToList() },
        { F.Domain.Figures, Numbered(domain.Figures, Figure) },
        { F.Domain.ShowFigureTable, domain.ShowFigureTable && domain.Figures.Count > 0 },
        { F.Domain.Children, Numbered(domain.Children, (d, n) => Domain(d, n, tables)) },
        // The figures no statement places, written after the statements; a table still takes them all.
        { V.UnplacedFigures, Unplaced(domain) },
    };

    /// <summary>The domain's unplaced figures, each keeping its number among all the domain's figures.</summary>
    private static List<ViewObject> Unplaced(Domain domain)
    {
        var unplaced = domain.UnplacedFigures;
        return domain.Figures.Select((f, i) => (f, i)).Where(x => unplaced.Any(u => ReferenceEquals(u, x.f)))
            .Select(x => Figure(x.f, x.i + 1)).ToList();
    }

    private static ViewObject Figure(Figure figure, int number) => new(figure)
    {
        { V.Number, number },
        { F.Figure.Name, figure.Name },
        { F.Figure.Code, figure.Code },
        { F.Figure.Unit, figure.Unit },
        { F.Figure.Value, figure.Value },
        { F.Figure.Estimated, figure.Estimated },
        { F.Figure.Plans, figure.Plans.Select(Plan).ToList() },
        { F.Figure.SamePeriod, figure.SamePeriod },
        { F.Figure.Previous, figure.Previous },
        { F.Figure.Whole, figure.Whole },
        { F.Figure.WholeStyle, figure.WholeStyle },
        { F.Figure.Direction, figure.Direction },
        { F.Figure.Verb, figure.Verb },
        { F.Figure.Note, figure.Note },
        { F.Figure.Highlight, figure.Highlight },
        { F.Figure.AddsUp, figure.AddsUp },
        { V.YearToDate, figure.YearToDate is { } total ? new ViewNumber(total) : null },
        { V.QuarterValue, figure.QuarterValue is { } own ? new ViewNumber(own) : null },
        // The span a table shows beside the value, named as the chain names it ("lũy kế 6 tháng", "riêng quý II").
        { V.OtherSpan, figure.OtherSpan is { } span ? new ViewObject(span) { { F.Plan.Label, span.Label }, { F.Plan.Value, span.Value } } : null },
    };

    private static ViewObject Plan(PlanTarget plan) => new(plan)
    {
        { F.Plan.Label, plan.Label },
        { F.Plan.Value, plan.Value },
    };

    private static ViewObject Task(TaskItem task, int number) => new(task)
    {
        { V.Number, number },
        { F.Task.Text, task.Text },
        { F.Task.Lead, task.Lead },
        { F.Task.Deadline, task.Deadline },
        { F.Task.IsBreakthrough, task.IsBreakthrough },
        { F.TaskReview.Status.Choice.KeyOf(TaskProgress.CarriedOver), task.CarriedOver },
    };
}
