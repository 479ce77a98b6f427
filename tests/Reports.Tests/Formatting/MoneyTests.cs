using System.Globalization;
using System.Text;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class MoneyTests
{
    private static decimal D(string invariant) => decimal.Parse(invariant, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("đồng", MoneyUnit.Dong)]
    [InlineData("nghìn đồng", MoneyUnit.ThousandDong)]
    [InlineData("ngàn đồng", MoneyUnit.ThousandDong)]
    [InlineData("triệu đồng", MoneyUnit.MillionDong)]
    [InlineData("tỷ đồng", MoneyUnit.BillionDong)]
    [InlineData("tỉ đồng", MoneyUnit.BillionDong)]
    [InlineData("Tỷ Đồng", MoneyUnit.BillionDong)]
    [InlineData("TRIỆU ĐỒNG", MoneyUnit.MillionDong)]
    [InlineData("  triệu   đồng ", MoneyUnit.MillionDong)]
    public void Reads_unit_names(string text, MoneyUnit expected)
    {
        Assert.True(MoneyUnits.TryParse(text, out MoneyUnit unit));
        Assert.Equal(expected, unit);
    }

    [Fact]
    public void Reads_decomposed_unit_names()
    {
        string decomposed = "tỷ đồng".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("tỷ đồng", decomposed);
        Assert.True(MoneyUnits.TryParse(decomposed, out MoneyUnit unit));
        Assert.Equal(MoneyUnit.BillionDong, unit);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("triệu")]
    [InlineData("USD")]
    [InlineData("ha")]
    [InlineData("trieu dong")]
    public void Rejects_other_units(string? text) => Assert.False(MoneyUnits.TryParse(text, out _));

    [Theory]
    [InlineData(MoneyUnit.Dong, "đồng")]
    [InlineData(MoneyUnit.ThousandDong, "nghìn đồng")]
    [InlineData(MoneyUnit.MillionDong, "triệu đồng")]
    [InlineData(MoneyUnit.BillionDong, "tỷ đồng")]
    public void Names_units(MoneyUnit unit, string name)
    {
        Assert.Equal(name, MoneyUnits.Name(unit));
        Assert.True(MoneyUnits.TryParse(name, out MoneyUnit back));
        Assert.Equal(unit, back);
    }

    [Theory]
    [InlineData("13752", MoneyUnit.MillionDong, "13 tỷ 752 triệu đồng")]
    [InlineData("1250", MoneyUnit.BillionDong, "1.250 tỷ đồng")]
    [InlineData("752", MoneyUnit.MillionDong, "752 triệu đồng")]
    [InlineData("13", MoneyUnit.BillionDong, "13 tỷ đồng")]
    [InlineData("13000", MoneyUnit.MillionDong, "13 tỷ đồng")]
    [InlineData("13752.5", MoneyUnit.MillionDong, "13 tỷ 752 triệu 500 nghìn đồng")]
    [InlineData("13752.50025", MoneyUnit.MillionDong, "13 tỷ 752 triệu 500 nghìn 250 đồng")]
    [InlineData("13.7525", MoneyUnit.BillionDong, "13 tỷ 752 triệu 500 nghìn đồng")]
    [InlineData("13000.5", MoneyUnit.MillionDong, "13 tỷ 500 nghìn đồng")]
    [InlineData("250", MoneyUnit.Dong, "250 đồng")]
    [InlineData("1500", MoneyUnit.ThousandDong, "1 triệu 500 nghìn đồng")]
    [InlineData("0.2506", MoneyUnit.ThousandDong, "251 đồng")]
    [InlineData("0", MoneyUnit.MillionDong, "0 đồng")]
    [InlineData("-752", MoneyUnit.MillionDong, "-752 triệu đồng")]
    public void Spells_by_units(string amount, MoneyUnit unit, string expected) =>
        Assert.Equal(expected, Money.Spelled(D(amount), unit));

    [Theory]
    [InlineData("13752", MoneyUnit.MillionDong, "13,75 tỷ đồng")]
    [InlineData("752", MoneyUnit.MillionDong, "752 triệu đồng")]
    [InlineData("1250", MoneyUnit.BillionDong, "1.250 tỷ đồng")]
    [InlineData("0.752", MoneyUnit.BillionDong, "752 triệu đồng")]
    [InlineData("13755", MoneyUnit.MillionDong, "13,76 tỷ đồng")]
    [InlineData("996", MoneyUnit.MillionDong, "996 triệu đồng")]
    [InlineData("999.999", MoneyUnit.MillionDong, "1 tỷ đồng")]
    [InlineData("1", MoneyUnit.MillionDong, "1 triệu đồng")]
    [InlineData("250", MoneyUnit.Dong, "250 đồng")]
    [InlineData("0.5", MoneyUnit.Dong, "0,5 đồng")]
    [InlineData("0.004", MoneyUnit.Dong, "0,004 đồng")]
    [InlineData("0", MoneyUnit.BillionDong, "0 đồng")]
    [InlineData("-13752", MoneyUnit.MillionDong, "-13,75 tỷ đồng")]
    public void Shortens_to_the_largest_unit(string amount, MoneyUnit unit, string expected) =>
        Assert.Equal(expected, Money.Short(D(amount), unit));
}
