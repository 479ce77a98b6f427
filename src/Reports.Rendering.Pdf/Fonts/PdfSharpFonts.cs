using Reports.Typography;
using System.Collections.Concurrent;
using PdfSharp.Fonts;
using Reports.Rendering.Pdf.Layout;

namespace Reports.Rendering.Pdf.Fonts;

/// <summary>
/// PDFsharp's font resolver is process-wide state. This installs one resolver, once, under a lock, and
/// lets every renderer register the family it found: PDFsharp then asks for a family by its key and gets
/// the same bytes the layout measured. Registering is thread-safe and idempotent.
/// </summary>
internal static class PdfSharpFonts
{
    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, FontFamilyFaces> Families = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, FontFace> Faces = new(StringComparer.Ordinal);
    private static volatile bool _installed;

    /// <summary>Makes the family available to PDFsharp under <paramref name="familyKey"/>.</summary>
    public static void Register(string familyKey, FontFamilyFaces family)
    {
        EnsureInstalled();
        if (Families.ContainsKey(familyKey)) return;
        foreach (var face in family.Faces) Faces.TryAdd(face.Key, face);
        Families.TryAdd(familyKey, family);
    }

    private static void EnsureInstalled()
    {
        if (_installed) return;
        lock (Gate)
        {
            if (_installed) return;
            var current = GlobalFontSettings.FontResolver;
            if (current is not null && current is not Resolver)
            {
                throw new InvalidOperationException(
                    "PDFsharp already has a font resolver (" + current.GetType().FullName + "); the PDF renderer needs its own. " +
                    "Do not set GlobalFontSettings.FontResolver in a process that uses the PDF renderer.");
            }
            if (current is null) GlobalFontSettings.FontResolver = new Resolver();
            _installed = true;
        }
    }

    private sealed class Resolver : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            Families.TryGetValue(familyName, out var family) ? new FontResolverInfo(family.Face(bold, italic).Key) : null;

        public byte[]? GetFont(string faceName) => Faces.TryGetValue(faceName, out var face) ? face.Data : null;
    }
}
