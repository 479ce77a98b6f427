namespace Reports.Core.Formatting;

/// <summary>How a typed number was understood.</summary>
public enum NumberReadingKind
{
    /// <summary>One reading only.</summary>
    Ok,

    /// <summary>"1.250": thousands (1250) or decimal (1,25); the data file must say which.</summary>
    Ambiguous,

    /// <summary>Not a number in any of the forms staff type.</summary>
    Invalid,
}
