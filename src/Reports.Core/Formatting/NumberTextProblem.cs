namespace Reports.Core.Formatting;

/// <summary>Why typed text is not a number. A code, not a message: messages are localised elsewhere.</summary>
public enum NumberTextProblem
{
    /// <summary>The text was read (Ok or Ambiguous).</summary>
    None,

    /// <summary>Nothing but white space, or a lone "-".</summary>
    Empty,

    /// <summary>A character other than digits, "." and "," (letters, spaces, "_", "e", a second "-").</summary>
    UnexpectedCharacter,

    /// <summary>A separator first or last: ".5", "5.", "-,5".</summary>
    SeparatorAtEdge,

    /// <summary>Thousands groups that are not 1-3 digits then exactly 3 ("1.25.000", "1.2,5", "1..2").</summary>
    MalformedGroups,

    /// <summary>Beyond what <see cref="decimal"/> holds.</summary>
    TooLarge,
}
