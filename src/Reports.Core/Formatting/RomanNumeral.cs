using System.Text;

namespace Reports.Core.Formatting;

/// <summary>Roman numerals for section headings ("I.", "II.") and quarter names ("quý III").</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>1 → "I", 1994 → "MCMXCIV"; only 1..3999 have a standard form.</summary>
    public static string Format(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 3999);

        var text = new StringBuilder();
        foreach ((int value, string symbol) in Symbols)
        {
            for (; n >= value; n -= value)
            {
                text.Append(symbol);
            }
        }

        return text.ToString();
    }
}
