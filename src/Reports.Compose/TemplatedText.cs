using Reports.Compose.Markdown;
using Reports.Compose.Templating;
using Reports.Core.Diagnostics;
using Reports.Document;

namespace Reports.Compose;

/// <summary>
/// What both documents take from templates: a body, read from Markdown into blocks, and one heading line
/// (the report's subject, the article's title) unless the data file already gives it.
/// </summary>
internal sealed record TemplatedText(IReadOnlyList<Block> Body, string Markdown, string Line)
{
    /// <summary>The text, or the failure as the composers report it.</summary>
    public static (TemplatedText? Text, ComposeResult? Failure) Render(
        TemplateSet templates, string bodyTemplate, string lineTemplate, string? givenLine, object view, IReadOnlyList<Picture>? pictures = null)
    {
        string markdown;
        string line;
        try
        {
            markdown = templates.Render(bodyTemplate, view);
            line = givenLine ?? PlainLine(templates.Render(lineTemplate, view));
        }
        catch (TemplateException ex)
        {
            return (null, new ComposeResult(null, null, [ex.Diagnostic]));
        }

        var diagnostics = new List<Diagnostic>();
        var body = MarkdownReader.Read(markdown, templates.Source(bodyTemplate).FilePath, diagnostics, pictures);
        return diagnostics.Count > 0
            ? (null, new ComposeResult(null, markdown, diagnostics))
            : (new TemplatedText(body, markdown, line), null);
    }

    /// <summary>A one-line template writes Markdown like the body; the heading wants its plain words on one line.</summary>
    private static string PlainLine(string markdown)
    {
        var blocks = MarkdownReader.Read(markdown, "", []);
        return string.Join(" ", blocks.OfType<Paragraph>().Select(p => p.Content.PlainText().Replace('\n', ' ').Trim()));
    }
}
