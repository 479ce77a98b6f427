using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class PartOfWholeTests
{
    [Theory]
    [InlineData(4, 21, "xã", "4/21 xã")]
    [InlineData(21, 21, "xã", "21/21 xã (đạt 100%)")]
    [InlineData(1250, 3015, "hộ", "1.250/3.015 hộ")]
    [InlineData(3015, 3015, "hộ", "3.015/3.015 hộ (đạt 100%)")]
    [InlineData(4, 21, "", "4/21")]
    [InlineData(0, 0, "xã", "0/0 xã")]
    public void Formats(int part, int whole, string unit, string expected) =>
        Assert.Equal(expected, PartOfWhole.Format(part, whole, unit));
}
