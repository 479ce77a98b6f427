using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;
using V = Reports.Core.Schema.DataFields.ViewNames;

namespace Reports.Compose.View;

/// <summary>
/// What templates see of a report: the data file's own keys (so staff who fill the file can read the
/// templates), plus a few derived names documented in the README. Every key is always present, null
/// when the file left it out, because templates treat an unknown name as an error. Names come from the
/// declarations in <see cref="F"/>; each group remembers the typed model object it shows, as its Source.
/// </summary>
public static class ReportView
{
    public static ViewObject Build(ReportData data)
    {
        var issuer = data.Issuer;
        return new ViewObject(data)
        {
            [F.Root.Regime.Key] = F.Root.Regime.Choice.KeyOf(data.Regime),
            [V.IsParty] = data.Regime == Regime.Party,
            [F.Root.Issuer.Key] = new ViewObject(issuer)
            {
                [F.Issuer.Name.Key] = issuer.Name,
                [F.Issuer.ParentBody.Key] = issuer.ParentBody,
                [F.Issuer.Symbol.Key] = issuer.Symbol,
                // Templates write the level in words ("huyện"), not its key.
                [F.Issuer.Level.Key] = issuer.Level.Word(),
                [F.Issuer.Locality.Key] = issuer.Locality,
                [F.Issuer.PlaceName.Key] = issuer.PlaceName,
                [V.UnitName] = issuer.UnitName,
                [V.Reporter] = Reporter(data),
            },
            [F.Root.Document.Key] = new ViewObject(data.Document)
            {
                [F.Document.Number.Key] = data.Document.Number,
                [F.Document.Date.Key] = new ViewDate(data.Document.Date),
                [F.Document.Subject.Key] = data.Document.Subject,
                [F.Document.IsDraft.Key] = data.Document.IsDraft,
                [F.Document.GuidingDocuments.Key] = data.Document.GuidingDocuments.ToList(),
            },
            [F.Root.Period.Key] = new ViewObject(data.Reporting)
            {
                [F.Period.Year.Key] = data.Reporting.Period.Year,
                [F.Period.Quarter.Key] = data.Reporting.Period.Quarter,
                [F.Period.Style.Key] = F.Period.Style.Choice.KeyOf(data.Reporting.Style),
                [F.Period.YearTheme.Key] = data.Reporting.YearTheme,
                [V.PeriodName] = new ViewPeriod(data.Reporting.Period, data.Reporting.Style),
            },
            [F.Root.Results.Key] = Numbered(data.Results, Domain),
            [F.Root.Assessment.Key] = new ViewObject(data.Assessment)
            {
                [F.Assessment.Strengths.Key] = data.Assessment.Strengths.ToList(),
                [F.Assessment.Limitations.Key] = data.Assessment.Limitations.ToList(),
                [F.Assessment.Causes.Key] = data.Assessment.Causes.ToList(),
                [V.HasContent] = data.Assessment.Strengths.Count + data.Assessment.Limitations.Count + data.Assessment.Causes.Count > 0,
                // Its section number follows the domains'.
                [V.Number] = data.Results.Count + 1,
            },
            [F.Root.Tasks.Key] = Numbered(data.Tasks, Task),
            [F.Root.Proposals.Key] = data.Proposals.ToList(),
            [F.Root.Meeting.Key] = data.Meeting is { } meeting ? Meeting(meeting) : null,
            [F.Root.Article.Key] = Article(data),
            [F.Root.Signature.Key] = new ViewObject(data.Signature)
            {
                [F.Signature.OnBehalfOf.Key] = data.Signature.OnBehalfOf,
                [F.Signature.Position.Key] = data.Signature.Position,
                [F.Signature.FullName.Key] = data.Signature.FullName,
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
        [F.Meeting.Name.Key] = m.Name,
        [F.Meeting.Kind.Key] = F.Meeting.Kind.Choice.KeyOf(m.Kind),
        [F.Meeting.Date.Key] = new ViewDate(m.Date),
        [F.Meeting.StartTime.Key] = m.StartTime is { } t ? new ViewTime(t) : null,
        [F.Meeting.Place.Key] = m.Place,
        [F.Meeting.Format.Key] = F.Meeting.Format.Choice.KeyOf(m.Format),
        // One flag per remote format, named like its key: {{#if hoi_nghi.truc_tuyen}}.
        [F.Meeting.Format.Choice.KeyOf(MeetingFormat.Online)] = m.Format == MeetingFormat.Online,
        [F.Meeting.Format.Choice.KeyOf(MeetingFormat.Mixed)] = m.Format == MeetingFormat.Mixed,
        [F.Meeting.ConnectionPoints.Key] = m.ConnectionPoints,
        [F.Meeting.Chairs.Key] = m.Chairs.Select(Person).ToList(),
        [V.ManyChairs] = m.Chairs.Count > 1,
        [F.Meeting.Guests.Key] = m.Guests.Select(Person).ToList(),
        [F.Meeting.Attendees.Key] = m.Attendees.ToList(),
        [F.Meeting.Speeches.Key] = m.Speeches.Select(Speech).ToList(),
        [F.Meeting.Adopted.Key] = m.Adopted.ToList(),
        [F.Meeting.Closing.Key] = m.Closing is { } c ? Closing(c) : null,
    };

    private static ViewObject Person(Person p) => new(p)
    {
        [F.Person.FullName.Key] = p.FullName,
        [F.Person.Title.Key] = p.Title,
    };

    private static ViewObject Speech(Speech s) => new(s)
    {
        [F.Speech.FullName.Key] = s.Speaker.FullName,
        [F.Speech.Title.Key] = s.Speaker.Title,
        [F.Speech.Summary.Key] = s.Summary,
    };

    private static ViewObject Closing(ClosingRemarks c) => new(c)
    {
        [F.Closing.FullName.Key] = c.Speaker.FullName,
        [F.Closing.Title.Key] = c.Speaker.Title,
        [F.Closing.Points.Key] = c.Points.ToList(),
    };

    private static ViewObject Article(ReportData data) => new(data.Article)
    {
        [F.Article.Category.Key] = data.Article?.Category,
        [F.Article.Title.Key] = data.Article?.Title,
        [F.Article.Author.Key] = data.Article?.Author,
        [F.Article.AuthorUnit.Key] = data.Article?.AuthorUnit,
    };

    private static List<ViewObject> Numbered<T>(IReadOnlyList<T> items, Func<T, int, ViewObject> view) =>
        items.Select((item, i) => view(item, i + 1)).ToList();

    private static ViewObject Domain(Domain domain, int number) => new(domain)
    {
        [V.Number] = number,
        [F.Domain.Title.Key] = domain.Title,
        [F.Domain.Statements.Key] = domain.Statements.ToList(),
        [F.Domain.Figures.Key] = Numbered(domain.Figures, Figure),
        [F.Domain.ShowFigureTable.Key] = domain.ShowFigureTable && domain.Figures.Count > 0,
        [F.Domain.Children.Key] = Numbered(domain.Children, Domain),
        // The news article cites a domain's first few figures (its own, then its sub-domains'), in the report's words.
        [V.HighlightFigures] = Numbered(domain.Figures.Concat(domain.Children.SelectMany(c => c.Figures)).Take(ArticleFiguresPerDomain).ToList(), Figure),
    };

    public const int ArticleFiguresPerDomain = 3;

    private static ViewObject Figure(Figure figure, int number) => new(figure)
    {
        [V.Number] = number,
        [F.Figure.Name.Key] = figure.Name,
        [F.Figure.Unit.Key] = figure.Unit,
        [F.Figure.Value.Key] = new ViewNumber(figure.Value),
        [F.Figure.Plans.Key] = figure.Plans.Select(Plan).ToList(),
        [F.Figure.SamePeriod.Key] = figure.SamePeriod is { } s ? new ViewNumber(s) : null,
        [F.Figure.Whole.Key] = figure.Whole is { } w ? new ViewNumber(w) : null,
        [F.Figure.Verb.Key] = figure.Verb,
        [F.Figure.Note.Key] = figure.Note,
    };

    private static ViewObject Plan(PlanTarget plan) => new(plan)
    {
        [F.Plan.Label.Key] = plan.Label,
        [F.Plan.Value.Key] = new ViewNumber(plan.Value),
    };

    private static ViewObject Task(TaskItem task, int number) => new(task)
    {
        [V.Number] = number,
        [F.Task.Text.Key] = task.Text,
        [F.Task.Lead.Key] = task.Lead,
        [F.Task.Deadline.Key] = task.Deadline is { } d ? new ViewDeadline(d) : null,
        [F.Task.IsBreakthrough.Key] = task.IsBreakthrough,
    };
}
