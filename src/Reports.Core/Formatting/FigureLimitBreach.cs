namespace Reports.Core.Formatting;

/// <summary>Why a number cannot be a report figure (see <see cref="FigureLimits"/>); validation maps it to a message.</summary>
public enum FigureLimitBreach
{
    /// <summary>Its magnitude is above <see cref="FigureLimits.MaxMagnitude"/>.</summary>
    TooLarge,

    /// <summary>It is not zero but its magnitude is below <see cref="FigureLimits.MinNonZeroMagnitude"/>.</summary>
    TooSmall,
}
