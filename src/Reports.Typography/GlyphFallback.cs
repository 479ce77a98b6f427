using System.Text;

namespace Reports.Typography;

/// <summary>
/// Faces that draw the characters the document's font lacks (emoji, Hán Nôm, Chinese), tried in a fixed
/// order, so a character is drawn by the first face that has it and the same machine always makes the same
/// choice. A character no face has is drawn as a visible box (□) instead of vanishing.
/// </summary>
public sealed class GlyphFallback
{
    /// <summary>The box drawn for a character no font has.</summary>
    public const char Replacement = '\u25A1';

    /// <summary>Font files tried, in this order: wide coverage first, then Hán Nôm and CJK faces that are
    /// TrueType (collections and CFF fonts cannot be embedded by the PDF writer).</summary>
    private static readonly string[] Candidates =
    [
        "DejaVuSerif.ttf", "DejaVuSans.ttf", "NotoSerif-Regular.ttf", "NotoSans-Regular.ttf",
        "NotoSansSymbols2-Regular.ttf", "NotoSansSymbols-Regular.ttf", "NotoEmoji-Regular.ttf",
        "NomNaTong-Regular.ttf", "HanaMinA.ttf", "HanaMinB.ttf", "simsun.ttf", "simsunb.ttf", "msgothic.ttf",
    ];

    public static GlyphFallback None { get; } = new(() => ([], []));

    // Searching the font folders and parsing the faces costs milliseconds of every cold start, and most
    // documents never need a fallback: both wait for the first character the document's font lacks.
    private readonly Lazy<(IReadOnlyList<FontFace> Faces, IReadOnlyList<string> Files)> _found;

    private GlyphFallback(Func<(IReadOnlyList<FontFace>, IReadOnlyList<string>)> find) => _found = new(find);

    /// <summary>The faces, in the order they are tried (found on first use).</summary>
    public IReadOnlyList<FontFace> Faces => _found.Value.Faces;

    /// <summary>The file of each face, for the renderer's notes.</summary>
    public IReadOnlyList<string> Files => _found.Value.Files;

    /// <summary>A piece of text drawn with one face; <see cref="Replaced"/> when no face has its characters.</summary>
    public readonly record struct Segment(FontFace Face, string Text, bool Replaced);

    /// <summary>The fallback faces found in the folders (searched recursively, files in name order), other
    /// than the files of the document's own font.</summary>
    public static GlyphFallback Find(IEnumerable<string> folders, string keyPrefix, IReadOnlyCollection<string> primaryFiles)
    {
        var folderList = folders.ToList();
        return new GlyphFallback(() => Search(folderList, keyPrefix, primaryFiles));
    }

    private static (IReadOnlyList<FontFace>, IReadOnlyList<string>) Search(IEnumerable<string> folders, string keyPrefix, IReadOnlyCollection<string> primaryFiles)
    {
        var byName = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            string[] files;
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
                if (!byName.TryGetValue(Path.GetFileName(file), out var list)) byName[Path.GetFileName(file)] = list = [];
                list.Add(file);
            }
        }

        var faces = new List<FontFace>();
        var paths = new List<string>();
        foreach (var name in Candidates)
        {
            if (!byName.TryGetValue(name, out var candidates)) continue;
            foreach (var path in candidates.Where(p => !primaryFiles.Contains(p)))
            {
                if (FontFace.TryLoad(path, $"{keyPrefix}-fallback-{faces.Count}") is not { } face) continue;
                faces.Add(face);
                paths.Add(path);
                break;
            }
        }
        return (faces, paths);
    }

    /// <summary>True when <paramref name="primary"/> or a fallback face draws the character.</summary>
    public bool Draws(FontFace primary, Rune rune) => FaceFor(primary, rune) is not null;

    /// <summary>The text cut into pieces by the face that draws them.</summary>
    public IEnumerable<Segment> Split(string text, FontFace primary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(primary);
        if (primary.Covers(text))
        {
            yield return new Segment(primary, text, false);
            yield break;
        }
        var current = new StringBuilder();
        FontFace? currentFace = null;
        var currentReplaced = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var face = FaceFor(primary, rune);
            var replaced = face is null;
            face ??= primary;
            if (current.Length > 0 && (face != currentFace || replaced != currentReplaced))
            {
                yield return new Segment(currentFace!, current.ToString(), currentReplaced);
                current.Clear();
            }
            (currentFace, currentReplaced) = (face, replaced);
            if (replaced) current.Append(primary.HasGlyph(Replacement) ? Replacement : '?');
            else current.Append(rune.ToString());
        }
        if (current.Length > 0) yield return new Segment(currentFace!, current.ToString(), currentReplaced);
    }

    /// <summary>The width of the text as <see cref="Split"/> draws it, in points.</summary>
    public double Measure(ReadOnlySpan<char> text, FontFace primary, double size)
    {
        ArgumentNullException.ThrowIfNull(primary);
        // The common case, text the font covers, allocates nothing.
        if (primary.Covers(text)) return primary.Measure(text, size);
        double width = 0;
        foreach (var segment in Split(text.ToString(), primary)) width += segment.Face.Measure(segment.Text, size);
        return width;
    }

    /// <summary>Whether a fallback face has drawn anything yet: the build names the fallback fonts only then.</summary>
    public bool Used => Volatile.Read(ref _used) != 0;

    private int _used;

    private FontFace? FaceFor(FontFace primary, Rune rune)
    {
        if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || primary.HasGlyph(rune)) return primary;
        foreach (var face in Faces)
        {
            if (!face.HasGlyph(rune)) continue;
            Volatile.Write(ref _used, 1);
            return face;
        }
        return null;
    }
}
