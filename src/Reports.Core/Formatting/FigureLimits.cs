namespace Reports.Core.Formatting;

/// <summary>
/// The magnitudes a report's figures may have. Inside them every ratio, difference and unit conversion the
/// formatting does fits in a <see cref="decimal"/> with room to spare; outside them a number is a typo.
/// </summary>
/// <remarks>
/// 10^15 is above any figure of a local report even entered in đồng (a large city's yearly budget revenue is
/// about 5·10^14 đồng), and 10^-6 is the finest figure validation messages print (six decimals). Then the
/// largest ratio, 10^15 / 10^-6 × 100 = 10^23, and the largest conversion to đồng, 10^15 × 10^9 = 10^24, stay
/// far below decimal's 7,9·10^28, and the smallest ratio, 10^-6 / 10^15 × 100 = 10^-19, stays above its 10^-28.
/// Formatting is still total outside these limits (it never throws); it only words such numbers more coarsely.
/// </remarks>
public static class FigureLimits
{
    /// <summary>The largest magnitude a figure, plan, whole or earlier value may have: 10^15.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>The smallest magnitude a nonzero figure may have: 10^-6.</summary>
    public const decimal MinNonZeroMagnitude = 0.000001m;

    /// <summary>True when <paramref name="value"/> is zero or its magnitude lies within the limits.</summary>
    public static bool IsWithin(decimal value) => Check(value) is null;

    /// <summary>Why <paramref name="value"/> cannot be a report figure, or null when it can.</summary>
    public static FigureLimitBreach? Check(decimal value)
    {
        decimal magnitude = Math.Abs(value);
        if (magnitude > MaxMagnitude)
        {
            return FigureLimitBreach.TooLarge;
        }

        return magnitude != 0m && magnitude < MinNonZeroMagnitude ? FigureLimitBreach.TooSmall : null;
    }

    /// <summary>
    /// The reason in Vietnamese words, ready to be an argument of a located validation message
    /// ("vượt quá giới hạn 1.000.000.000.000.000 của số liệu báo cáo"), or null when the value is within the limits.
    /// </summary>
    public static string? Reason(decimal value) => Check(value) switch
    {
        FigureLimitBreach.TooLarge => "vượt quá giới hạn " + VietnameseNumber.Format(MaxMagnitude) + " của số liệu báo cáo",
        FigureLimitBreach.TooSmall => "khác 0 nhưng nhỏ hơn " + VietnameseNumber.Format(MinNonZeroMagnitude, 6) + ", giới hạn của số liệu báo cáo",
        _ => null,
    };
}
