using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DocumentMetadata = Reports.Document.DocumentMetadata;

namespace Reports.Rendering.Docx;

/// <summary>The parts around the body: settings, font table, page-number headers, core properties, and the ZIP itself.</summary>
internal static class DocxPackage
{
    /// <summary>The time stamped on every ZIP entry: the earliest a ZIP can hold, so the bytes never depend on the clock.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Settings Settings(string language) => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 720 },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = language },
        new DecimalSymbol { Val = "," },
        new ListSeparator { Val = ";" });

    /// <summary>The font table names the font only (nothing is embedded); Times New Roman gets its classification so Word can substitute well.</summary>
    public static Fonts FontTable(string font)
    {
        var entry = new Font { Name = font };
        if (string.Equals(font, "Times New Roman", StringComparison.OrdinalIgnoreCase))
        {
            entry.Append(
                new Panose1Number { Val = "02020603050405020304" },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Roman },
                new Pitch { Val = FontPitchValues.Variable });
        }
        return new Fonts(entry);
    }

    /// <summary>The header of pages 2 onwards: the page number, centred, as a PAGE field.</summary>
    public static Header PageNumberHeader() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Header }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("2")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    /// <summary>The first page's header: empty (HD 36 and NĐ 30 number pages from the second).</summary>
    public static Header EmptyHeader() => new(new Paragraph(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyleIds.Header })));

    /// <summary>
    /// docProps/core.xml, written here rather than through System.IO.Packaging's package properties, which
    /// would put them in a part with a random name. Created and modified are the document's date at 00:00 UTC.
    /// </summary>
    public static void WriteCoreProperties(CoreFilePropertiesPart part, DocumentMetadata metadata, string language)
    {
        const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string dc = "http://purl.org/dc/elements/1.1/";
        const string dcterms = "http://purl.org/dc/terms/";
        const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
        var date = metadata.Date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            xml.WriteAttributeString("xmlns", "dcmitype", null, "http://purl.org/dc/dcmitype/");
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            xml.WriteElementString("dc", "title", dc, DocxText.Clean(metadata.Title ?? ""));
            xml.WriteElementString("dc", "subject", dc, DocxText.Clean(metadata.Subject ?? ""));
            xml.WriteElementString("dc", "creator", dc, DocxText.Clean(metadata.Author ?? ""));
            xml.WriteElementString("dc", "language", dc, language);
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, dcterms);
                xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                xml.WriteString(date);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        stream.Position = 0;
        part.FeedData(stream);
    }

    /// <summary>
    /// Rewrites a package so the same content gives the same bytes: System.IO.Packaging stamps entries with
    /// the current time. Entries keep their names and contents, in a fixed order (content types, package
    /// relationships, then by name), all dated <see cref="EntryTime"/> and compressed alike.
    /// </summary>
    public static byte[] Deterministic(byte[] package)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var data = entry.Open();
                using var copy = new MemoryStream();
                data.CopyTo(copy);
                entries.Add((entry.FullName, copy.ToArray()));
            }
        }
        entries.Sort((a, b) => Rank(a.Name) != Rank(b.Name) ? Rank(a.Name).CompareTo(Rank(b.Name)) : string.CompareOrdinal(a.Name, b.Name));

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(data);
            }
        }
        return output.ToArray();
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
