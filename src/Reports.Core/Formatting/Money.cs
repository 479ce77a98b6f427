namespace Reports.Core.Formatting;

/// <summary>The two ways reports write an amount of money: spelled by units, or short in one unit.</summary>
public static class Money
{
    // Largest first: the order in which parts are written.
    private static readonly MoneyUnit[] LargestFirst =
        [MoneyUnit.BillionDong, MoneyUnit.MillionDong, MoneyUnit.ThousandDong, MoneyUnit.Dong];

    /// <summary>
    /// "13 tỷ 752 triệu 500 nghìn 250 đồng": every non-zero unit, exact to the đồng (rounded there),
    /// the word "đồng" written once at the end.
    /// </summary>
    public static string Spelled(decimal amount, MoneyUnit unit)
    {
        // An amount too large to count in đồng (far outside FigureLimits) stays in the unit it was entered in.
        if (!SafeArithmetic.TryMultiply(amount, MoneyUnits.InDong(unit), out decimal exact))
        {
            return InEnteredUnit(amount, unit);
        }

        decimal dong = Math.Round(exact, 0, MidpointRounding.AwayFromZero);
        if (dong == 0m)
        {
            return "0 đồng";
        }

        var parts = new List<string>(LargestFirst.Length + 1);
        decimal rest = Math.Abs(dong);
        foreach (MoneyUnit part in LargestFirst)
        {
            decimal size = MoneyUnits.InDong(part);
            // The largest unit takes everything above it, so 1250 tỷ stays "1.250 tỷ".
            decimal count = decimal.Truncate(rest / size);
            rest -= count * size;
            if (count != 0m)
            {
                parts.Add(VietnameseNumber.Format(count) + Word(part));
            }
        }

        parts.Add("đồng");
        return (dong < 0m ? "-" : "") + string.Join(' ', parts);
    }

    /// <summary>
    /// "13,75 tỷ đồng": the largest unit in which the amount is at least 1, with up to 2 decimals.
    /// </summary>
    public static string Short(decimal amount, MoneyUnit unit)
    {
        if (!SafeArithmetic.TryMultiply(amount, MoneyUnits.InDong(unit), out decimal dong))
        {
            return InEnteredUnit(amount, unit);
        }

        int chosen = Array.FindIndex(LargestFirst, u => Math.Abs(dong) >= MoneyUnits.InDong(u));
        if (chosen < 0)
        {
            chosen = LargestFirst.Length - 1;
        }

        // 999,999 triệu would print as "1.000 triệu"; the next unit up says it better.
        if (chosen > 0 && Math.Abs(Rounded(dong, LargestFirst[chosen])) >= 1000m)
        {
            chosen--;
        }

        MoneyUnit shown = LargestFirst[chosen];
        // A nonzero amount below one đồng still does not read "0".
        return VietnameseNumber.FormatNonZero(dong / MoneyUnits.InDong(shown)) + " " + MoneyUnits.Name(shown);
    }

    /// <summary>
    /// An amount the way a clerk reads it in a figure sentence: triệu đồng from 1.000 up is spelled by units
    /// ("13 tỷ 752 triệu đồng"); tỷ đồng below 1 is spelled in smaller units ("900 triệu đồng", 0,004 → "4 triệu
    /// đồng"); everything else stays in the entered unit ("1.250 tỷ đồng", "1.250,3 tỷ đồng", "752 triệu đồng").
    /// A nonzero amount never reads "0": below one đồng it stays in the entered unit with its significant digits.
    /// </summary>
    public static string Written(decimal amount, MoneyUnit unit)
    {
        decimal magnitude = Math.Abs(amount);
        bool spell = amount != 0m
            && ((unit == MoneyUnit.MillionDong && magnitude >= 1_000m)
                || (unit == MoneyUnit.BillionDong && magnitude < 1m));
        if (spell && SafeArithmetic.TryMultiply(amount, MoneyUnits.InDong(unit), out decimal dong)
            && Math.Round(dong, 0, MidpointRounding.AwayFromZero) != 0m)
        {
            return Spelled(amount, unit);
        }

        return InEnteredUnit(amount, unit);
    }

    // "187,5 tỷ đồng"; significant digits keep a nonzero amount from reading "0".
    private static string InEnteredUnit(decimal amount, MoneyUnit unit) =>
        VietnameseNumber.FormatNonZero(amount) + " " + MoneyUnits.Name(unit);

    private static decimal Rounded(decimal dong, MoneyUnit unit) =>
        Math.Round(dong / MoneyUnits.InDong(unit), 2, MidpointRounding.AwayFromZero);

    // The unit word after a count; đồng itself is written once, at the end.
    private static string Word(MoneyUnit unit) => unit switch
    {
        MoneyUnit.ThousandDong => " nghìn",
        MoneyUnit.MillionDong => " triệu",
        MoneyUnit.BillionDong => " tỷ",
        _ => "",
    };
}
