using NodaTime;
using Reports.Core.Formatting;

namespace Reports.Core.Model;

/// <summary>
/// Number (absent: written in by hand), date, subject (absent: derived from the period), draft mark, and
/// the documents the report is made under (cited in its opening paragraph). A draft's revision (2 for
/// "Dự thảo lần 2") is printed under its mark.
/// </summary>
public sealed record DocumentInfo(int? Number, LocalDate Date, string? Subject, bool IsDraft, IReadOnlyList<string> GuidingDocuments,
    int? DraftRevision = null);

/// <summary>The period reported on and how it is named.</summary>
public sealed record ReportingInfo(ReportingPeriod Period, PeriodStyle Style, string? YearTheme);
