using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Reports.Rendering.Pdf;

/// <summary>
/// PDFsharp 6.2 writes the text map (ToUnicode CMap) of a character beyond the BMP as its code point in hex
/// ("&lt;1F600&gt;"), where a PDF reader expects UTF-16 ("&lt;D83DDE00&gt;"); pdftotext and copy-paste then
/// give "ὠ" for 😀. Only when a document has such characters, the saved file is opened again, each map
/// rewritten in UTF-16 and the file saved once more, with the same identifier and dates.
/// </summary>
internal static partial class ToUnicodeRepair
{
    [GeneratedRegex(@"(<[0-9A-Fa-f]{4}>\s*<[0-9A-Fa-f]{4}>\s*)<([0-9A-Fa-f]{5,6})>", RegexOptions.CultureInvariant)]
    private static partial Regex WideDestination();

    public static byte[] Repair(byte[] pdf, PdfDocument original)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dict || dict.Elements.GetReference("/ToUnicode")?.Value is not PdfDictionary map || map.Stream is null) continue;
            map.Stream.TryUncompress();
            var text = Encoding.Latin1.GetString(map.Stream.Value);
            var fixedText = WideDestination().Replace(text, m =>
            {
                var utf16 = char.ConvertFromUtf32(int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                return m.Groups[1].Value + "<" + string.Concat(utf16.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))) + ">";
            });
            if (!ReferenceEquals(fixedText, text) && fixedText != text) map.Stream.Value = Encoding.Latin1.GetBytes(fixedText);
        }
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed; // as PdfFile writes it
        document.Info.CreationDate = original.Info.CreationDate;
        document.Info.ModificationDate = original.Info.ModificationDate;
        document.Internals.FirstDocumentID = original.Internals.FirstDocumentID;
        document.Internals.SecondDocumentID = original.Internals.SecondDocumentID;
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
