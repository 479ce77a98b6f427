using Reports.Compose.View;
using Xunit;

namespace Reports.Tests.Compose;

public sealed class MeetingNameTests
{
    [Theory]
    [InlineData("Hội nghị giao ban trực tuyến Ủy ban nhân dân huyện 6 tháng đầu năm 2024", "hội nghị giao ban trực tuyến")]
    [InlineData("Hội nghị giao ban Ủy ban nhân dân huyện Mỹ Đức 6 tháng đầu năm 2024", "hội nghị giao ban")]
    [InlineData("Hội nghị sơ kết 6 tháng đầu năm 2024", "hội nghị sơ kết")]
    [InlineData("Hội nghị giao ban của Ủy ban nhân dân huyện Mỹ Đức", "hội nghị giao ban")]
    [InlineData("Hội nghị sơ kết công tác của Ủy ban nhân dân huyện, 6 tháng đầu năm 2024", "hội nghị sơ kết công tác")]
    [InlineData("Hội nghị giao ban của các xã", "Hội nghị giao ban của các xã")]
    [InlineData("Hội nghị Ban Chấp hành Đảng bộ huyện Mỹ Đức lần thứ 21", "hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21")]
    [InlineData("Hội nghị Ủy ban nhân dân huyện Mỹ Đức sơ kết 6 tháng đầu năm 2024", "hội nghị Ủy ban nhân dân huyện sơ kết")]
    [InlineData("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (khóa XXIV)", "Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 21 (khóa XXIV)")]
    public void The_lead_drops_the_trailing_unit_and_period_it_already_names(string name, string expected)
    {
        var data = Composed.Data("ubnd-huyen-my-duc-q2-2024.yaml");
        data = data with { Meeting = data.Meeting! with { Name = name } };
        Assert.Equal(expected, MeetingName.ForLead(data));
    }
}
