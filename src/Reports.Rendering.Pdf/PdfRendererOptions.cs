using Reports.Typography;

namespace Reports.Rendering.Pdf;

/// <summary>Where the PDF renderer looks for its font.</summary>
public sealed record PdfRendererOptions
{
    /// <summary>The environment variable naming a font folder searched before the system's.</summary>
    public const string FontFolderVariable = FontSearch.FolderVariable;

    /// <summary>A folder searched first for Times New Roman, Liberation Serif, Tinos or DejaVu Serif (.ttf faces).</summary>
    public string? FontFolder { get; init; }

    /// <summary>Search the folder named by BAOCAO_FONTS after <see cref="FontFolder"/>.</summary>
    public bool UseEnvironmentFontFolder { get; init; } = true;

    /// <summary>
    /// Reads an environment variable; the process's own by default. Tests pass their own so that they never
    /// change the process's environment under renderers running in parallel.
    /// </summary>
    public Func<string, string?> ReadEnvironment { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Search the operating system's font folders.</summary>
    public bool UseSystemFonts { get; init; } = true;

    /// <summary>The bundled Liberation Serif; by default fonts/liberation-serif beside the program.</summary>
    public string? BundledFontFolder { get; init; }

    /// <summary>The same search, as the shared font lookup reads it.</summary>
    public FontSearch Search => new()
    {
        FontFolder = FontFolder,
        UseEnvironmentFontFolder = UseEnvironmentFontFolder,
        ReadEnvironment = ReadEnvironment,
        UseSystemFonts = UseSystemFonts,
        BundledFontFolder = BundledFontFolder,
    };

    /// <summary>Only the given folder, nothing from the machine: what tests use for output that never varies.</summary>
    public static PdfRendererOptions OnlyFolder(string folder) => new()
    {
        FontFolder = folder,
        UseEnvironmentFontFolder = false,
        UseSystemFonts = false,
        BundledFontFolder = folder,
    };
}
