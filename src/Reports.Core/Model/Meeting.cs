using NodaTime;

namespace Reports.Core.Model;

/// <summary>
/// The meeting that adopted the report; the news article is written from it. <paramref name="ReportPresenter"/>
/// presents the report itself (trình bày báo cáo), unlike a higher-level presenter in <paramref name="Presenters"/>.
/// </summary>
public sealed record Meeting(
    string Name,
    MeetingKind Kind,
    LocalDate Date,
    LocalTime? StartTime,
    string? Place,
    MeetingFormat Format,
    int? ConnectionPoints,
    IReadOnlyList<Person> Chairs,
    IReadOnlyList<Guest> Guests,
    IReadOnlyList<HigherLevelTalk> Presenters,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<Speech> Speeches,
    IReadOnlyList<string> Adopted,
    ClosingRemarks? Closing,
    Person? ReportPresenter = null);

public enum MeetingKind
{
    /// <summary>hội nghị: a committee meeting.</summary>
    Conference,

    /// <summary>giao ban: a regular briefing.</summary>
    Briefing,

    /// <summary>quán triệt: a meeting that conveys a directive.</summary>
    Directive,
}

public enum MeetingFormat
{
    InPerson,
    Online,
    Mixed,
}

public sealed record Person(string FullName, string Title);

/// <summary>
/// A guest from the higher level who attends and directs: a person, or a body's representative written as
/// the file gives it ("chuyên viên Ban Tổ chức Thành ủy Hà Nội"); exactly one of the two is set.
/// </summary>
public sealed record Guest(Person? Person, string? Description)
{
    public static Guest Named(Person person) => new(person, null);

    public static Guest Unnamed(string description) => new(null, description);
}

/// <summary>A presenter from the higher level (báo cáo viên) and what they convey; not a guest who directs.</summary>
public sealed record HigherLevelTalk(Person Presenter, string Content);

public sealed record Speech(Person Speaker, string Summary);

public sealed record ClosingRemarks(Person Speaker, IReadOnlyList<string> Points);
