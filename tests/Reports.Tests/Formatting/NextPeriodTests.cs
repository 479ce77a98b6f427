using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public sealed class NextPeriodTests
{
    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "quý II/2024", 2024)]
    [InlineData(2, PeriodStyle.Quarter, "quý III/2024", 2024)]
    [InlineData(2, PeriodStyle.Cumulative, "6 tháng cuối năm 2024", 2024)]
    [InlineData(3, PeriodStyle.Cumulative, "quý IV/2024", 2024)]
    [InlineData(4, PeriodStyle.Quarter, null, 2025)]
    [InlineData(4, PeriodStyle.Cumulative, null, 2025)]
    public void Short_name_and_year(int quarter, PeriodStyle style, string? shortName, int year)
    {
        var period = new ReportingPeriod(2024, quarter);
        var name = period.NextShortName(style);
        // After Q4 the name follows ReportingPeriod.NextName (another change may name the quarter); only its year is fixed here.
        if (shortName is null) Assert.True(name.EndsWith("2025", StringComparison.Ordinal) && !name.Contains("2024", StringComparison.Ordinal), name);
        else Assert.Equal(shortName, name);
        Assert.Equal(year, period.NextYear);
    }
}

public sealed class ProperNameStartTests
{
    [Theory]
    [InlineData("Ủy ban nhân dân xã khẩn trương", true)]
    [InlineData("Nghị quyết số 71-NQ/TW", true)]
    [InlineData("Đảng ủy xã", true)]
    [InlineData("Đảng viên mới", false)]
    [InlineData("Phòng, chống thiên tai", false)]
    [InlineData("Các chi bộ tổ chức quán triệt", false)]
    [InlineData("Tập trung đấu giá", false)]
    public void A_body_or_a_document_keeps_its_capital(string text, bool keeps) =>
        Assert.Equal(keeps, ProperNameStart.Matches(text));
}
