using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Reports.Document;
using Reports.Rendering.Pdf.Layout;

namespace Reports.Rendering.Pdf;

/// <summary>
/// A hash of everything a PDF shows (metadata, page sizes, every text run with its face, size and place, every
/// line), taken before PDFsharp writes the file. It becomes the trailer's /ID, set through PDFsharp's own
/// <c>Internals</c>: the same content gives the same /ID on every run, different content a different one.
/// </summary>
internal sealed class PageFingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _number = new byte[8];

    public static string Of(IReadOnlyList<LaidOutPage> pages, DocumentMetadata metadata)
    {
        using var fingerprint = new PageFingerprint();
        fingerprint.Add(metadata.Title).Add(metadata.Author).Add(metadata.Subject).Add(metadata.Language).Add(metadata.Date.ToString());
        foreach (var page in pages)
        {
            fingerprint.Add(page.Width).Add(page.Height);
            foreach (var item in page.Items)
            {
                switch (item)
                {
                    case TextItem t:
                        fingerprint.Add(t.X).Add(t.Baseline).Add(t.Style.Size).Add(t.Style.Face.FamilyName).Add(t.Style.Face.StyleName).Add(t.Text);
                        break;
                    case LineItem l:
                        fingerprint.Add(l.X1).Add(l.Y1).Add(l.X2).Add(l.Y2).Add(l.Thickness);
                        break;
                    case ImageItem i:
                        fingerprint.Add(i.X).Add(i.Y).Add(i.Width).Add(i.Height).Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(i.Image.Bytes)));
                        break;
                }
            }
        }
        // PDFsharp writes each char of the ID as one byte: 16 bytes of the hash, as the PDF standard's IDs are.
        var hash = fingerprint._hash.GetHashAndReset();
        return string.Create(16, hash, (span, h) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = (char)h[i];
        });
    }

    private PageFingerprint Add(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(_number, value);
        _hash.AppendData(_number);
        return this;
    }

    private PageFingerprint Add(string value)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(value));
        _hash.AppendData([0]);
        return this;
    }

    public void Dispose() => _hash.Dispose();
}
