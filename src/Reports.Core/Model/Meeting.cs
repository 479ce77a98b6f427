using NodaTime;

namespace Reports.Core.Model;

/// <summary>The meeting that adopted the report; the news article is written from it.</summary>
public sealed record Meeting(
    string Name,
    MeetingKind Kind,
    LocalDate Date,
    LocalTime? StartTime,
    string? Place,
    MeetingFormat Format,
    int? ConnectionPoints,
    IReadOnlyList<Person> Chairs,
    IReadOnlyList<Person> Guests,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<Speech> Speeches,
    IReadOnlyList<string> Adopted,
    ClosingRemarks? Closing);

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

public sealed record Speech(Person Speaker, string Summary);

public sealed record ClosingRemarks(Person Speaker, IReadOnlyList<string> Points);
