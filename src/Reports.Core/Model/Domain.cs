using Reports.Core.Formatting;

namespace Reports.Core.Model;

/// <summary>A domain of results ("Phát triển kinh tế"), with at most one level of sub-domains.</summary>
/// <param name="Statements">The statements as written; "[code]" in them places a figure (see <see cref="ParsedStatements"/>).</param>
public sealed record Domain(
    string Title,
    IReadOnlyList<string> Statements,
    IReadOnlyList<Figure> Figures,
    bool ShowFigureTable,
    IReadOnlyList<Domain> Children)
{
    /// <summary>
    /// The statements split into literal text and figure references, for composition to write each
    /// reference as its figure's clause (<see cref="FigureByCode"/>). Validation guarantees every reference
    /// names a figure of this domain.
    /// </summary>
    public IReadOnlyList<Statement> ParsedStatements => Statements.Select(StatementParser.Parse).ToList();

    /// <summary>The codes of this domain's figures that some statement places; written there, and not again after the statements.</summary>
    public IReadOnlySet<string> PlacedFigureCodes =>
        ParsedStatements.SelectMany(s => s.FigureCodes).ToHashSet(StringComparer.Ordinal);

    /// <summary>The figures no statement places, in file order: those composition still writes after the statements.</summary>
    public IReadOnlyList<Figure> UnplacedFigures
    {
        get
        {
            var placed = PlacedFigureCodes;
            return Figures.Where(f => f.Code is null || !placed.Contains(f.Code)).ToList();
        }
    }

    /// <summary>This domain's figure with <paramref name="code"/>, or null.</summary>
    public Figure? FigureByCode(string code) => Figures.FirstOrDefault(f => f.Code == code);
}

/// <summary>
/// A figure the generator turns into a sentence: value, plans, same period last year, previous period, whole,
/// and how to word them (<see cref="Direction"/>, <see cref="Estimated"/>, <see cref="WholeStyle"/>).
/// </summary>
/// <param name="Code">The figure's code (<c>ma</c>), unique in the file: its identity across files and its name in statements.</param>
public sealed record Figure(
    string Name,
    string Unit,
    decimal Value,
    IReadOnlyList<PlanTarget> Plans,
    decimal? SamePeriod,
    decimal? Whole,
    string Verb,
    string? Note,
    string? Code = null,
    Direction Direction = Direction.HigherIsBetter,
    bool Estimated = false,
    WholeStyle WholeStyle = WholeStyle.Fraction,
    decimal? Previous = null,
    bool Highlight = false)
{
    public const string DefaultVerb = "đạt";

    /// <summary>A flow that adds up over the year (<c>cong_don: true</c>): revenue, disbursement, new members.</summary>
    public bool AddsUp { get; init; }

    /// <summary>
    /// Lũy kế: from 1 January to the end of this period, for a figure that adds up. A cumulative-style report's
    /// own value; in a quarter-style report this quarter plus the earlier ones the <c>bao_cao_truoc</c> chain
    /// holds. Null when not known (no chain back to Q1) or the figure does not add up.
    /// </summary>
    public decimal? YearToDate { get; init; }

    /// <summary>
    /// This quarter's own value, for a figure that adds up: a quarter-style report's value; in a cumulative-style
    /// report the value less the previous report's lũy kế. Null when not known.
    /// </summary>
    public decimal? QuarterValue { get; init; }

    /// <summary>
    /// The other span of a figure that adds up, for the clause to name beside the value: the quarter's own in a
    /// cumulative-style report ("riêng quý II"), the year so far in a quarter-style one ("lũy kế 9 tháng").
    /// </summary>
    public Formatting.SpanValue? OtherSpan { get; init; }

    /// <summary>What <see cref="Previous"/> is called after "so với": "quý trước", "6 tháng đầu năm" (see PreviousPeriod).</summary>
    public string PreviousLabel { get; init; } = Formatting.PreviousPeriod.QuarterBefore;

    /// <summary>"đạt" for a figure where more is better; a count where less is better is stated ("là 31 vụ").</summary>
    public static string DefaultVerbFor(Direction direction) =>
        direction == Direction.LowerIsBetter ? Formatting.FigureClause.StatedVerb : DefaultVerb;

    public FigureFacts Facts => new(Value, Unit, Plans, SamePeriod, Whole, Verb)
    {
        Direction = Direction,
        Estimated = Estimated,
        WholeStyle = WholeStyle,
        Previous = Previous,
        PreviousLabel = PreviousLabel,
        OtherSpan = OtherSpan,
    };
}

/// <summary>Strengths, limitations and their causes (đánh giá chung).</summary>
public sealed record Assessment(
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Limitations,
    IReadOnlyList<string> Causes);
