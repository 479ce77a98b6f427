using Reports.Compose;
using Reports.Compose.View;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>A quán triệt article's headline names what was studied when the meeting's name says it.</summary>
public sealed class DirectiveHeadlineTests
{
    private const string Fixture = "dang-uy-xa-o-dien-q3-2025.yaml"; // a quán triệt meeting

    private static string Headline(string meetingName)
    {
        var data = Composed.Data(Fixture);
        data = data with { Meeting = data.Meeting! with { Name = meetingName } };
        return new ArticleComposer(Composed.BuiltIn.Value).Compose(data)!.Document!.ArticleHeader!.Title.Replace('\n', ' ');
    }

    [Fact]
    public void The_fixture_headline_names_the_two_resolutions()
    {
        var title = new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data(Fixture))!.Document!.ArticleHeader!.Title.Replace('\n', ' ');
        Assert.Equal("Đảng ủy xã Ô Diên quán triệt Nghị quyết số 71-NQ/TW, Nghị quyết số 72-NQ/TW của Bộ Chính trị, đánh giá kết quả 9 tháng năm 2025", title);
    }

    [Theory]
    [InlineData("Hội nghị học tập, quán triệt, triển khai Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy",
        "Đảng ủy xã Ô Diên quán triệt Chỉ thị số 24-CT/TU của Ban Thường vụ Thành ủy, đánh giá kết quả 9 tháng năm 2025")]
    // The unit and the period at the end of the name are not said twice.
    [InlineData("Hội nghị quán triệt Kết luận số 123-KL/TW Đảng ủy xã Ô Diên 9 tháng năm 2025",
        "Đảng ủy xã Ô Diên quán triệt Kết luận số 123-KL/TW, đánh giá kết quả 9 tháng năm 2025")]
    // A name that does not say what was studied keeps the general words.
    [InlineData("Hội nghị cán bộ chủ chốt", "Đảng ủy xã Ô Diên quán triệt văn bản mới, đánh giá kết quả 9 tháng năm 2025")]
    [InlineData("Hội nghị quán triệt", "Đảng ủy xã Ô Diên quán triệt văn bản mới, đánh giá kết quả 9 tháng năm 2025")]
    public void The_headline_takes_what_the_name_says_was_studied(string meetingName, string expected)
    {
        Assert.Equal(expected, Headline(meetingName));
    }

    [Fact]
    public void Other_meetings_study_nothing()
    {
        Assert.Null(MeetingName.Studied(Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml")));
    }
}
