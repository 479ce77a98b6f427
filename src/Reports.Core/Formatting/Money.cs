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
        decimal dong = Math.Round(amount * MoneyUnits.InDong(unit), 0, MidpointRounding.AwayFromZero);
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
        decimal dong = amount * MoneyUnits.InDong(unit);
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
        return VietnameseNumber.Format(dong / MoneyUnits.InDong(shown)) + " " + MoneyUnits.Name(shown);
    }

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
