namespace Reports.Core.Formatting;

/// <summary>
/// Decimal arithmetic that reports failure instead of throwing. Decimal always throws OverflowException
/// (checked or not) and silently underflows to 0; formatting must be total for any input, so every ratio and
/// difference goes through here and a failure makes the caller word the figure without that number.
/// </summary>
internal static class SafeArithmetic
{
    /// <summary>a / b; false for b = 0, overflow, or a nonzero quotient lost to underflow.</summary>
    public static bool TryDivide(decimal a, decimal b, out decimal quotient)
    {
        quotient = 0m;
        if (b == 0m)
        {
            return false;
        }

        try
        {
            quotient = a / b;
        }
        catch (OverflowException)
        {
            return false;
        }

        return quotient != 0m || a == 0m;
    }

    /// <summary>a × b; false on overflow or a nonzero product lost to underflow.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0m;
        try
        {
            product = a * b;
        }
        catch (OverflowException)
        {
            return false;
        }

        return product != 0m || a == 0m || b == 0m;
    }

    /// <summary>a − b; false on overflow.</summary>
    public static bool TrySubtract(decimal a, decimal b, out decimal difference)
    {
        difference = 0m;
        try
        {
            difference = a - b;
        }
        catch (OverflowException)
        {
            return false;
        }

        return true;
    }

    /// <summary>
    /// Rounds away from zero to <paramref name="decimals"/> places, then adds places until the shown value does
    /// not claim what the value is not: a nonzero value never shows as 0, and a value never shows as one of
    /// <paramref name="forbidden"/> unless it is exactly that value. Terminates: at 28 places a decimal is exact.
    /// </summary>
    public static decimal RoundApart(decimal value, int decimals, ReadOnlySpan<decimal> forbidden)
    {
        for (int places = Math.Clamp(decimals, 0, 28); ; places++)
        {
            decimal rounded = Math.Round(value, places, MidpointRounding.AwayFromZero);
            bool misleading = rounded != value && (rounded == 0m || forbidden.Contains(rounded));
            if (!misleading || places >= 28)
            {
                return rounded == 0m ? 0m : rounded;
            }
        }
    }
}
