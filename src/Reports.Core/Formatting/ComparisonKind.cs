namespace Reports.Core.Formatting;

/// <summary>How a value compares with an earlier one, on the exact numbers (the wording never contradicts it).</summary>
public enum ComparisonKind
{
    /// <summary>The values are equal.</summary>
    Equal,

    /// <summary>The value is above the earlier one.</summary>
    Higher,

    /// <summary>The value is below the earlier one.</summary>
    Lower,
}
