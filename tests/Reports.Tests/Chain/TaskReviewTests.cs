using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Model;
using Reports.Document;
using Reports.Tests.Compose;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>The review of last period's tasks, as counted and named in section I, and tasks carried over.</summary>
public sealed class TaskReviewTests
{
    private static List<string> Paragraphs(ReportData data) =>
        Composed.Report(data).Body.SelectMany(Texts).ToList();

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        Paragraph p => [p.Content.PlainText()],
        BulletList l => l.Items.Select(i => i.PlainText()),
        _ => [],
    };

    [Fact]
    public void The_six_month_report_counts_and_names_the_q1_tasks_not_done()
    {
        var texts = Paragraphs(Composed.Data("huyen-uy-quoc-oai-q2-2024.yaml"));
        Assert.Contains("Về thực hiện nhiệm vụ trọng tâm quý II năm 2024 đã đề ra: hoàn thành 3/5 nhiệm vụ trọng tâm; "
            + "1 nhiệm vụ đang thực hiện; 1 nhiệm vụ chuyển tiếp sang 6 tháng cuối năm 2024, cụ thể:", texts);
        Assert.Contains("Đẩy nhanh giải phóng mặt bằng và giải ngân vốn đầu tư công các dự án giao thông trọng điểm: đang thực hiện, "
            + "đã bàn giao 85% mặt bằng dự án đường trục phía Nam.", texts);
        // The carried task is counted here and written once, among this report's tasks.
        Assert.DoesNotContain(texts, t => t.Contains("Ngọc Mỹ: chuyển tiếp", StringComparison.Ordinal));
        // Done tasks are counted, not listed.
        Assert.DoesNotContain(texts, t => t.StartsWith("Khởi công xây dựng Trường Trung học cơ sở Sài Sơn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_carried_task_appears_once_among_this_reports_tasks_marked_carried()
    {
        var texts = Paragraphs(Composed.Data("huyen-uy-quoc-oai-q2-2024.yaml"));
        var carried = texts.Where(t => t.Contains("khu đất dịch vụ xã Ngọc Mỹ", StringComparison.Ordinal)).ToList();
        Assert.Equal("4. Tổ chức đấu giá quyền sử dụng đất tại khu đất dịch vụ xã Ngọc Mỹ (chủ trì: Ủy ban nhân dân huyện) (chuyển tiếp).", Assert.Single(carried));
    }

    [Fact]
    public void A_carried_task_the_clerk_already_copied_is_marked_where_it_stands_not_added_again()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2)
        {
            Previous = "q1.yaml",
            Reviews = ChainFile.ReviewBlock((1, "hoan_thanh", null), (2, "chuyen_tiep", null), (3, "hoan_thanh", null)),
            Tasks = ["Nhiệm vụ hai", "Nhiệm vụ bốn."],
        }.WriteTo(temp, "q2.yaml");

        var data = DataFileLoader.LoadFile(q2).Data!;
        Assert.Equal(new[] { ("Nhiệm vụ hai", true), ("Nhiệm vụ bốn.", false) }, data.Tasks.Select(t => (t.Text, t.CarriedOver)).ToArray());
        var texts = Paragraphs(data);
        Assert.Single(texts, t => t.Contains("Nhiệm vụ hai (chuyển tiếp).", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_previous_task_without_a_status_is_a_warning_that_names_it()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var q2 = new ChainFile(2024, 2) { Previous = "q1.yaml", Reviews = ChainFile.ReviewBlock((1, "hoan_thanh", null), (3, null, null)) }.WriteTo(temp, "q2.yaml");

        var result = DataFileLoader.LoadFile(q2);
        Assert.NotNull(result.Data);
        var warnings = result.Diagnostics.Where(d => d.Id == MessageId.TaskNotReviewed).Select(d => d.Message(Language.Vietnamese)).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains("nhiệm vụ số 2 của kỳ trước: \"Nhiệm vụ hai.\"", warnings[0]);
        Assert.Contains("nhiệm vụ số 3 của kỳ trước: \"Nhiệm vụ ba.\"", warnings[1]);
        Assert.Equal(1, Assert.Single(result.Data!.TaskReview!.With(TaskProgress.Done)).Number);
        Assert.Contains("hoàn thành 1/3 nhiệm vụ trọng tâm.", Paragraphs(result.Data).Single(t => t.StartsWith("Về thực hiện", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reviews_without_a_previous_report_and_numbers_reviewed_twice_are_errors()
    {
        var alone = new ChainFile(2024, 2) { Reviews = ChainFile.ReviewBlock((1, "hoan_thanh", null)) }.Text();
        var result = DataFileLoader.Load("q2.yaml", System.Text.Encoding.UTF8.GetBytes(alone));
        Assert.Null(result.Data);
        Assert.Equal(MessageId.TaskReviewNeedsPrevious, Assert.Single(result.Diagnostics, d => d.IsError).Id);

        using var temp = new TempFolder();
        new ChainFile(2024, 1).WriteTo(temp, "q1.yaml");
        var twice = new ChainFile(2024, 2) { Previous = "q1.yaml", Reviews = ChainFile.ReviewBlock((1, "hoan_thanh", null), (1, "chua_thuc_hien", null)) }.WriteTo(temp, "q2.yaml");
        var error = Assert.Single(DataFileLoader.LoadFile(twice).Diagnostics, d => d.IsError);
        Assert.Equal(MessageId.TaskReviewedTwice, error.Id);
        Assert.Equal(7, error.Location.Line);
    }
}
