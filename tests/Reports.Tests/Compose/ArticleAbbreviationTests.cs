using Reports.Compose;
using Reports.Compose.Layout;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>The article spells HĐND, UBND, MTTQ out once with the short form in brackets, then uses the short form.</summary>
public sealed class ArticleAbbreviationTests
{
    private static string Run(params string[] paragraphs) =>
        string.Join("\n", ArticleAbbreviations.Apply(paragraphs.Select(p => (Block)new Paragraph(Inlines.Plain(p))).ToList())
            .Cast<Paragraph>().Select(p => p.Content.PlainText()));

    [Fact]
    public void First_spelled_out_with_its_short_form_then_short_across_paragraphs()
    {
        Assert.Equal(
            "Ủy ban nhân dân (UBND) huyện Mỹ Đức tổ chức hội nghị tại trụ sở UBND huyện.\nChủ tịch UBND huyện, Phó Chủ tịch Thường trực Hội đồng nhân dân (HĐND) huyện; Thường trực HĐND.",
            Run("Ủy ban nhân dân huyện Mỹ Đức tổ chức hội nghị tại trụ sở Ủy ban nhân dân huyện.",
                "Chủ tịch Ủy ban nhân dân huyện, Phó Chủ tịch Thường trực Hội đồng nhân dân huyện; Thường trực Hội đồng nhân dân."));
    }

    [Fact]
    public void A_short_form_already_used_or_already_bracketed_is_not_introduced_again()
    {
        Assert.Equal("dự toán HĐND huyện giao; Chủ tịch HĐND huyện", Run("dự toán HĐND huyện giao; Chủ tịch Hội đồng nhân dân huyện"));
        Assert.Equal("Ủy ban Mặt trận Tổ quốc (MTTQ) huyện và Ủy ban MTTQ xã", Run("Ủy ban Mặt trận Tổ quốc (MTTQ) huyện và Ủy ban Mặt trận Tổ quốc xã"));
        // The older spelling "Uỷ", and a lower-case start inside a sentence, are the same body.
        Assert.Equal("Uỷ ban nhân dân (UBND) xã đề nghị UBND huyện", Run("Uỷ ban nhân dân xã đề nghị ủy ban nhân dân huyện"));
    }

    [Fact]
    public void Words_that_only_contain_a_short_form_are_left_alone()
    {
        Assert.Equal("HĐNDX và UBNDs không phải tên viết tắt", Run("HĐNDX và UBNDs không phải tên viết tắt"));
    }

    [Fact]
    public void The_fixture_article_introduces_each_body_once_and_the_report_keeps_full_names()
    {
        var article = new ArticleComposer(Composed.BuiltIn.Value).Compose(Composed.Data("ubnd-huyen-my-duc-q2-2024.yaml"))!.Document!;
        var text = string.Join("\n", article.Texts());
        Assert.Equal(1, Count(text, "Ủy ban nhân dân (UBND)"));
        Assert.Equal(0, Count(text.Replace("Ủy ban nhân dân (UBND)", ""), "Ủy ban nhân dân"));
        Assert.True(Count(text, "UBND") > 5);
        Assert.Contains("Ủy ban nhân dân huyện Mỹ Đức", article.ArticleHeader!.Title.Replace('\n', ' '));
        Assert.DoesNotContain("(UBND)", string.Join("\n", Composed.Report("ubnd-huyen-my-duc-q2-2024.yaml").Texts()));
    }

    private static int Count(string text, string word) => (text.Length - text.Replace(word, "").Length) / word.Length;
}
