using System.Buffers.Binary;
using Reports.Core.Model;

namespace Reports.Core.Imaging;

/// <summary>
/// Reads what a picture file is from its first bytes, never from its name: a PNG's IHDR chunk, or a JPEG's
/// start-of-frame segment found by walking the segments from the start. Enough to refuse a text file named
/// ".jpg" and to size the picture on the page without decoding it.
/// </summary>
public static class ImageHeader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format and pixel size, or null when the bytes are neither a PNG nor a JPEG with a frame header.</summary>
    public static (PhotoFormat Format, int Width, int Height)? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature)) return ReadPng(bytes);
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return ReadJpeg(bytes);
        return null;
    }

    // Signature, then the first chunk must be IHDR: length 13, width and height as big-endian 32-bit numbers.
    private static (PhotoFormat, int, int)? ReadPng(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]);
        return width > int.MaxValue || height > int.MaxValue ? null : (PhotoFormat.Png, (int)width, (int)height);
    }

    /// <summary>
    /// Segment by segment from after SOI: each is FF, a marker, and (for most markers) a 16-bit length that
    /// counts itself. The frame header (SOF0-SOF15 but DHT C4, JPG C8, DAC CC) holds precision, height,
    /// width. Each step moves forward, so a damaged file ends the walk rather than looping.
    /// </summary>
    private static (PhotoFormat, int, int)? ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF) return null;
            var marker = bytes[at + 1];
            if (marker == 0xFF) { at++; continue; } // fill byte
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7)) { at += 2; continue; } // no length
            if (marker is 0xD9 or 0xDA) return null; // image end or scan data before any frame header
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (length < 2) return null;
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                if (at + 9 > bytes.Length || length < 7) return null;
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]);
                return (PhotoFormat.Jpeg, width, height);
            }
            at += 2 + length;
        }
        return null;
    }
}
