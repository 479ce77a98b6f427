namespace Reports.Typography;

/// <summary>Where <see cref="FontLocator"/> looks for a font, in order.</summary>
public sealed record FontSearch
{
    /// <summary>The environment variable naming a font folder searched before the system's.</summary>
    public const string FolderVariable = "BAOCAO_FONTS";

    /// <summary>A folder searched first for Times New Roman, Liberation Serif, Tinos or DejaVu Serif (.ttf faces).</summary>
    public string? FontFolder { get; init; }

    /// <summary>Search the folder named by BAOCAO_FONTS after <see cref="FontFolder"/>.</summary>
    public bool UseEnvironmentFontFolder { get; init; } = true;

    /// <summary>Reads an environment variable; the process's own by default (tests pass their own).</summary>
    public Func<string, string?> ReadEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Search the operating system's font folders.</summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>The bundled Liberation Serif; by default fonts/liberation-serif beside the program.</summary>
    public string? BundledFontFolder { get; init; }
}
