using NodaTime;
using Reports.Core.Formatting;

namespace Reports.Core.Model;

/// <summary>
/// Number (absent: written in by hand), date, subject (absent: derived from the period), draft mark, and
/// the documents the report is made under (cited in its opening paragraph).
/// </summary>
public sealed record DocumentInfo(int? Number, LocalDate Date, string? Subject, bool IsDraft, IReadOnlyList<string> GuidingDocuments);

/// <summary>The period reported on and how it is named.</summary>
public sealed record ReportingInfo(ReportingPeriod Period, PeriodStyle Style, string? YearTheme);
