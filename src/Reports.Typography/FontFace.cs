using System.Buffers.Binary;
using System.Text;

namespace Reports.Typography;

/// <summary>
/// One face of a TrueType font (regular, bold, ...) read for measuring: the advance width of every BMP
/// character in font units (and of the characters beyond the BMP the font has: emoji, Hán Nôm), the vertical metrics a word processor uses for "single" line spacing, and the
/// underline. The table is filled once when the face is read, so measuring text is an array lookup per
/// character: no dictionary, no allocation. Immutable and safe to share between threads.
/// </summary>
public sealed class FontFace
{
    private readonly ushort[] _advances;
    private readonly ulong[] _present;
    private readonly IReadOnlyDictionary<int, ushort> _supplementary;
    private readonly ushort _missing;

    private FontFace(string key, byte[] data, string familyName, string styleName, int unitsPerEm,
        int ascent, int descent, int lineGap, int underlinePosition, int underlineThickness, ushort[] advances, ulong[] present,
        IReadOnlyDictionary<int, ushort> supplementary, ushort missing)
    {
        _supplementary = supplementary;
        _missing = missing;
        Key = key;
        Data = data;
        FamilyName = familyName;
        StyleName = styleName;
        UnitsPerEm = unitsPerEm;
        Ascent = ascent;
        Descent = descent;
        LineGap = lineGap;
        UnderlinePosition = underlinePosition;
        UnderlineThickness = underlineThickness;
        _advances = advances;
        _present = present;
    }

    /// <summary>A name unique to this face in the process, used to hand the same bytes to the PDF writer.</summary>
    public string Key { get; }

    /// <summary>The font file, as read.</summary>
    public byte[] Data { get; }

    /// <summary>The family as the font names itself ("Liberation Serif").</summary>
    public string FamilyName { get; }

    /// <summary>"Regular", "Bold", "Italic", "Bold Italic".</summary>
    public string StyleName { get; }

    public int UnitsPerEm { get; }

    /// <summary>Height above the baseline, font units (Windows ascent, as Word uses).</summary>
    public int Ascent { get; }

    /// <summary>Depth below the baseline, font units, positive.</summary>
    public int Descent { get; }

    /// <summary>The extra leading Word adds to ascent + descent for single spacing, font units.</summary>
    public int LineGap { get; }

    /// <summary>Distance of the underline's centre below the baseline, font units, positive downwards.</summary>
    public int UnderlinePosition { get; }

    public int UnderlineThickness { get; }

    /// <summary>Single line spacing as a multiple of the font size (about 1.15 for Times New Roman).</summary>
    public double SingleLineFactor => (double)(Ascent + Descent + LineGap) / UnitsPerEm;

    public double AscentAt(double size) => Ascent * size / UnitsPerEm;

    public double DescentAt(double size) => Descent * size / UnitsPerEm;

