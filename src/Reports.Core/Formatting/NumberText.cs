using System.Globalization;

namespace Reports.Core.Formatting;

/// <summary>
/// Reads numbers as office staff type them in the data file, where "." and "," are used both ways.
/// It never guesses: "1.250" could be 1250 or 1,25 and is reported as Ambiguous.
/// </summary>
public static class NumberText
{
    /// <summary>Reads one raw scalar.</summary>
    public static NumberReading Read(string? raw)
    {
        string text = raw?.Trim() ?? "";
        bool negative = text.StartsWith('-');
        string body = negative ? text[1..] : text;
        if (body.Length == 0)
        {
            return NumberReading.Invalid(NumberTextProblem.Empty);
        }

        foreach (char c in body)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ','))
            {
                return NumberReading.Invalid(NumberTextProblem.UnexpectedCharacter);
            }
        }

        if (IsSeparator(body[0]) || IsSeparator(body[^1]))
        {
            return NumberReading.Invalid(NumberTextProblem.SeparatorAtEdge);
        }

        int dots = body.Count(c => c == '.');
        int commas = body.Count(c => c == ',');

        if (dots == 0 && commas == 0)
        {
            return Number(negative, body, "");
        }

        if (dots > 0 && commas > 0)
        {
            // Both kinds: the last one is the decimal separator and may occur only once.
            int decimalAt = body.LastIndexOfAny(['.', ',']);
            char decimalSeparator = body[decimalAt];
            if (body.Count(c => c == decimalSeparator) != 1)
            {
                return NumberReading.Invalid(NumberTextProblem.MalformedGroups);
            }

            char thousandsSeparator = decimalSeparator == '.' ? ',' : '.';
            string? integerDigits = JoinGroups(body[..decimalAt], thousandsSeparator);
            return integerDigits is null
                ? NumberReading.Invalid(NumberTextProblem.MalformedGroups)
                : Number(negative, integerDigits, body[(decimalAt + 1)..]);
        }

        char separator = dots > 0 ? '.' : ',';
        if (dots + commas > 1)
        {
            // Several of the same separator can only be thousands groups.
            string? digits = JoinGroups(body, separator);
            return digits is null
                ? NumberReading.Invalid(NumberTextProblem.MalformedGroups)
                : Number(negative, digits, "");
        }

        int at = body.IndexOf(separator);
        string integerPart = body[..at];
        string fraction = body[(at + 1)..];
        if (fraction.Length == 3 && IsFirstGroup(integerPart))
        {
            NumberReading asThousands = Number(negative, integerPart + fraction, "");
            NumberReading asDecimal = Number(negative, integerPart, fraction);
            return NumberReading.Ambiguous(asThousands.Value, asDecimal.Value);
        }

        // Not three digits after it, or an integer part that cannot open a thousands group ("0.250", "1234.567").
        return Number(negative, integerPart, fraction);
    }

    private static bool IsSeparator(char c) => c is '.' or ',';

    // A leading group of a thousands-grouped number: 1-3 digits, no leading zero.
    private static bool IsFirstGroup(string group) => group.Length is >= 1 and <= 3 && group[0] != '0';

    // The digits of a well-formed thousands-grouped integer, or null. Callers pass text holding only
    // digits and this one separator.
    private static string? JoinGroups(string grouped, char separator)
    {
        string[] groups = grouped.Split(separator);
        bool wellFormed = IsFirstGroup(groups[0]) && groups.Skip(1).All(g => g.Length == 3);
        return wellFormed ? string.Concat(groups) : null;
    }

    private static NumberReading Number(bool negative, string integerDigits, string fraction)
    {
        string invariant = (negative ? "-" : "") + integerDigits + (fraction.Length > 0 ? "." + fraction : "");
        try
        {
            return NumberReading.Ok(decimal.Parse(
                invariant,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture));
        }
        catch (OverflowException)
        {
            return NumberReading.Invalid(NumberTextProblem.TooLarge);
        }
    }
}
