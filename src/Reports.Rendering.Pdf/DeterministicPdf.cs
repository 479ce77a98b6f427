using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Reports.Rendering.Pdf;

/// <summary>
/// PDFsharp 6.2 puts random values into every file. The trailer's /ID is set through its API (see
/// <see cref="PageFingerprint"/>), and the dates from the document's date; two cannot be set: the six-letter
/// tag before the name of each embedded font subset ("KRDOTZ+Liberation Serif", from a GUID), and the XMP
/// metadata's xmpMM:DocumentID and xmpMM:InstanceID (new GUIDs when the metadata is written). This rewrites
/// those from a hash of the file with them blanked, so the same content always gives the same bytes and
/// different content different ones.
/// Every value is replaced by one of the same length, so the cross-reference offsets stay valid.
/// </summary>
internal static partial class DeterministicPdf
{
    [GeneratedRegex(@"/(?:FontName|BaseFont)/([A-Z]{6})\+", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(?:DocumentID|InstanceID)>uuid:([0-9A-Fa-f-]{36})</", RegexOptions.CultureInvariant)]
    private static partial Regex XmpId();

    public static byte[] Finish(byte[] pdf)
    {
        // Latin-1 maps each byte to one char, so string positions are byte positions.
        var text = Encoding.Latin1.GetString(pdf);
        var tags = SubsetTag().Matches(text).Select(m => m.Groups[1]).ToArray();
        var xmpIds = XmpId().Matches(text).Select(m => m.Groups[1]).ToArray();

        var result = (byte[])pdf.Clone();
        foreach (var group in tags) Fill(result, group, 'A');
        foreach (var group in xmpIds) Fill(result, group, '0');
        var hash = SHA256.HashData(result);

        var hex = Convert.ToHexString(hash.AsSpan(0, 16));
        var uuid = string.Create(36, hex.ToLowerInvariant(), (span, h) =>
        {
            h.AsSpan(0, 8).CopyTo(span);
            span[8] = '-';
            h.AsSpan(8, 4).CopyTo(span[9..]);
            span[13] = '-';
            h.AsSpan(12, 4).CopyTo(span[14..]);
            span[18] = '-';
            h.AsSpan(16, 4).CopyTo(span[19..]);
            span[23] = '-';
            h.AsSpan(20, 12).CopyTo(span[24..]);
        });
        foreach (var group in xmpIds) Write(result, group, uuid);

        // One tag per font, the same wherever that font's name appears, each derived from the hash and its order.
        var newTags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in tags)
        {
            if (!newTags.TryGetValue(group.Value, out var tag))
            {
                var seed = SHA256.HashData([.. hash, (byte)newTags.Count, (byte)(newTags.Count >> 8)]);
                tag = new string(seed.Take(6).Select(b => (char)('A' + b % 26)).ToArray());
                newTags[group.Value] = tag;
            }
            Write(result, group, tag);
        }
        return result;
    }

    private static void Fill(byte[] bytes, Group group, char c) => bytes.AsSpan(group.Index, group.Length).Fill((byte)c);

    private static void Write(byte[] bytes, Group group, string value)
    {
        var length = Math.Min(group.Length, value.Length);
        for (var i = 0; i < length; i++) bytes[group.Index + i] = (byte)value[i];
    }
}
