using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class PartOfWholeTests
{
    [Theory]
    [InlineData(4, 21, "xã", "4/21 xã, đạt 19%")]
    [InlineData(27, 31, "vụ", "27/31 vụ, đạt 87,1%")]
    [InlineData(21, 21, "xã", "21/21 xã (đạt 100%)")]
    [InlineData(1250, 3015, "hộ", "1.250/3.015 hộ, đạt 41,5%")]
    [InlineData(3015, 3015, "hộ", "3.015/3.015 hộ (đạt 100%)")]
    [InlineData(4, 21, "", "4/21, đạt 19%")]
    [InlineData(0, 0, "xã", "0/0 xã")]
    public void Formats(int part, int whole, string unit, string expected) =>
        Assert.Equal(expected, PartOfWhole.Format(part, whole, unit));

    [Theory]
    [InlineData(51, 56667, "hộ", "51 hộ, chiếm 0,09% tổng số hộ")]
    [InlineData(0, 56667, "hộ", "0 hộ, chiếm 0% tổng số hộ")]
    [InlineData(1, 10000000, "hộ", "1 hộ, chiếm 0,00001% tổng số hộ")]
    [InlineData(5, 0, "hộ", "5 hộ")]
    public void Share_form(int part, int whole, string unit, string expected) =>
        Assert.Equal(expected, PartOfWhole.Format(part, whole, unit, WholeStyle.Share));

    [Fact]
    public void Unequal_numbers_never_look_complete()
    {
        Assert.Equal("20,999/21 xã, đạt 99,995%", PartOfWhole.Format(20.999m, 21m, "xã"));
        Assert.Equal("9.997/10.000 hồ sơ, đạt 99,97%", PartOfWhole.Format(9997m, 10000m, "hồ sơ"));
    }
}
