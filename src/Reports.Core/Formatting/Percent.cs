namespace Reports.Core.Formatting;

/// <summary>Percentages as reports print them: one decimal, two below 1, no trailing ",0" ("35%", "93,7%", "0,09%").</summary>
public static class Percent
{
    /// <summary>part / whole × 100 at full precision. Callers validate data first, so a zero whole is a bug.</summary>
    public static decimal Of(decimal part, decimal whole)
    {
        if (whole == 0m)
        {
            throw new ArgumentException("A percentage of zero is undefined.", nameof(whole));
        }

        return part / whole * 100m;
    }

    /// <summary>
    /// The value <see cref="Format"/> shows, so callers can compare what the reader will see
    /// (e.g. 99,96% is shown as 100%).
    /// </summary>
    public static decimal Round(decimal percent)
    {
        // Below 1% one decimal would read as "0%" or "0,1%", so small shares keep two.
        int decimals = Math.Abs(percent) < 1m ? 2 : 1;
        decimal rounded = Math.Round(percent, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded;
    }

    /// <summary>"35%", "93,7%", "0,09%", "112,5%".</summary>
    public static string Format(decimal percent) => VietnameseNumber.Format(Round(percent)) + "%";
}
