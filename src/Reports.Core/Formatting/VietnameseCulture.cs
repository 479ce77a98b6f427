using System.Globalization;

namespace Reports.Core.Formatting;

/// <summary>
/// The culture templates and casing run under. Built from the invariant culture rather than asked of the
/// machine: under DOTNET_SYSTEM_GLOBALIZATION_INVARIANT (common in container images) "vi-VN" does not exist,
/// and with ICU its data may change between versions. Vietnamese casing has no special rules (unlike
/// Turkish), so invariant casing gives "Đ", "Ư", "Ơ" exactly; only the number separators differ.
/// </summary>
public static class VietnameseCulture
{
    public static CultureInfo Instance { get; } = Create();

    private static CultureInfo Create()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = ".";
        numbers.CurrencyDecimalSeparator = ",";
        numbers.CurrencyGroupSeparator = ".";
        numbers.CurrencySymbol = "₫";
        return CultureInfo.ReadOnly(culture);
    }

    /// <summary>Upper case of one character, the same with or without ICU.</summary>
    public static char ToUpper(char c) => char.ToUpperInvariant(c);

    /// <summary>Lower case of one character, the same with or without ICU.</summary>
    public static char ToLower(char c) => char.ToLowerInvariant(c);
}
