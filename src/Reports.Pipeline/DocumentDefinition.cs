using Reports.Compose;
using Reports.Compose.Templating;
using Reports.Core.Model;

namespace Reports.Pipeline;

/// <summary>
/// A document the tool writes from a data file: its name (in file names and in --documents), when it applies,
/// how it is composed, and which outputs it has beyond one file per format.
/// </summary>
public sealed class DocumentDefinition
{
    private readonly Func<TemplateSet, ReportData, ComposeResult?> _compose;
    private readonly IReadOnlyList<DocumentOutput> _extras;

    internal DocumentDefinition(string name, Func<TemplateSet, ReportData, ComposeResult?> compose, IReadOnlyList<DocumentOutput> extras)
    {
        Name = name;
        _compose = compose;
        _extras = extras;
    }

    /// <summary>"bao-cao", "tin-bai".</summary>
    public string Name { get; }

    /// <summary>The composed document, or null when this document does not apply to the data (an article without a meeting).</summary>
    public ComposeResult? Compose(TemplateSet templates, ReportData data) => _compose(templates, data);

    /// <summary>The files this document yields for <paramref name="formats"/>, in that order; a format's extras follow its main file.</summary>
    public IEnumerable<DocumentOutput> Outputs(IEnumerable<string> formats)
    {
        foreach (var format in formats)
        {
            yield return new DocumentOutput(format, "", () => RendererCatalog.Get(format));
            foreach (var extra in _extras)
                if (extra.Format == format) yield return extra;
        }
    }
}
