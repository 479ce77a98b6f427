using Reports.Core.Formatting;

namespace Reports.Core.Model;

/// <summary>A domain of results ("Phát triển kinh tế"), with at most one level of sub-domains.</summary>
public sealed record Domain(
    string Title,
    IReadOnlyList<string> Statements,
    IReadOnlyList<Figure> Figures,
    bool ShowFigureTable,
    IReadOnlyList<Domain> Children);

/// <summary>A figure the generator turns into a sentence: value, plans, same period last year, whole.</summary>
public sealed record Figure(
    string Name,
    string Unit,
    decimal Value,
    IReadOnlyList<PlanTarget> Plans,
    decimal? SamePeriod,
    decimal? Whole,
    string Verb,
    string? Note)
{
    public const string DefaultVerb = "đạt";

    public FigureFacts Facts => new(Value, Unit, Plans, SamePeriod, Whole, Verb);
}

/// <summary>Strengths, limitations and their causes (đánh giá chung).</summary>
public sealed record Assessment(
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Limitations,
    IReadOnlyList<string> Causes);