    /// <summary>True when the font has a glyph for the character (not the "missing" box).</summary>
    public bool HasGlyph(char c) => (_present[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>True when the font has a glyph for the character, beyond the BMP too.</summary>
    public bool HasGlyph(Rune rune) =>
        rune.IsBmp ? HasGlyph((char)rune.Value) : _supplementary.ContainsKey(rune.Value);

    /// <summary>True when every character of the text has a glyph. Text is read by code point, so a
    /// character beyond the BMP (two UTF-16 units) is one character; half a pair is never covered.</summary>
    public bool Covers(ReadOnlySpan<char> text)
    {
        foreach (var rune in text.EnumerateRunes())
            if (!Rune.IsWhiteSpace(rune) && (rune == Rune.ReplacementChar || !HasGlyph(rune))) return false;
        return true;
    }

    /// <summary>The advance width of one BMP character, in points at the given size.</summary>
    public double Advance(char c, double size) => _advances[c] * size / UnitsPerEm;

    /// <summary>The advance width of one character, in points at the given size.</summary>
    public double Advance(Rune rune, double size) => AdvanceUnits(rune) * size / UnitsPerEm;

    /// <summary>The advance width of a text, in points at the given size; no kerning (the PDF writer applies none).
    /// A character beyond the BMP counts once (the PDF draws one glyph for it), half a pair as one missing glyph.</summary>
    public double Measure(ReadOnlySpan<char> text, double size)
    {
        long units = 0;
        foreach (var rune in text.EnumerateRunes()) units += AdvanceUnits(rune);
        return units * size / UnitsPerEm;
    }

    private ushort AdvanceUnits(Rune rune) =>
        rune.IsBmp ? _advances[rune.Value] : _supplementary.GetValueOrDefault(rune.Value, _missing);

    public override string ToString() => FamilyName + " " + StyleName;

    /// <summary>Reads a face from a file; null when the file is not a usable TrueType font.</summary>
    public static FontFace? TryLoad(string path, string key)
    {
        try
        {
            return Parse(File.ReadAllBytes(path), key);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException or IndexOutOfRangeException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Reads a face from the bytes of a TrueType (glyf) or OpenType font file.</summary>
    /// <exception cref="FormatException">The bytes are not a font this reader understands.</exception>
    public static FontFace Parse(byte[] data, string key)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length < 12) throw new FormatException("Too short for a font file.");
        var version = U32(data, 0);
        if (version != 0x00010000 && version != 0x74727565 /* 'true' */ && version != 0x4F54544F /* 'OTTO' */)
            throw new FormatException("Not a TrueType or OpenType font (a collection or another format).");

        int numTables = U16(data, 4);
        var tables = new Dictionary<string, (int Offset, int Length)>(StringComparer.Ordinal);
        for (var i = 0; i < numTables; i++)
        {
            var record = 12 + i * 16;
            if (record + 16 > data.Length) throw new FormatException("Truncated table directory.");
            var tag = Encoding.ASCII.GetString(data, record, 4);
            var offset = checked((int)U32(data, record + 8));
            var length = checked((int)U32(data, record + 12));
            if (offset < 0 || length < 0 || offset + length > data.Length) throw new FormatException($"Table {tag} lies outside the file.");
            tables[tag] = (offset, length);
        }

        (int Offset, int Length) Table(string tag) =>
            tables.TryGetValue(tag, out var t) ? t : throw new FormatException($"The font has no {tag} table.");

        var head = Table("head");
        int unitsPerEm = U16(data, head.Offset + 18);
        if (unitsPerEm is < 16 or > 16384) throw new FormatException("Implausible units per em.");

        var hhea = Table("hhea");
        int hheaAscent = I16(data, hhea.Offset + 4);
        int hheaDescent = -I16(data, hhea.Offset + 6);
        int hheaGap = I16(data, hhea.Offset + 8);
        int numberOfHMetrics = U16(data, hhea.Offset + 34);

        // Word's single spacing: Windows ascent + descent, plus the part of the hhea line gap they do not already cover.
        int ascent = hheaAscent, descent = hheaDescent, lineGap = Math.Max(0, hheaGap);
        if (tables.TryGetValue("OS/2", out var os2) && os2.Length >= 78)
        {
            ascent = U16(data, os2.Offset + 74);
            descent = U16(data, os2.Offset + 76);
            lineGap = Math.Max(0, hheaGap - ((ascent + descent) - (hheaAscent + hheaDescent)));
        }

        int underlinePosition = unitsPerEm / 10, underlineThickness = Math.Max(1, unitsPerEm / 20);
        if (tables.TryGetValue("post", out var post) && post.Length >= 12)
        {
            underlinePosition = -I16(data, post.Offset + 8);
            underlineThickness = Math.Max(1, (int)I16(data, post.Offset + 10));
        }

        var hmtx = Table("hmtx");
        if (numberOfHMetrics == 0 || hmtx.Length < numberOfHMetrics * 4) throw new FormatException("Truncated hmtx table.");
        ushort AdvanceOfGlyph(int glyph) =>
            U16(data, hmtx.Offset + 4 * Math.Min(glyph, numberOfHMetrics - 1));

        var glyphs = ReadCmap(data, Table("cmap"), out var beyondBmp);
        var advances = new ushort[65536];
        var present = new ulong[65536 / 64];
        var missing = AdvanceOfGlyph(0);
        for (var c = 0; c < 65536; c++)
        {
            var glyph = glyphs[c];
            advances[c] = glyph == 0 ? missing : AdvanceOfGlyph(glyph);
            if (glyph != 0) present[c >> 6] |= 1UL << (c & 63);
        }

        var supplementary = new Dictionary<int, ushort>(beyondBmp.Count);
        foreach (var (c, glyph) in beyondBmp) supplementary[c] = AdvanceOfGlyph(glyph);

        var (family, style) = ReadNames(data, tables.TryGetValue("name", out var name) ? name : (0, 0));
        return new FontFace(key, data, family, style, unitsPerEm, ascent, descent, lineGap, underlinePosition, underlineThickness,
            advances, present, supplementary, missing);
    }

    /// <summary>The glyph of every BMP character, from the Unicode cmap subtable (format 4 or 12), and
    /// the glyphs of the characters beyond the BMP (format 12 only).</summary>
    private static ushort[] ReadCmap(byte[] data, (int Offset, int Length) cmap, out List<(int Char, int Glyph)> beyondBmp)
    {
        beyondBmp = [];
        int count = U16(data, cmap.Offset + 2);
        int best = -1, bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap.Offset + 4 + i * 8;
            int platform = U16(data, record), encoding = U16(data, record + 2);
            var offset = cmap.Offset + checked((int)U32(data, record + 4));
            int format = U16(data, offset);
            var rank = (platform, encoding, format) switch
            {
                (3, 10, 12) => 4,
                (0, _, 12) => 3,
                (3, 1, 4) => 2,
                (0, _, 4) => 1,
                _ => 0,
            };
            if (rank > bestRank) (best, bestRank) = (offset, rank);
        }
        if (best < 0) throw new FormatException("The font has no Unicode character map.");

        var glyphs = new ushort[65536];
        if (U16(data, best) == 12)
        {
            var groups = checked((int)U32(data, best + 12));
            for (var g = 0; g < groups; g++)
            {
                var entry = best + 16 + g * 12;
                var start = U32(data, entry);
                var last = Math.Min(U32(data, entry + 4), 0x10FFFFu);
                var glyph = U32(data, entry + 8);
                for (var c = start; c <= last; c++)
                {
                    var mapped = (ushort)(glyph + (c - start));
                    if (c <= 0xFFFF) glyphs[c] = mapped;
                    else if (mapped != 0) beyondBmp.Add(((int)c, mapped));
                }
            }
            return glyphs;
        }

        int segCount = U16(data, best + 6) / 2;
        var endCodes = best + 14;
        var startCodes = endCodes + segCount * 2 + 2;
        var deltas = startCodes + segCount * 2;
        var rangeOffsets = deltas + segCount * 2;
        for (var s = 0; s < segCount; s++)
        {
            int end = U16(data, endCodes + s * 2), start = U16(data, startCodes + s * 2);
            int delta = I16(data, deltas + s * 2), rangeOffset = U16(data, rangeOffsets + s * 2);
            if (start > end) continue;
            for (var c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var address = rangeOffsets + s * 2 + rangeOffset + 2 * (c - start);
                    if (address + 2 > data.Length) continue;
                    glyph = U16(data, address);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                glyphs[c] = (ushort)glyph;
            }
        }
        return glyphs;
    }

    /// <summary>Family and style names, preferring the typographic names and US English.</summary>
    private static (string Family, string Style) ReadNames(byte[] data, (int Offset, int Length) name)
    {
        if (name.Length < 6) return ("", "");
        int count = U16(data, name.Offset + 2), storage = name.Offset + U16(data, name.Offset + 4);
        string? family = null, style = null, typoFamily = null, typoStyle = null;
        for (var i = 0; i < count; i++)
        {
            var record = name.Offset + 6 + i * 12;
            if (record + 12 > data.Length) break;
            int platform = U16(data, record), encoding = U16(data, record + 2), language = U16(data, record + 4);
            int id = U16(data, record + 6), length = U16(data, record + 8), offset = U16(data, record + 10);
            if (platform != 3 || encoding is not (0 or 1) || language != 0x409) continue;
            if (storage + offset + length > data.Length) continue;
            var value = Encoding.BigEndianUnicode.GetString(data, storage + offset, length);
            switch (id)
            {
                case 1: family = value; break;
                case 2: style = value; break;
                case 16: typoFamily = value; break;
                case 17: typoStyle = value; break;
            }
        }
        return (typoFamily ?? family ?? "", typoStyle ?? style ?? "");
    }

    private static ushort U16(byte[] data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset, 2));

    private static short I16(byte[] data, int offset) => BinaryPrimitives.ReadInt16BigEndian(data.AsSpan(offset, 2));

    private static uint U32(byte[] data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4));
}
