namespace Reports.Core.Formatting;

/// <summary>How a figure compares with the same period last year, as the reader will see it.</summary>
public enum ComparisonKind
{
    /// <summary>The shown percentage is 100%.</summary>
    Equal,

    /// <summary>The shown percentage is above 100%.</summary>
    Higher,

    /// <summary>The shown percentage is below 100%.</summary>
    Lower,
}
