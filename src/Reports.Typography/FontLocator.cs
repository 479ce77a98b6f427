using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;


namespace Reports.Typography;

/// <summary>Where the font of a PDF came from.</summary>
public enum FontSource
{
    /// <summary>The folder given in <see cref="FontSearch.FontFolder"/>.</summary>
    ConfiguredFolder,

    /// <summary>The folder named by the BAOCAO_FONTS environment variable.</summary>
    EnvironmentFolder,

    /// <summary>The operating system's font folders.</summary>
    System,

    /// <summary>The Liberation Serif copied beside the program.</summary>
    Bundled,
}

/// <summary>The font a renderer sets its documents in, where it was found, and what the user should know.</summary>
/// <param name="Files">The regular, bold, italic and bold italic font files.</param>
public sealed record FontSelection(FontFamilyFaces Faces, string FamilyKey, FontSource Source, string Folder, IReadOnlyList<string> Files, IReadOnlyList<string> Warnings)
{
    public string FamilyName => Faces.Name;

    /// <summary>One line for the user: "Liberation Serif (bundled, /opt/baocao/fonts/liberation-serif)".</summary>
    public string Description => $"{FamilyName} ({Source switch
    {
        FontSource.ConfiguredFolder => "configured folder",
        FontSource.EnvironmentFolder => FontSearch.FolderVariable,
        FontSource.Bundled => "bundled",
        _ => "system",
    }}, {Folder})";
}

/// <summary>No usable font anywhere; the message says what to install.</summary>
public sealed class FontNotFoundException(string message) : Exception(message);

/// <summary>
/// Finds the four faces of a serif family that covers Vietnamese: a configured folder first, then the
/// operating system's font folders, preferring Times New Roman, then its metric-compatible clones Liberation
/// Serif and Tinos; then the bundled Liberation Serif; then DejaVu Serif (wider, so it comes with a warning).
/// Results are cached per set of options: a font folder is searched once per process.
/// </summary>
public static class FontLocator
{
    /// <summary>A family and the file names its faces have on Windows, macOS, Debian and in upstream releases.</summary>
    private sealed record Family(string Name, string[] Regular, string[] Bold, string[] Italic, string[] BoldItalic);

    private static readonly Family TimesNewRoman = new("Times New Roman",
        ["times.ttf", "Times New Roman.ttf", "Times_New_Roman.ttf", "TimesNewRoman.ttf"],
        ["timesbd.ttf", "Times New Roman Bold.ttf", "Times_New_Roman_Bold.ttf", "TimesNewRomanBold.ttf"],
        ["timesi.ttf", "Times New Roman Italic.ttf", "Times_New_Roman_Italic.ttf", "TimesNewRomanItalic.ttf"],
        ["timesbi.ttf", "Times New Roman Bold Italic.ttf", "Times_New_Roman_Bold_Italic.ttf", "TimesNewRomanBoldItalic.ttf"]);

    private static readonly Family LiberationSerif = new("Liberation Serif",
        ["LiberationSerif-Regular.ttf"], ["LiberationSerif-Bold.ttf"], ["LiberationSerif-Italic.ttf"], ["LiberationSerif-BoldItalic.ttf"]);

    private static readonly Family Tinos = new("Tinos",
        ["Tinos-Regular.ttf"], ["Tinos-Bold.ttf"], ["Tinos-Italic.ttf"], ["Tinos-BoldItalic.ttf"]);

    private static readonly Family DejaVuSerif = new("DejaVu Serif",
        ["DejaVuSerif.ttf"], ["DejaVuSerif-Bold.ttf"], ["DejaVuSerif-Italic.ttf"], ["DejaVuSerif-BoldItalic.ttf"]);

    private static readonly Family[] Preferred = [TimesNewRoman, LiberationSerif, Tinos];

    /// <summary>Letters a face must have to set Vietnamese (old versions of some clones lack a few).</summary>
    internal const string VietnameseProbe =
        "ĂÂĐÊÔƠƯăâđêôơư ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

    private static readonly ConcurrentDictionary<string, Lazy<FontSelection>> Cache = new(StringComparer.Ordinal);

    private static int _familyCounter;

