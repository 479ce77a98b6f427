namespace Reports.Core.Formatting;

/// <summary>A number with its unit, as a figure sentence prints it: "3.015 lao động", "93,7%", "13 tỷ 752 triệu đồng".</summary>
public static class Quantity
{
    /// <summary>True for a rate: a figure whose unit is "%" (BHYT coverage, poor-household rate).</summary>
    public static bool IsRate(string? unit) => unit?.Trim() == "%";

    /// <summary>
    /// "%" follows the number with no space ("93,7%"); money is written as a clerk reads it
    /// (<see cref="Money.Written"/>); other units follow after a space; a nonzero value never prints as "0".
    /// </summary>
    public static string Write(decimal amount, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string trimmed = unit.Trim();
        if (IsRate(trimmed))
        {
            return VietnameseNumber.FormatNonZero(amount) + "%";
        }

        if (MoneyUnits.TryParse(trimmed, out MoneyUnit money))
        {
            return Money.Written(amount, money);
        }

        string number = VietnameseNumber.FormatNonZero(amount);
        return trimmed.Length == 0 ? number : number + " " + trimmed;
    }
}
