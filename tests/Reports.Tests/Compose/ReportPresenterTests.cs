using Reports.Compose;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>hoi_nghi.trinh_bay_bao_cao: who presents the report is named before its figures; without it the article says only that a report was presented.</summary>
public sealed class ReportPresenterTests
{
    private static string ReportParagraph(ReportData data) =>
        new ArticleComposer(Composed.BuiltIn.Value).Compose(data)!.Document!.Body.OfType<Paragraph>()
            .Select(p => p.Content.PlainText()).Single(t => t.Contains("đạt nhiều kết quả", StringComparison.Ordinal));

    [Fact]
    public void The_presenter_is_named_with_the_title_then_the_report_speaks()
    {
        var data = Composed.Data("dang-uy-xa-o-dien-q3-2025.yaml");
        Assert.Equal(new Person("Nguyễn Đức Long", "Phó Bí thư Thường trực Đảng ủy xã"), data.Meeting!.ReportPresenter);
        Assert.StartsWith(
            "Đồng chí Nguyễn Đức Long, Phó Bí thư Thường trực Đảng ủy xã trình bày báo cáo kết quả thực hiện nhiệm vụ 9 tháng năm 2025. Theo báo cáo, 9 tháng năm 2025, xã Ô Diên đạt nhiều kết quả.",
            ReportParagraph(data));
    }

    [Fact]
    public void Without_a_presenter_the_report_is_presented_by_nobody_in_particular()
    {
        var data = Composed.Data("huyen-uy-dan-phuong-q1-2024.yaml");
        Assert.Null(data.Meeting!.ReportPresenter);
        Assert.StartsWith("Theo báo cáo trình tại hội nghị, quý I/2024, huyện Đan Phượng đạt nhiều kết quả.", ReportParagraph(data));
    }
}