    public static FontSelection Select(FontSearch options)
    {
        var environment = options.UseEnvironmentFontFolder ? options.ReadEnvironment(FontSearch.FolderVariable) : null;
        var bundled = options.BundledFontFolder ?? DefaultBundledFolder();
        var key = string.Join("\u0001", options.FontFolder, environment, options.UseSystemFonts, bundled);
        var lazy = Cache.GetOrAdd(key, _ => new Lazy<FontSelection>(() => Find(options.FontFolder, environment, options.UseSystemFonts, bundled)));
        return lazy.Value;
    }

    /// <summary>The bundled Liberation Serif beside the program (or beside this assembly).</summary>
    // A native (AOT) or single-file program has no assembly path: Location is then empty, which is handled
    // below by keeping the folder beside the program.
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location falls back to AppContext.BaseDirectory.")]
    public static string DefaultBundledFolder()
    {
        var relative = Path.Combine("fonts", "liberation-serif");
        var beside = Path.Combine(AppContext.BaseDirectory, relative);
        if (Directory.Exists(beside)) return beside;
        var assemblyFolder = Path.GetDirectoryName(typeof(FontLocator).Assembly.Location);
        return string.IsNullOrEmpty(assemblyFolder) ? beside : Path.Combine(assemblyFolder, relative);
    }

    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var folders = new List<string>();
        if (OperatingSystem.IsWindows())
        {
            var windows = Environment.GetEnvironmentVariable("WINDIR") ?? Environment.GetFolderPath(Environment.SpecialFolder.Windows);
            if (!string.IsNullOrEmpty(windows)) folders.Add(Path.Combine(windows, "Fonts"));
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            if (!string.IsNullOrEmpty(local)) folders.Add(Path.Combine(local, "Microsoft", "Windows", "Fonts"));
        }
        else if (OperatingSystem.IsMacOS())
        {
            folders.Add("/Library/Fonts");
            folders.Add("/System/Library/Fonts");
            if (!string.IsNullOrEmpty(home)) folders.Add(Path.Combine(home, "Library", "Fonts"));
        }
        else
        {
            folders.Add("/usr/share/fonts");
            folders.Add("/usr/local/share/fonts");
            if (!string.IsNullOrEmpty(home))
            {
                folders.Add(Path.Combine(home, ".fonts"));
                folders.Add(Path.Combine(home, ".local", "share", "fonts"));
            }
        }
        return folders;
    }

    private static FontSelection Find(string? configured, string? environment, bool useSystem, string bundled)
    {
        var warnings = new List<string>();
        var searched = new List<string>();

        foreach (var (folder, source) in new[] { (configured, FontSource.ConfiguredFolder), (environment, FontSource.EnvironmentFolder) })
        {
            if (string.IsNullOrWhiteSpace(folder)) continue;
            searched.Add(folder);
            var files = new FontFiles([folder]);
            foreach (var family in Preferred.Append(DejaVuSerif))
            {
                if (files.TryLoad(family) is not { } faces) continue;
                if (family == DejaVuSerif) warnings.Add(DejaVuWarning);
                return Selected(faces, source, folder, warnings, useSystem ? [folder, .. SystemFolders()] : [folder]);
            }
            warnings.Add(source == FontSource.ConfiguredFolder
                ? $"The font folder {folder} has no complete Times New Roman, Liberation Serif, Tinos or DejaVu Serif (four .ttf faces covering Vietnamese); looking elsewhere."
                : $"The folder in {FontSearch.FolderVariable} ({folder}) has no complete Times New Roman, Liberation Serif, Tinos or DejaVu Serif (four .ttf faces covering Vietnamese); looking elsewhere.");
        }

        var system = useSystem ? new FontFiles(SystemFolders()) : null;
        if (system is not null)
        {
            searched.AddRange(SystemFolders());
            foreach (var family in Preferred)
                if (system.TryLoad(family) is { } faces) return Selected(faces, FontSource.System, system.FolderOf(faces), warnings, SystemFolders());
        }

        searched.Add(bundled);
        if (new FontFiles([bundled]).TryLoad(LiberationSerif) is { } bundledFaces)
            return Selected(bundledFaces, FontSource.Bundled, bundled, warnings, useSystem ? [bundled, .. SystemFolders()] : [bundled]);

        if (system?.TryLoad(DejaVuSerif) is { } dejaVu)
        {
            warnings.Add(DejaVuWarning);
            return Selected(dejaVu, FontSource.System, system.FolderOf(dejaVu), warnings, SystemFolders());
        }

        throw new FontNotFoundException(
            "No font to set the PDF in: Times New Roman, Liberation Serif, Tinos or DejaVu Serif (the four .ttf faces, " +
            "with Vietnamese letters) was not found in " + string.Join(", ", searched) + ". " +
            "Install Liberation Serif (Debian/Ubuntu: sudo apt-get install fonts-liberation2; Fedora: sudo dnf install liberation-serif-fonts) " +
            "or Times New Roman, or put the four .ttf files of one of these fonts in a folder and set " +
            FontSearch.FolderVariable + " to that folder.");
    }

    private const string DejaVuWarning =
        "Times New Roman, Liberation Serif and Tinos were not found; the PDF is set in DejaVu Serif, which is wider, " +
        "so lines and pages break differently from Word. Install Liberation Serif (Debian/Ubuntu: sudo apt-get install fonts-liberation2) or Times New Roman.";

    // Characters the family lacks are drawn from faces in the same folders the family was searched in.
    private static FontSelection Selected(LoadedFamily faces, FontSource source, string folder, List<string> warnings, IEnumerable<string> fallbackFolders)
    {
        var f = faces.Faces;
        var withFallback = new FontFamilyFaces(f.Regular, f.Bold, f.Italic, f.BoldItalic) { Fallback = GlyphFallback.Find(fallbackFolders, faces.Key, faces.Paths.ToHashSet(StringComparer.Ordinal)) };
        return new(withFallback, faces.Key, source, folder, faces.Paths, warnings.ToArray());
    }

    private sealed record LoadedFamily(FontFamilyFaces Faces, string Key, IReadOnlyList<string> Paths);

    /// <summary>The .ttf files under some folders, by file name (case-insensitive), in a stable order.</summary>
    private sealed class FontFiles
    {
        private readonly Dictionary<string, List<string>> _byName = new(StringComparer.OrdinalIgnoreCase);

        public FontFiles(IEnumerable<string> folders)
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                MatchCasing = MatchCasing.CaseInsensitive,
                MaxRecursionDepth = 8,
                AttributesToSkip = FileAttributes.System,
            };
            foreach (var folder in folders)
            {
                if (!Directory.Exists(folder)) continue;
                IEnumerable<string> files;
                try
                {
                    files = Directory.EnumerateFiles(folder, "*.ttf", options).Order(StringComparer.Ordinal).ToArray();
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    continue;
                }
                foreach (var file in files)
                {
                    var name = Path.GetFileName(file);
                    if (!_byName.TryGetValue(name, out var list)) _byName[name] = list = [];
                    list.Add(file);
                }
            }
        }

        public string FolderOf(LoadedFamily family) => Path.GetDirectoryName(family.Paths[0]) ?? "";

        /// <summary>The family's four faces, each the first file of its names that reads and covers Vietnamese.</summary>
        public LoadedFamily? TryLoad(Family family)
        {
            var key = "baocao-" + Interlocked.Increment(ref _familyCounter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var regular = Face(family.Regular, key + "-regular", out var regularPath);
            if (regular is null) return null;
            var bold = Face(family.Bold, key + "-bold", out var boldPath);
            var italic = Face(family.Italic, key + "-italic", out var italicPath);
            var boldItalic = Face(family.BoldItalic, key + "-bolditalic", out var boldItalicPath);
            if (bold is null || italic is null || boldItalic is null) return null;
            return new LoadedFamily(new FontFamilyFaces(regular, bold, italic, boldItalic), key, [regularPath!, boldPath!, italicPath!, boldItalicPath!]);
        }

        private FontFace? Face(string[] names, string key, out string? path)
        {
            foreach (var name in names)
            {
                if (!_byName.TryGetValue(name, out var paths)) continue;
                foreach (var candidate in paths)
                {
                    var face = FontFace.TryLoad(candidate, key);
                    if (face is not null && face.Covers(VietnameseProbe))
                    {
                        path = candidate;
                        return face;
                    }
                }
            }
            path = null;
            return null;
        }
    }
}
