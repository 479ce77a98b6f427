using NodaTime;
using Reports.Core.Formatting;
using Reports.Core.Loading;
using Reports.Core.Schema;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Model;

/// <summary>Builds <see cref="ReportData"/> from a tree that passed <see cref="DataFileShape"/> without errors.</summary>
internal static class ReportDataBinder
{
    public static ReportData Bind(MappingNode root, CheckedValues values)
    {
        var r = new GroupReader(root, values);
        var issuer = r.Group(F.Root.Issuer)!;
        var document = r.Group(F.Root.Document)!;
        var period = r.Group(F.Root.Period)!;
        var assessment = r.Group(F.Root.Assessment);
        var recipients = r.Group(F.Root.Recipients)!;
        var locality = issuer.Text(F.Issuer.Locality);

        var data = new ReportData(
            Regime: r.Choice(F.Root.Regime)!.Value,
            Issuer: new Issuer(
                issuer.OptionalText(F.Issuer.ParentBody),
                issuer.Text(F.Issuer.Name),
                issuer.Text(F.Issuer.Symbol),
                issuer.Choice(F.Issuer.Level)!.Value,
                locality,
                issuer.OptionalText(F.Issuer.PlaceName) ?? locality),
            Document: new DocumentInfo(
                (int?)document.OptionalValue(F.Document.Number),
                document.Value(F.Document.Date),
                document.OptionalText(F.Document.Subject),
                document.OptionalValue(F.Document.IsDraft) ?? false,
                document.Texts(F.Document.GuidingDocuments),
                (int?)document.OptionalValue(F.Document.DraftRevision)),
            Reporting: new ReportingInfo(
                new ReportingPeriod((int)period.Value(F.Period.Year), (int)period.Value(F.Period.Quarter)),
                period.Choice(F.Period.Style) ?? PeriodStyle.Cumulative,
                period.OptionalText(F.Period.YearTheme)),
            Results: r.Groups(F.Root.Results).Select(BindDomain).ToList(),
            Assessment: new Assessment(
                assessment?.Texts(F.Assessment.Strengths) ?? [],
                assessment?.Texts(F.Assessment.Limitations) ?? [],
                assessment?.Texts(F.Assessment.Causes) ?? []),
            Tasks: r.Groups(F.Root.Tasks).Select(BindTask).ToList(),
            Proposals: r.Texts(F.Root.Proposals),
            Meeting: r.Group(F.Root.Meeting) is { } m ? BindMeeting(m) : null,
            Signature: BindSignature(r.Group(F.Root.Signature)!),
            Recipients: new Recipients(recipients.Texts(F.Recipients.To), recipients.Text(F.Recipients.Archive),
                recipients.OptionalText(F.Recipients.DrafterMark), (int?)recipients.OptionalValue(F.Recipients.Copies)),
            Article: r.Group(F.Root.Article) is { } a ? BindArticle(a) : null,
            Layout: BindLayout(r.Group(F.Root.Layout)))
        {
            HasAppendix = r.OptionalValue(F.Root.Appendix) ?? false,
        };
        return data with
        {
            PreviousReference = r.OptionalText(F.Root.PreviousReport) is { } previous
                ? new PreviousReference(previous, r.LocationOf(F.Root.PreviousReport))
                : null,
            TaskReviewEntries = r.Groups(F.Root.TaskReviews).Select(t => new TaskReviewEntry(
                (int)t.Value(F.TaskReview.Number), t.Choice(F.TaskReview.Status), t.OptionalText(F.TaskReview.Note), t.Location)).ToList(),
            FigureSpots = r.Groups(F.Root.Results).SelectMany(FigureSpots).ToList(),
        };
    }

    // Same order as Chain.FigureWalk: a domain's figures, then its sub-domains'.
    private static IEnumerable<FigureSpot> FigureSpots(GroupReader d) =>
        d.Groups(F.Domain.Figures).Select(f => new FigureSpot(f.Location, f.LocationOf(F.Figure.Unit), f.LocationOf(F.Figure.AddsUp)))
            .Concat(d.Groups(F.Domain.Children).SelectMany(FigureSpots));

    private static Domain BindDomain(GroupReader d) => new(
        d.Text(F.Domain.Title),
        d.Texts(F.Domain.Statements),
        d.Groups(F.Domain.Figures).Select(BindFigure).ToList(),
        d.OptionalValue(F.Domain.ShowFigureTable) ?? false,
        d.Groups(F.Domain.Children).Select(BindDomain).ToList());

