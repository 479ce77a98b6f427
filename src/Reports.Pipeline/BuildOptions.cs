namespace Reports.Pipeline;

/// <summary>What a build makes and where it puts it; the defaults are every document in every format.</summary>
public sealed record BuildOptions
{
    /// <summary>Where outputs go; null puts each beside its data file.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Format names from <see cref="RendererCatalog.Formats"/>, in the order outputs are made.</summary>
    public IReadOnlyList<string> Formats { get; init; } = RendererCatalog.Formats;

    public IReadOnlyList<DocumentDefinition> Documents { get; init; } = Pipeline.Documents.All;

    /// <summary>A folder of templates overriding the built-in ones, or null.</summary>
    public string? TemplatesFolder { get; init; }

    /// <summary>Replace outputs even when they may hold a person's edits.</summary>
    public bool Force { get; init; }

    /// <summary>
    /// The most bytes one output may have. The loader already bounds the data's text, so this is the last
    /// guard: a rendered file past it is not written and its data file fails with a message, rather than a
    /// disk filling up. 256 MiB leaves room for a report with many photos.
    /// </summary>
    public long MaxOutputBytes { get; init; } = DefaultMaxOutputBytes;

    public const long DefaultMaxOutputBytes = 256L * 1024 * 1024;

    /// <summary>How many pieces of work (a data file's loading, one output's rendering) run at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
