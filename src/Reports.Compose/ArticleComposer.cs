using System.Globalization;
using Reports.Compose.Layout;
using Reports.Compose.Templating;
using Reports.Compose.View;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Reports.Typography;

namespace Reports.Compose;

/// <summary>
/// Data + templates → the news article (tin bài) about the meeting that adopted the report. It uses
/// the same view and the same functions as the report, so every figure reads word for word the same.
/// </summary>
/// <param name="measurer">Measures text for the layout; the PDF renderer's default font when null.</param>
public sealed class ArticleComposer(TemplateSet templates, ITextMeasurer? measurer = null)
{
    public const string ConferenceTemplate = "tin-bai-hoi-nghi";
    public const string BriefingTemplate = "tin-bai-giao-ban";
    public const string DirectiveTemplate = "tin-bai-quan-triet";
    public const string TitleTemplate = "tin-bai-tieu-de";
    public const string DefaultCategory = "Tin hoạt động";

    /// <summary>Null when the data file has no meeting: there is nothing to write about.</summary>
    public ComposeResult? Compose(ReportData data)
    {
        if (data.Meeting is not { } meeting) return null;
        var view = ReportView.Build(data);
        var template = meeting.Kind switch
        {
            MeetingKind.Briefing => BriefingTemplate,
            MeetingKind.Directive => DirectiveTemplate,
            _ => ConferenceTemplate,
        };
        var (text, failure) = TemplatedText.Render(templates, template, TitleTemplate, data.Article?.Title, view, Pictures(data));
        if (text is null) return failure!;
        var title = text.Line;

        var body = WithLead(text.Body).Append(new Paragraph(Inlines.Plain(Byline(data)), ParagraphRole.Byline)).ToList();
        var published = data.Article?.PublishedAt is { } at
            ? $"Ngày đăng {at.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} | {at.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture)}"
            : null;
        var textMeasurer = measurer ?? FontMeasurer.Default;
        var (pagePresentation, frame, _) = DocumentLayout.Resolve(data.Regime, data.Layout, letterhead: null, title: null, textMeasurer);
        var (resolvedBody, presentation) = TableRules.Apply(body, pagePresentation, textMeasurer);
        var document = new ReportDocument(
            DocumentKind.Article,
            Letterhead: null,
            Title: null,
            new ArticleHeader(data.Article?.Category ?? DefaultCategory, DocumentLayout.BreakArticleTitle(title, pagePresentation, textMeasurer), published),
            NoBreakMarking.Apply(ArticleAbbreviations.Apply(resolvedBody)),
            Closing: null,
            IsDraft: false,
            new DocumentMetadata(title, data.Article?.Author ?? data.Issuer.Name, meeting.Name, "vi-VN", data.Article?.PublishedAt?.Date ?? meeting.Date),
            presentation,
            frame);
        return new ComposeResult(document, text.Markdown, []);
    }

    /// <summary>
    /// The photos as tree blocks: bytes, format and pixel size from the load, the caption as written, and the
    /// name each is published under beside the portal fragment ("anh-1.jpg"; the build puts its own file
    /// name in front).
    /// </summary>
    private static IReadOnlyList<Picture> Pictures(ReportData data) =>
        (data.Article?.Photos ?? []).Select((photo, i) =>
        {
            var format = photo.File.Format == PhotoFormat.Png ? ImageFormat.Png : ImageFormat.Jpeg;
            var image = new ImageData(photo.File.Bytes, format, photo.File.WidthPx, photo.File.HeightPx, "");
            return new Picture(image with { FileName = $"anh-{i + 1}.{image.Extension}" }, Inlines.Plain(photo.Caption.Trim()));
        }).ToList();

    /// <summary>The article's first paragraph is its lead (sa-pô), set apart by the renderers.</summary>
    private static IEnumerable<Block> WithLead(IReadOnlyList<Block> blocks)
    {
        var leadDone = false;
        foreach (var block in blocks)
        {
            if (!leadDone && block is Paragraph p)
            {
                leadDone = true;
                yield return p with { Role = ParagraphRole.Lead };
            }
            else
            {
                yield return block;
            }
        }
    }

    /// <summary>"Minh Ngọc - Trung tâm Văn hóa - Thông tin và Thể thao huyện", as portals sign; the issuer when no author is given.</summary>
    private static string Byline(ReportData data) => data.Article switch
    {
        { Author: { } author, AuthorUnit: { } unit } => $"{author} - {unit}",
        { Author: { } author } => author,
        { AuthorUnit: { } unit } => unit,
        _ => data.Issuer.Name,
    };
}
