using System.Globalization;
using System.Text;
using Reports.Core.Diagnostics;
using Reports.Typography;

namespace Reports.Pipeline;

/// <summary>
/// Warns, at the line of the data file, about characters that neither the PDF's font nor any fallback face
/// on this machine can draw: the PDF shows them as □, while DOCX, HTML and Markdown keep them. Comment lines
/// are skipped (they never reach a document).
/// </summary>
public static class MissingGlyphs
{
    /// <summary>The warnings for a data file that loaded; none when no font can be found at all (the PDF
    /// renderer reports that itself) or the file cannot be read again.</summary>
    public static IReadOnlyList<Diagnostic> ForFile(string file)
    {
        FontFamilyFaces faces;
        string text;
        try
        {
            faces = FontLocator.Select(new FontSearch()).Faces;
            text = File.ReadAllText(file, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is FontNotFoundException or IOException or UnauthorizedAccessException)
        {
            return [];
        }
        return Find(file, text.Replace("\r\n", "\n", StringComparison.Ordinal), faces);
    }

    /// <summary>One warning per line that has such characters, at the first of them, naming them all.</summary>
    public static IReadOnlyList<Diagnostic> Find(string file, string text, FontFamilyFaces faces)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(faces);
        var found = new List<Diagnostic>();
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.TrimStart().StartsWith('#') || faces.Regular.Covers(line)) continue;
            var missing = new StringBuilder();
            var column = -1;
            var index = 0;
            foreach (var rune in line.EnumerateRunes())
            {
                if (!Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune) && !faces.Fallback.Draws(faces.Regular, rune))
                {
                    if (column < 0) column = index + 1;
                    if (!missing.ToString().Contains(rune.ToString(), StringComparison.Ordinal)) missing.Append(rune.ToString());
                }
                index += rune.Utf16SequenceLength;
            }
            if (column > 0)
                found.Add(Diagnostic.Warning(MessageId.GlyphMissing, new SourceLocation(file, n + 1, column), "",
                    missing.ToString(), faces.Name, GlyphFallback.Replacement.ToString(CultureInfo.InvariantCulture)));
        }
        return found;
    }
}
