namespace Reports.Core.Formatting;

/// <summary>
/// The outcome of reading a typed number. Each value is only available for the kind that has it, so a caller
/// cannot silently use a guess for an ambiguous or invalid entry.
/// </summary>
public sealed record NumberReading
{
    private readonly decimal _value;
    private readonly decimal _asThousands;
    private readonly decimal _asDecimal;

    private NumberReading(NumberReadingKind kind, decimal value, decimal asThousands, decimal asDecimal, NumberTextProblem problem)
    {
        Kind = kind;
        _value = value;
        _asThousands = asThousands;
        _asDecimal = asDecimal;
        Problem = problem;
    }

    /// <summary>Ok, Ambiguous or Invalid.</summary>
    public NumberReadingKind Kind { get; }

    /// <summary>Why the text is Invalid; <see cref="NumberTextProblem.None"/> otherwise.</summary>
    public NumberTextProblem Problem { get; }

    /// <summary>The number read (Ok only).</summary>
    public decimal Value => Kind == NumberReadingKind.Ok ? _value : throw NotThis(NumberReadingKind.Ok);

    /// <summary>The reading with the separator as thousands: "1.250" → 1250 (Ambiguous only).</summary>
    public decimal AsThousands => Kind == NumberReadingKind.Ambiguous ? _asThousands : throw NotThis(NumberReadingKind.Ambiguous);

    /// <summary>The reading with the separator as decimal: "1.250" → 1,25 (Ambiguous only).</summary>
    public decimal AsDecimal => Kind == NumberReadingKind.Ambiguous ? _asDecimal : throw NotThis(NumberReadingKind.Ambiguous);

    /// <summary>A single, certain reading.</summary>
    public static NumberReading Ok(decimal value) =>
        new(NumberReadingKind.Ok, value, 0m, 0m, NumberTextProblem.None);

    /// <summary>Two possible readings.</summary>
    public static NumberReading Ambiguous(decimal asThousands, decimal asDecimal) =>
        new(NumberReadingKind.Ambiguous, 0m, asThousands, asDecimal, NumberTextProblem.None);

    /// <summary>No reading.</summary>
    public static NumberReading Invalid(NumberTextProblem problem)
    {
        if (problem == NumberTextProblem.None)
        {
            throw new ArgumentException("An invalid reading needs a problem.", nameof(problem));
        }

        return new(NumberReadingKind.Invalid, 0m, 0m, 0m, problem);
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        NumberReadingKind.Ok => $"Ok({_value})",
        NumberReadingKind.Ambiguous => $"Ambiguous({_asThousands} | {_asDecimal})",
        _ => $"Invalid({Problem})",
    };

    private InvalidOperationException NotThis(NumberReadingKind wanted) =>
        new($"The reading is {Kind}, not {wanted}.");
}