    private static Figure BindFigure(GroupReader f)
    {
        var direction = f.Choice(F.Figure.Direction) ?? Direction.HigherIsBetter;
        return new Figure(
            f.Text(F.Figure.Name),
            f.Text(F.Figure.Unit),
            f.Value(F.Figure.Value),
            f.Groups(F.Figure.Plans).Select(p => new PlanTarget(p.Text(F.Plan.Label), p.Value(F.Plan.Value))).ToList(),
            f.OptionalValue(F.Figure.SamePeriod),
            f.OptionalValue(F.Figure.Whole),
            f.OptionalText(F.Figure.Verb) ?? Figure.DefaultVerbFor(direction),
            f.OptionalText(F.Figure.Note),
            f.OptionalText(F.Figure.Code),
            direction,
            f.OptionalValue(F.Figure.Estimated) ?? false,
            f.Choice(F.Figure.WholeStyle) ?? WholeStyle.Fraction,
            f.OptionalValue(F.Figure.Previous),
            f.OptionalValue(F.Figure.Highlight) ?? false)
        {
            AddsUp = f.OptionalValue(F.Figure.AddsUp) ?? false,
        };
    }

    private static TaskItem BindTask(GroupReader t)
    {
        var deadline = t.Optional(F.Task.Deadline) switch
        {
            LocalDate date => Deadline.On(date),
            string { Length: > 0 } text => Deadline.Described(text),
            _ => null,
        };
        return new TaskItem(t.Text(F.Task.Text), t.OptionalText(F.Task.Lead), deadline, t.OptionalValue(F.Task.IsBreakthrough) ?? false);
    }

    private static Meeting BindMeeting(GroupReader m) => new(
        m.Text(F.Meeting.Name),
        m.Choice(F.Meeting.Kind) ?? MeetingKind.Conference,
        m.Value(F.Meeting.Date),
        m.OptionalValue(F.Meeting.StartTime),
        m.OptionalText(F.Meeting.Place),
        m.Choice(F.Meeting.Format) ?? MeetingFormat.InPerson,
        (int?)m.OptionalValue(F.Meeting.ConnectionPoints),
        m.Groups(F.Meeting.Chairs).Select(BindPerson).ToList(),
        m.TextsOrGroups(F.Meeting.Guests).Select(g => g.Group is { } person ? Guest.Named(BindPerson(person)) : Guest.Unnamed(g.Text!)).ToList(),
        m.Groups(F.Meeting.Presenters).Select(p => new HigherLevelTalk(new Person(p.Text(F.Presenter.FullName), p.Text(F.Presenter.Title)), p.Text(F.Presenter.Content))).ToList(),
        m.Texts(F.Meeting.Attendees),
        m.Groups(F.Meeting.Speeches).Select(s => new Speech(new Person(s.Text(F.Speech.FullName), s.Text(F.Speech.Title)), s.Text(F.Speech.Summary))).ToList(),
        m.Texts(F.Meeting.Adopted),
        m.Group(F.Meeting.Closing) is { } c
            ? new ClosingRemarks(new Person(c.Text(F.Closing.FullName), c.Text(F.Closing.Title)), c.Texts(F.Closing.Points))
            : null,
        m.Group(F.Meeting.ReportPresenter) is { } presenter ? BindPerson(presenter) : null);

    private static Person BindPerson(GroupReader p) => new(p.Text(F.Person.FullName), p.Text(F.Person.Title));

    private static Signature BindSignature(GroupReader s) => new(
        s.OptionalText(F.Signature.OnBehalfOf),
        s.Choice(F.Signature.Authority),
        s.OptionalText(F.Signature.HeadPosition),
        s.Text(F.Signature.Position),
        s.Text(F.Signature.FullName));

    private static ArticleInfo BindArticle(GroupReader a) => new(
        a.OptionalText(F.Article.Category),
        a.OptionalText(F.Article.Title),
        a.OptionalText(F.Article.Author),
        a.OptionalText(F.Article.AuthorUnit),
        a.OptionalValue(F.Article.PublishedAt),
        a.Groups(F.Article.Photos).Select(p => new Photo(p.Optional(F.Photo.File)!, p.Text(F.Photo.Caption))).ToList());

    private static LayoutOverrides BindLayout(GroupReader? l)
    {
        var margins = l?.Group(F.Layout.Margins);
        return new LayoutOverrides(
            (int?)l?.OptionalValue(F.Layout.FontSize),
            l?.OptionalValue(F.Layout.LineSpacing),
            l?.OptionalValue(F.Layout.ParagraphSpacing),
            l?.OptionalValue(F.Layout.FirstLineIndent),
            margins?.OptionalValue(F.Margins.Top),
            margins?.OptionalValue(F.Margins.Bottom),
            margins?.OptionalValue(F.Margins.Left),
            margins?.OptionalValue(F.Margins.Right),
            l?.Choice(F.Layout.Numbering));
    }
}
