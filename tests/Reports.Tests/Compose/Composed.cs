using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>Composes fixtures once per test run; the built-in templates are compiled once and shared.</summary>
internal static class Composed
{
    public static readonly Lazy<TemplateSet> BuiltIn = new(() => TemplateSet.Load());

    public static ReportData Data(string fixture) =>
        DataFileLoader.LoadFile(Path.Combine(TestPaths.Fixtures, fixture)).Data
        ?? throw new InvalidOperationException(fixture + " does not load");

    /// <summary>The report, then the article when the file has a meeting.</summary>
    public static IEnumerable<ReportDocument> Documents(ReportData data)
    {
        yield return Report(data);
        if (new ArticleComposer(BuiltIn.Value).Compose(data)?.Document is { } article) yield return article;
    }

    public static ReportDocument Report(string fixture) => Report(Data(fixture));

    public static ReportDocument Report(ReportData data, TemplateSet? templates = null)
    {
        var result = new ReportComposer(templates ?? BuiltIn.Value).Compose(data);
        Assert.Empty(result.Diagnostics);
        return result.Document!;
    }

    public static IEnumerable<Heading> Headings(this ReportDocument d, int level) =>
        d.Body.OfType<Heading>().Where(h => h.Level == level);

    /// <summary>The plain text of every paragraph, list item and cell, in order.</summary>
    public static IEnumerable<string> Texts(this ReportDocument d) => d.Body.SelectMany(b => b switch
    {
        Paragraph p => [p.Content.PlainText()],
        BulletList l => l.Items.Select(i => i.PlainText()),
        Heading h => [h.Content.PlainText()],
        Table t => t.HeaderRows.Concat(t.Rows).SelectMany(r => r.Cells).Select(c => c.Content.PlainText()),
        _ => [],
    });

    public static IEnumerable<Domain> AllDomains(this ReportData d) => d.Results.SelectMany(r => r.Children.Prepend(r));
}
