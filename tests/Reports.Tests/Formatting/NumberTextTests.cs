using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class NumberTextTests
{
    private static decimal D(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("3015", "3015")]
    [InlineData("  42 ", "42")]
    [InlineData("-17", "-17")]
    [InlineData("007", "7")]
    [InlineData("187.5", "187.5")]
    [InlineData("187,5", "187.5")]
    [InlineData("0.09", "0.09")]
    [InlineData("12,3456", "12.3456")]
    [InlineData("0.250", "0.25")]
    [InlineData("0,250", "0.25")]
    [InlineData("1234.567", "1234.567")]
    [InlineData("01.250", "1.25")]
    [InlineData("1.250.000", "1250000")]
    [InlineData("1,250,000", "1250000")]
    [InlineData("-1.250.000", "-1250000")]
    [InlineData("7.396,54", "7396.54")]
    [InlineData("7,396.54", "7396.54")]
    [InlineData("1.234.567,891", "1234567.891")]
    [InlineData("1,250.000", "1250")]
    [InlineData("-7.396,54", "-7396.54")]
    public void Reads_one_value(string raw, string expected)
    {
        NumberReading reading = NumberText.Read(raw);
        Assert.Equal(NumberReadingKind.Ok, reading.Kind);
        Assert.Equal(D(expected), reading.Value);
        Assert.Equal(NumberTextProblem.None, reading.Problem);
    }

    [Theory]
    [InlineData("1.250", "1250", "1.25")]
    [InlineData("1,250", "1250", "1.25")]
    [InlineData("12.500", "12500", "12.5")]
    [InlineData("123.456", "123456", "123.456")]
    [InlineData("-1.250", "-1250", "-1.25")]
    public void Reports_both_readings_when_ambiguous(string raw, string asThousands, string asDecimal)
    {
        NumberReading reading = NumberText.Read(raw);
        Assert.Equal(NumberReadingKind.Ambiguous, reading.Kind);
        Assert.Equal(D(asThousands), reading.AsThousands);
        Assert.Equal(D(asDecimal), reading.AsDecimal);
        Assert.Throws<InvalidOperationException>(() => reading.Value);
    }

    [Theory]
    [InlineData("", NumberTextProblem.Empty)]
    [InlineData("   ", NumberTextProblem.Empty)]
    [InlineData(null, NumberTextProblem.Empty)]
    [InlineData("-", NumberTextProblem.Empty)]
    [InlineData("abc", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("12 ha", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("1 000", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("1e3", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("1_000", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("0x1F", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("+5", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("--5", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("5-", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("35%", NumberTextProblem.UnexpectedCharacter)]
    [InlineData("١٢", NumberTextProblem.UnexpectedCharacter)]
    [InlineData(".5", NumberTextProblem.SeparatorAtEdge)]
    [InlineData("5.", NumberTextProblem.SeparatorAtEdge)]
    [InlineData("-,5", NumberTextProblem.SeparatorAtEdge)]
    [InlineData("1.25.000", NumberTextProblem.MalformedGroups)]
    [InlineData("1.2,5", NumberTextProblem.MalformedGroups)]
    [InlineData("1..2", NumberTextProblem.MalformedGroups)]
    [InlineData("1,.5", NumberTextProblem.MalformedGroups)]
    [InlineData("1234.567.000", NumberTextProblem.MalformedGroups)]
    [InlineData("0.250.000", NumberTextProblem.MalformedGroups)]
    [InlineData("1.250.00", NumberTextProblem.MalformedGroups)]
    [InlineData("1,234.567,8", NumberTextProblem.MalformedGroups)]
    [InlineData("1.234,567.8", NumberTextProblem.MalformedGroups)]
    [InlineData("99999999999999999999999999999999", NumberTextProblem.TooLarge)]
    public void Rejects_with_a_reason(string? raw, NumberTextProblem problem)
    {
        NumberReading reading = NumberText.Read(raw);
        Assert.Equal(NumberReadingKind.Invalid, reading.Kind);
        Assert.Equal(problem, reading.Problem);
        Assert.Throws<InvalidOperationException>(() => reading.Value);
    }

    [Fact]
    public void Readings_compare_by_value() =>
        Assert.Equal(NumberReading.Ambiguous(1250m, 1.25m), NumberText.Read("1.250"));

    [Fact]
    public void Reads_back_what_VietnameseNumber_writes() =>
        Prop.ForAll(Generators.Decimals, Generators.MaxDecimals, (x, d) =>
            {
                decimal shown = Math.Round(x, d, MidpointRounding.AwayFromZero);
                NumberReading reading = NumberText.Read(VietnameseNumber.Format(x, d));
                return reading.Kind switch
                {
                    NumberReadingKind.Ok => reading.Value == shown,
                    // Format's "." is always thousands, so that reading must be the one.
                    NumberReadingKind.Ambiguous => reading.AsThousands == shown,
                    _ => false,
                };
            })
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Reads_plain_invariant_decimals_unless_three_decimals() =>
        Prop.ForAll(Generators.Decimals, x =>
            {
                string typed = x.ToString(CultureInfo.InvariantCulture);
                NumberReading reading = NumberText.Read(typed);
                return reading.Kind == NumberReadingKind.Ok ? reading.Value == x
                    : reading.Kind == NumberReadingKind.Ambiguous && reading.AsDecimal == x;
            })
            .QuickCheckThrowOnFailure();
}
