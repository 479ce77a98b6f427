using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Tests.Compose;
using Xunit;
using static Reports.Tests.Rendering.DocxReading;
using D = Reports.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using Text = DocumentFormat.OpenXml.Wordprocessing.Text;
namespace Reports.Tests.Rendering;

public sealed class DocxRendererTests
{
    private static int Tw(double mm) => (int)Math.Round(mm * 1440 / 25.4, MidpointRounding.AwayFromZero);

    [Fact]
    public void Names_its_format_and_extension()
    {
        Assert.Equal("docx", Renderer.Format);
        Assert.Equal("docx", Renderer.Extension);
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Validates_without_a_single_error(string name)
    {
        using var doc = Open(Bytes(name));
        foreach (var version in new[] { FileFormatVersions.Office2019, FileFormatVersions.Microsoft365 })
        {
            var errors = new OpenXmlValidator(version).Validate(doc)
                .Select(e => $"{version} {e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Page_is_a4_portrait_with_the_presentation_margins(string name)
    {
        var p = Tree(name).Presentation;
        using var doc = Open(Bytes(name));
        // The body's last child closes the last section; the report's own is the first (an appendix may follow).
        Assert.IsType<SectionProperties>(doc.Body().LastChild);
        var section = doc.ReportSection();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Null(size.Orient);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(Tw(p.MarginTopMm), margin.Top!.Value);
        Assert.Equal(Tw(p.MarginBottomMm), margin.Bottom!.Value);
        Assert.Equal((uint)Tw(p.MarginLeftMm), margin.Left!.Value);
        Assert.Equal((uint)Tw(p.MarginRightMm), margin.Right!.Value);
    }

    [Fact]
    public void Margins_in_twips_for_the_samples()
    {
        using var party = Open(Bytes("sample:party"));
        var m = party.Body().GetFirstChild<SectionProperties>()!.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (m.Top!.Value, m.Bottom!.Value, m.Left!.Value, m.Right!.Value));

        using var state = Open(Bytes("sample:state"));
        m = state.Body().GetFirstChild<SectionProperties>()!.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 1134u), (m.Top!.Value, m.Bottom!.Value, m.Left!.Value, m.Right!.Value));
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Page_number_is_a_centred_page_field_in_the_header_from_page_two(string name)
    {
        using var doc = Open(Bytes(name));
        var main = doc.MainDocumentPart!;
        var section = doc.ReportSection();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        Assert.True(section.GetFirstChild<TitlePage>()!.Val is null || section.GetFirstChild<TitlePage>()!.Val!.Value);

        var references = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => r.Id!.Value!);
        var pageHeader = ((HeaderPart)main.GetPartById(references[HeaderFooterValues.Default])).Header!;
        var instruction = string.Concat(pageHeader.Descendants<FieldCode>().Select(f => f.Text))
            + string.Concat(pageHeader.Descendants<SimpleField>().Select(f => f.Instruction?.Value));
        Assert.Equal("PAGE", instruction.Trim());
        var paragraph = Assert.Single(pageHeader.Elements<Paragraph>());
        Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(paragraph)!.Val!.Value);
        Assert.Null(paragraph.Descendants<PageNumber>().FirstOrDefault());
        Assert.Equal(NumberFormatValues.Decimal, section.GetFirstChild<PageNumberType>()?.Format?.Value ?? NumberFormatValues.Decimal);

        var firstHeader = ((HeaderPart)main.GetPartById(references[HeaderFooterValues.First])).Header!;
        Assert.Equal("", firstHeader.Text());
        Assert.Empty(firstHeader.Descendants<FieldCode>());
        Assert.Empty(firstHeader.Descendants<SimpleField>());
        Assert.Empty(main.FooterParts);
    }

    [Fact]
    public void Party_letterhead_sets_each_line_as_hd_36_asks()
    {
        using var doc = Open(Bytes("sample:party"));
        var letterhead = doc.Letterhead();
        var (left, right) = (letterhead.Cell(0, 0), letterhead.Cell(0, 1));

        var parent = left.ParagraphWithText("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI");
        Assert.Equal(new Effective(28, false, false, false, "Times New Roman", "vi-VN"), doc.Resolve(parent));
        var issuer = left.ParagraphWithText("HUYỆN ỦY ĐAN PHƯỢNG");
        Assert.Equal((28, true, false), (doc.Resolve(issuer).HalfPoints, doc.Resolve(issuer).Bold, doc.Resolve(issuer).Italic));
        var star = Assert.IsType<Paragraph>(issuer.NextSibling());
        Assert.Equal("*", star.Text());
        Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(star)!.Val!.Value);

        var title = right.ParagraphWithText("ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.Equal((30, true, false, false), (doc.Resolve(title).HalfPoints, doc.Resolve(title).Bold, doc.Resolve(title).Italic, doc.Resolve(title).Underline));
        AssertRuleUnder(doc, title, right, 0.95, 1.05, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, bold: true);
        Assert.DoesNotContain(right.Descendants<Paragraph>(), p => p.StyleId() == DocxStyleIds.Motto);

        var number = letterhead.Cell(1, 0).ParagraphWithText("Số 45-BC/HU");
        Assert.Equal((28, false, false), (doc.Resolve(number).HalfPoints, doc.Resolve(number).Bold, doc.Resolve(number).Italic));
        var date = letterhead.Cell(1, 1).ParagraphWithText("Đan Phượng, ngày 04 tháng 4 năm 2024");
        Assert.Equal((28, false, true), (doc.Resolve(date).HalfPoints, doc.Resolve(date).Bold, doc.Resolve(date).Italic));
        Assert.Equal(JustificationValues.Right, doc.ParagraphProperty<Justification>(date)!.Val!.Value);
    }

    [Fact]
    public void State_letterhead_sets_each_line_as_nd_30_asks()
    {
        using var doc = Open(Bytes("sample:state"));
        var letterhead = doc.Letterhead();
        var (left, right) = (letterhead.Cell(0, 0), letterhead.Cell(0, 1));

        var issuer = left.ParagraphWithText("ỦY BAN NHÂN DÂN HUYỆN MỸ ĐỨC");
        Assert.Equal((26, true), (doc.Resolve(issuer).HalfPoints, doc.Resolve(issuer).Bold));
        Assert.DoesNotContain(left.Descendants<Paragraph>(), p => p.Text() == "*");
        // A short line under the issuer: a third of its widest line as printed (the name wraps in its column).
        AssertRuleUnder(doc, issuer, left, 0.25, 0.45, "ỦY BAN NHÂN DÂN", 13, bold: true);

        var title = right.ParagraphWithText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        Assert.Equal((26, true), (doc.Resolve(title).HalfPoints, doc.Resolve(title).Bold));
        Assert.Null(title.ParagraphProperties?.GetFirstChild<ParagraphBorders>());
        Assert.Null(doc.ParagraphProperty<ParagraphBorders>(title));
        var motto = Assert.IsType<Paragraph>(title.NextSibling());
        Assert.Equal("Độc lập - Tự do - Hạnh phúc", motto.Text());
        Assert.Equal((28, true, false), (doc.Resolve(motto).HalfPoints, doc.Resolve(motto).Bold, doc.Resolve(motto).Underline));
        AssertRuleUnder(doc, motto, right, 0.95, 1.05, "Độc lập - Tự do - Hạnh phúc", 14, bold: true);

        var number = letterhead.Cell(1, 0).ParagraphWithText("Số: 125/BC-UBND");
        Assert.Equal((26, false), (doc.Resolve(number).HalfPoints, doc.Resolve(number).Bold));
        var date = letterhead.Cell(1, 1).ParagraphWithText("Mỹ Đức, ngày 14 tháng 6 năm 2024");
        Assert.Equal((28, true), (doc.Resolve(date).HalfPoints, doc.Resolve(date).Italic));
    }

    /// <summary>
    /// The paragraph after <paramref name="text"/> is an empty rule: a single bottom border centred in the
    /// cell, as long as the text times a ratio in [min, max]. The text's width is estimated independently:
    /// Times New Roman capitals and bold letters average about 0.68 em, lower case about 0.5 em.
    /// </summary>
    private static void AssertRuleUnder(WordprocessingDocument doc, Paragraph text, TableCell cell, double min, double max,
        string words, double sizePt, bool bold)
    {
        var rule = Assert.IsType<Paragraph>(text.NextSibling());
        Assert.Equal("", rule.Text());
        var border = doc.ParagraphProperty<ParagraphBorders>(rule)?.GetFirstChild<BottomBorder>();
        Assert.NotNull(border);
        Assert.Equal(BorderValues.Single, border!.Val!.Value);
        var ind = rule.ParagraphProperties!.Indentation!;
        var available = Twips(cell.TableCellProperties!.TableCellWidth!.Width);
        Assert.InRange(Twips(ind.Left) - Twips(ind.Right), -1, 1); // centred
        var estimate = words.Sum(c => char.IsWhiteSpace(c) ? 0.25 : char.IsUpper(c) ? 0.70 : c == '-' ? 0.33 : bold ? 0.53 : 0.5) * sizePt * 20;
        Assert.InRange(RuleLength(rule, available), estimate * min * 0.93, estimate * max * 1.07);
    }

    [Theory]
    [MemberData(nameof(Reports), MemberType = typeof(DocxReading))]
    public void Letterhead_carries_the_tree_texts_with_rules_and_line_breaks(string name)
    {
        var tree = Tree(name);
        var expected = tree.Letterhead!;
        var styles = tree.Presentation.Styles;
        using var doc = Open(Bytes(name));
        var letterhead = doc.Letterhead();

        var issuer = Assert.Single(letterhead.Cell(0, 0).Descendants<Paragraph>(), p => p.StyleId() == DocxStyleIds.Issuer);
        Assert.Equal(expected.Issuer, issuer.Text());
        Assert.Equal(expected.Issuer.Count(c => c == '\n'), issuer.Descendants<Break>().Count());
        Assert.Equal((Half(styles.Issuer), styles.Issuer.Bold), (doc.Resolve(issuer).HalfPoints, doc.Resolve(issuer).Bold));

        var title = Assert.Single(letterhead.Cell(0, 1).Descendants<Paragraph>(), p => p.StyleId() == DocxStyleIds.NationalTitle);
        Assert.Equal(expected.NationalTitle, title.Text());
        var underlined = expected.Motto is null ? title : letterhead.Cell(0, 1).ParagraphWithText(expected.Motto);
        var rule = Assert.IsType<Paragraph>(underlined.NextSibling());
        Assert.Equal(DocxStyleIds.LetterheadRule, rule.StyleId());
        Assert.NotNull(doc.ParagraphProperty<ParagraphBorders>(rule)?.BottomBorder);

        var number = letterhead.Cell(1, 0).ParagraphWithText(expected.NumberAndSymbol);
        Assert.Equal((Half(styles.NumberAndSymbol), false), (doc.Resolve(number).HalfPoints, doc.Resolve(number).Bold));
        var date = letterhead.Cell(1, 1).ParagraphWithText(expected.PlaceAndDate);
        Assert.Equal((Half(styles.PlaceAndDate), true), (doc.Resolve(date).HalfPoints, doc.Resolve(date).Italic));
        // The day and month are glued with no-break spaces (the line may break only before "năm"); a draft
        // leaves the day blank (no-break spaces) for the signer.
        Assert.Matches("^[^,]+, ngày[ \u00A0](\\d{2}|\u00A0{6})[ \u00A0]tháng[ \u00A0]\\d{1,2} năm[ \u00A0]\\d{4}$", date.Text());

        if (tree.Frame.Letterhead.IssuerMarkText is not null)
            Assert.Equal("*", Assert.IsType<Paragraph>(issuer.NextSibling()).Text());
        else
            Assert.Equal(DocxStyleIds.LetterheadRule, Assert.IsType<Paragraph>(issuer.NextSibling()).StyleId());
    }

    private static int Half(TextStyle style) => (int)Math.Round(style.SizePt * 2);

    [Fact]
    public void A_line_break_in_the_issuer_is_a_break_and_blank_numbers_keep_their_spaces()
    {
        using var state = Open(Bytes("ubnd-huyen-my-duc-q2-2024.yaml"));
        var issuer = state.Letterhead().Cell(0, 0).Descendants<Paragraph>().Single(p => p.StyleId() == DocxStyleIds.Issuer);
        Assert.Equal(["ỦY BAN NHÂN DÂN", "HUYỆN MỸ ĐỨC"], issuer.Descendants<W.Text>().Select(t => t.Text));
        Assert.Single(issuer.Descendants<Break>());
        // Glued: a no-break space, and a w:noBreakHyphen that reads as "-".
        Assert.Equal("Số:\u00A005/BC-UBND", state.Letterhead().Cell(1, 0).Text());

        using var party = Open(Bytes("dang-uy-xa-o-dien-q3-2025.yaml"));
        var number = party.Letterhead().Cell(1, 0).Descendants<W.Text>().Single();
        Assert.Equal(Composed.Report("dang-uy-xa-o-dien-q3-2025.yaml").Letterhead!.NumberAndSymbol, number.Text);
        Assert.Matches(@"^Số\s{3,}-BC/ĐU$", number.Text); // a blank left to write the number by hand
    }

    [Theory]
    [MemberData(nameof(Reports), MemberType = typeof(DocxReading))]
    public void Layout_tables_have_no_borders_and_fixed_widths_inside_the_text_area(string name)
    {
        var p = Tree(name).Presentation;
        var textWidth = Tw(210) - Tw(p.MarginLeftMm) - Tw(p.MarginRightMm);
        using var doc = Open(Bytes(name));
        foreach (var table in new[] { doc.Letterhead(), doc.Closing() })
        {
            var properties = table.GetFirstChild<TableProperties>()!;
            Assert.Null(properties.TableStyle);
            var borders = properties.TableBorders!;
            Assert.Equal(6, borders.ChildElements.Count);
            Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.None, b.Val!.Value));
            Assert.Empty(table.Descendants<TableCellBorders>());
            Assert.Empty(table.Descendants<ParagraphBorders>());
            Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
            var grid = table.GetFirstChild<W.TableGrid>()!.Elements<GridColumn>().Select(c => Twips(c.Width)).ToList();
            Assert.Equal(2, grid.Count);
            Assert.Equal(textWidth, grid.Sum());
            Assert.Equal(textWidth, Twips(properties.TableWidth!.Width));
        }
    }

    [Theory]
    [MemberData(nameof(Reports), MemberType = typeof(DocxReading))]
    public void Title_block_is_centred_with_dashes_or_a_rule(string name)
    {
        var tree = Tree(name);
        using var doc = Open(Bytes(name));
        var body = doc.Body().Elements().ToList();
        var type = doc.Body().Elements<Paragraph>().Single(p => p.StyleId() == DocxStyleIds.DocumentType);
        Assert.Equal("BÁO CÁO", type.Text());
        Assert.Equal((Half(tree.Presentation.Styles.DocumentType), true), (doc.Resolve(type).HalfPoints, doc.Resolve(type).Bold));
        var subject = Assert.IsType<Paragraph>(type.NextSibling());
        Assert.Equal(DocxStyleIds.Subject, subject.StyleId());
        // A number keeps its unit with U+00A0 ("9\u00A0tháng"), a plain space in the tree.
        Assert.Equal(tree.Title!.Subject, subject.Text().Replace('\u00A0', ' '));
        Assert.True(doc.Resolve(subject).Bold);
        foreach (var p in new[] { type, subject })
        {
            Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(p)!.Val!.Value);
            Assert.Equal("0", doc.ParagraphProperty<Indentation>(p)!.FirstLine!.Value);
        }

        var mark = Assert.IsType<Paragraph>(subject.NextSibling());
        if (tree.Frame.Title.SubjectDashes is { } dashes)
        {
            Assert.Equal(dashes, mark.Text());
            Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(mark)!.Val!.Value);
        }
        else
        {
            Assert.Equal(DocxStyleIds.SubjectRule, mark.StyleId());
            Assert.NotNull(doc.ParagraphProperty<ParagraphBorders>(mark)?.BottomBorder);
            var textWidth = Tw(210) - Tw(tree.Presentation.MarginLeftMm) - Tw(tree.Presentation.MarginRightMm);
            Assert.InRange(RuleLength(mark, textWidth), 500, textWidth / 2);
        }
        Assert.True(body.IndexOf(doc.Letterhead()) < body.IndexOf(type));
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Every_heading_uses_heading_1_to_3_with_its_outline_level(string name)
    {
        var tree = Tree(name);
        using var doc = Open(Bytes(name));
        var paragraphs = doc.Body().Elements<Paragraph>().ToList();
        foreach (var level in new[] { 1, 2, 3 })
        {
            var expected = tree.Body.OfType<Heading>().Where(h => h.Level == level).Select(h => h.Content.PlainText()).ToList();
            // A number keeps its unit with U+00A0 ("9\u00A0THÁNG"), which the tree's text has as a space.
            var actual = paragraphs.Where(p => p.StyleId() == "Heading" + level).Select(p => p.Text().Replace('\u00A0', ' ')).ToList();
            Assert.Equal(expected, actual);

            var style = doc.Style("Heading" + level);
            Assert.Equal("heading " + level, style.StyleName!.Val!.Value);
            Assert.Equal(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.NotNull(style.StyleParagraphProperties.KeepNext);
            var text = level switch { 1 => tree.Presentation.Styles.Heading1, 2 => tree.Presentation.Styles.Heading2, _ => tree.Presentation.Styles.Heading3 };
            var resolved = doc.Resolve("Heading" + level);
            Assert.Equal((Half(text), text.Bold, text.Italic), (resolved.HalfPoints, resolved.Bold, resolved.Italic));
        }
        Assert.Contains(paragraphs, p => p.StyleId() == "Heading1");
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Every_paragraph_style_is_defined_and_normal_is_the_body_text(string name)
    {
        var p = Tree(name).Presentation;
        using var doc = Open(Bytes(name));
        var defined = doc.Styles().Elements<Style>().Select(s => s.StyleId!.Value!).ToHashSet();
        var main = doc.MainDocumentPart!;
        var used = main.Document.Descendants<ParagraphStyleId>()
            .Concat(main.HeaderParts.SelectMany(h => h.Header!.Descendants<ParagraphStyleId>()))
            .Select(s => s.Val!.Value!).ToHashSet();
        Assert.Subset(defined, used);
        Assert.Subset(defined, main.Document.Descendants<TableStyle>().Select(s => s.Val!.Value!).ToHashSet());

        var normal = doc.Style(DocxStyleIds.Normal);
        Assert.True(normal.Default!.Value);
        var ppr = normal.StyleParagraphProperties!;
        Assert.Equal(JustificationValues.Both, ppr.Justification!.Val!.Value);
        Assert.Equal((int)Math.Round(p.FirstLineIndentCm * 1440 / 2.54), Twips(ppr.Indentation!.FirstLine));
        Assert.Equal((int)Math.Round(p.ParagraphSpacingPt * 20), Twips(ppr.SpacingBetweenLines!.After));
        Assert.Equal((int)Math.Round(p.LineSpacing * 240), Twips(ppr.SpacingBetweenLines.Line));
        Assert.Equal(LineSpacingRuleValues.Auto, ppr.SpacingBetweenLines.LineRule!.Value);
        Assert.Equal(Half(p.Styles.Body), doc.Resolve(DocxStyleIds.Normal).HalfPoints);

        // Runs carry no formatting of their own but bold and italic.
        var allowed = new[] { typeof(Bold), typeof(Italic) };
        Assert.All(main.Document.Descendants<RunProperties>().SelectMany(r => r.ChildElements), e => Assert.Contains(e.GetType(), allowed));
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Vietnamese_is_the_proofing_language_and_times_new_roman_is_named_not_embedded(string name)
    {
        using var doc = Open(Bytes(name));
        var defaults = doc.Styles().DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("vi-VN", defaults.GetFirstChild<Languages>()!.Val!.Value);
        Assert.Equal("vi-VN", doc.Style(DocxStyleIds.Normal).StyleRunProperties!.GetFirstChild<Languages>()!.Val!.Value);
        Assert.All(doc.Styles().Elements<Style>().Where(s => s.Type!.Value == StyleValues.Paragraph),
            s => Assert.Equal("vi-VN", doc.Resolve(s.StyleId!.Value!).Language));

        var fonts = defaults.GetFirstChild<RunFonts>()!;
        Assert.Equal(["Times New Roman"], new[] { fonts.Ascii!.Value, fonts.HighAnsi!.Value, fonts.ComplexScript!.Value, fonts.EastAsia!.Value }.Distinct());
        Assert.Null(fonts.AsciiTheme);
        var fontTable = doc.MainDocumentPart!.FontTablePart!;
        Assert.Equal("Times New Roman", Assert.Single(fontTable.Fonts!.Elements<W.Font>()).Name!.Value);
        Assert.Empty(fontTable.FontParts);
        Assert.Empty(fontTable.Fonts!.Descendants<EmbedRegularFont>());
        Assert.Null(doc.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<EmbedTrueTypeFonts>());
        Assert.Empty(doc.MainDocumentPart.Document.Descendants<RunFonts>());
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Core_properties_come_from_the_metadata(string name)
    {
        var metadata = Tree(name).Metadata;
        using var doc = Open(Bytes(name));
        var properties = doc.PackageProperties;
        Assert.Equal(metadata.Title, properties.Title);
        Assert.Equal(metadata.Subject, properties.Subject);
        Assert.Equal(metadata.Author, properties.Creator);
        Assert.Equal("vi-VN", properties.Language);
        var midnight = new DateTime(metadata.Date.Year, metadata.Date.Month, metadata.Date.Day, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(midnight, properties.Created!.Value.ToUniversalTime());
        Assert.Equal(midnight, properties.Modified!.Value.ToUniversalTime());
    }

    [Fact]
    public void Core_properties_of_the_party_sample()
    {
        using var doc = Open(Bytes("sample:party"));
        Assert.Equal("Báo cáo kết quả thực hiện nhiệm vụ quý I năm 2024", doc.PackageProperties.Title);
        Assert.Equal("Huyện ủy Đan Phượng", doc.PackageProperties.Creator);
        Assert.Equal(new DateTime(2024, 4, 4, 0, 0, 0, DateTimeKind.Utc), doc.PackageProperties.Created!.Value.ToUniversalTime());
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void The_same_document_gives_the_same_bytes(string name)
    {
        var first = Renderer.Render(Tree(name));
        var again = new DocxRenderer().Render(Tree(name));
        Assert.Equal(first, again);
        Assert.Equal(first, Bytes(name));

        // Nothing in the ZIP depends on the clock: every entry has the same fixed date, in a fixed order.
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.Equal("_rels/.rels", zip.Entries[1].FullName);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var rels = new StreamReader(zip.GetEntry("_rels/.rels")!.Open());
        Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", rels.ReadToEnd());
    }

    [Fact]
    public void Renders_alike_from_several_threads()
    {
        var expected = Bytes("sample:party");
        var results = new byte[8][];
        Parallel.For(0, results.Length, i => results[i] = Renderer.Render(SampleDocuments.PartyReport));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Draft_mark_only_on_drafts(string name)
    {
        var tree = Tree(name);
        using var doc = Open(Bytes(name));
        var marks = doc.Body().Descendants<Paragraph>().Where(p => p.Text().Contains(tree.Frame.DraftMark.Text, StringComparison.Ordinal)).ToList();
        if (!tree.IsDraft)
        {
            Assert.Empty(marks);
            Assert.DoesNotContain(doc.Body().Descendants<Paragraph>(), p => p.StyleId() == DocxStyleIds.DraftMark);
            return;
        }
        var mark = Assert.Single(marks);
        Assert.Same(mark, doc.Body().FirstChild);
        Assert.Equal(DocxStyleIds.DraftMark, mark.StyleId());
        Assert.True(doc.Resolve(mark).Bold);
        var box = doc.ParagraphProperty<ParagraphBorders>(mark)!;
        Assert.All(new BorderType?[] { box.TopBorder, box.LeftBorder, box.BottomBorder, box.RightBorder },
            b => Assert.Equal(BorderValues.Single, b!.Val!.Value));
        // At the right: the left indent takes most of the line.
        Assert.True(Twips(mark.ParagraphProperties!.Indentation!.Left) > 5000);
    }

    [Fact]
    public void The_draft_fixture_and_sample_are_marked()
    {
        Assert.True(Tree("dang-uy-xa-o-dien-q3-2025.yaml").IsDraft);
        Assert.True(Tree("sample:party").IsDraft);
        using var doc = Open(Bytes("dang-uy-xa-o-dien-q3-2025.yaml"));
        // The fixture is a second draft: its revision is a second line in the same box.
        Assert.Equal("DỰ THẢO\nDự thảo lần 2", doc.Body().Elements<Paragraph>().First().Text());
    }

    [Theory]
    [MemberData(nameof(AllDocuments), MemberType = typeof(DocxReading))]
    public void Figure_tables_repeat_their_header_keep_rows_whole_and_align_columns(string name)
    {
        var tree = Tree(name);
        var textWidth = Tw(210) - Tw(tree.Presentation.MarginLeftMm) - Tw(tree.Presentation.MarginRightMm);
        var expectedTables = tree.Body.OfType<D.Table>().ToList();
        using var doc = Open(Bytes(name));
        var tables = doc.ReportPart().OfType<W.Table>().Where(t => t.GetFirstChild<TableProperties>()!.TableStyle?.Val?.Value == DocxStyleIds.TableGrid).ToList();
        Assert.Equal(expectedTables.Count, tables.Count);
        if (name != "sample:article") Assert.NotEmpty(tables);

        foreach (var (expected, table) in expectedTables.Zip(tables, (e, t) => (e, t)))
        {
            var rows = table.Elements<W.TableRow>().ToList();
            Assert.Equal(expected.HeaderRows.Count + expected.Rows.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var trPr = rows[i].TableRowProperties!;
                Assert.Equal(i < expected.HeaderRows.Count, trPr.GetFirstChild<TableHeader>() is not null);
                Assert.NotNull(trPr.GetFirstChild<CantSplit>());
            }

            var grid = table.GetFirstChild<W.TableGrid>()!.Elements<GridColumn>().Select(c => Twips(c.Width)).ToList();
            Assert.Equal(textWidth, grid.Sum());
            var relative = expected.Columns.Select(c => c.RelativeWidth).ToList();
            for (var i = 0; i < grid.Count; i++)
                Assert.InRange(grid[i], relative[i] / relative.Sum() * textWidth - 2, relative[i] / relative.Sum() * textWidth + 2);

            foreach (var row in rows.Skip(expected.HeaderRows.Count))
            {
                var cells = row.Elements<W.TableCell>().ToList();
                for (var i = 0; i < cells.Count; i++)
                {
                    var paragraph = cells[i].Elements<Paragraph>().Single();
                    var alignment = doc.ParagraphProperty<Justification>(paragraph)!.Val!.Value;
                    Assert.Equal(expected.Columns[i].Alignment switch
                    {
                        ColumnAlignment.Right => JustificationValues.Right,
                        ColumnAlignment.Center => JustificationValues.Center,
                        _ => JustificationValues.Left,
                    }, alignment);
                    Assert.Equal(Half(tree.Presentation.Styles.TableText), doc.Resolve(paragraph).HalfPoints);
                }
            }
            var header = rows[0].Descendants<Paragraph>().First();
            Assert.Equal(DocxStyleIds.TableHeading, header.StyleId());
            Assert.True(doc.Resolve(header).Bold);
        }

        var grid2 = doc.Style(DocxStyleIds.TableGrid).StyleTableProperties!.TableBorders!;
        Assert.All(grid2.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
        Assert.Equal(6, grid2.ChildElements.Count);
    }

    [Fact]
    public void Numbers_in_the_sample_table_are_right_aligned_text_left()
    {
        using var doc = Open(Bytes("sample:party"));
        var table = doc.Body().Elements<W.Table>().Single(t => t.GetFirstChild<TableProperties>()!.TableStyle?.Val?.Value == DocxStyleIds.TableGrid);
        var cell = table.Descendants<Paragraph>().Single(p => p.Text() == "187,5");
        Assert.Equal(DocxStyleIds.TableTextRight, cell.StyleId());
        Assert.Equal(DocxStyleIds.TableText, table.Descendants<Paragraph>().Single(p => p.Text() == "Giá trị sản xuất nông nghiệp").StyleId());
        Assert.All(table.Descendants<Paragraph>().Where(p => p.Text() == "tỷ đồng"), p => Assert.Equal(DocxStyleIds.TableTextCenter, p.StyleId()));
    }

    [Fact]
    public void A_row_taller_than_a_page_may_split()
    {
        var tall = string.Join(" ", Enumerable.Repeat("Tổng thu ngân sách nhà nước trên địa bàn", 400));
        var table = new D.Table([new(ColumnAlignment.Left, 1), new(ColumnAlignment.Right, 1)],
            [SampleDocuments.Row("Chỉ tiêu", "Giá trị")],
            [SampleDocuments.Row("Ngắn", "1"), SampleDocuments.Row(tall, "2")]);
        using var doc = Open(Renderer.Render(SampleDocuments.WithBody(table)));
        var rows = doc.Body().Descendants<W.TableRow>().ToList();
        Assert.NotNull(rows[1].TableRowProperties!.GetFirstChild<CantSplit>());
        Assert.Null(rows[2].TableRowProperties!.GetFirstChild<CantSplit>());
    }

    [Theory]
    [MemberData(nameof(Reports), MemberType = typeof(DocxReading))]
    public void Closing_puts_recipients_and_signature_side_by_side_on_one_page(string name)
    {
        var tree = Tree(name);
        var closing = tree.Closing!;
        var s = tree.Presentation.Styles;
        using var doc = Open(Bytes(name));
        var table = doc.Closing();
        var row = Assert.Single(table.Elements<W.TableRow>());
        Assert.NotNull(row.TableRowProperties!.GetFirstChild<CantSplit>());
        var (left, right) = (table.Cell(0, 0), table.Cell(0, 1));

        var label = left.Elements<Paragraph>().First();
        Assert.Equal(DocxStyleIds.RecipientsLabel, label.StyleId());
        Assert.Equal("Nơi nhận:", label.Text());
        var resolved = doc.Resolve(label);
        Assert.Equal((Half(s.RecipientsLabel), s.RecipientsLabel.Bold, s.RecipientsLabel.Italic, s.RecipientsLabel.Underline),
            (resolved.HalfPoints, resolved.Bold, resolved.Italic, resolved.Underline));
        Assert.Empty(label.Descendants<RunProperties>());
        if (tree.Frame.Letterhead.IssuerMarkText is not null) Assert.True(resolved.Underline && !resolved.Bold); // Party
        else Assert.True(resolved.Bold && resolved.Italic && !resolved.Underline);

        var items = left.Elements<Paragraph>().Skip(1).ToList();
        Assert.Equal(closing.Recipients.Items, items.Select(p => p.Text()));
        Assert.All(items, p =>
        {
            Assert.Equal(DocxStyleIds.RecipientsItem, p.StyleId());
            Assert.Equal(Half(s.RecipientsItem), doc.Resolve(p).HalfPoints);
            Assert.Equal(JustificationValues.Left, doc.ParagraphProperty<Justification>(p)!.Val!.Value);
            // Wrapped lines hang under the text after "- ": left and hanging indents both the width of "- ".
            var indent = doc.ParagraphProperty<Indentation>(p)!;
            var hanging = Math.Round(tree.Frame.Closing.RecipientsHangingIndentPt * 20).ToString(CultureInfo.InvariantCulture);
            Assert.Equal((hanging, hanging, null), (indent.Left?.Value, indent.Hanging?.Value, indent.FirstLine?.Value));
        });
        // The recipients' column is about 65 mm (in twips) in the grid and the cell, its text kept 4 mm clear of the signature.
        var recipientsTwips = (int)Math.Round(tree.Frame.Closing.RecipientsWidthPt * 20);
        Assert.Equal(65 * 1440 / 25.4, recipientsTwips, 1.0);
        Assert.Equal(recipientsTwips.ToString(CultureInfo.InvariantCulture), table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().First().Width!.Value);
        Assert.Equal(recipientsTwips.ToString(CultureInfo.InvariantCulture), left.TableCellProperties!.TableCellWidth!.Width!.Value);
        Assert.Equal(Math.Round(4 * 1440 / 25.4).ToString(CultureInfo.InvariantCulture), left.TableCellProperties!.TableCellMargin!.RightMargin!.Width!.Value);

        var lines = right.Elements<Paragraph>().ToList();
        var titles = new[] { closing.Signature.OnBehalfOf, closing.Signature.Authority, closing.Signature.Position }.Where(t => t is not null).ToList();
        Assert.Equal(titles, lines.Take(titles.Count).Select(p => p.Text()));
        Assert.All(lines.Take(titles.Count), p => Assert.Equal(DocxStyleIds.SignatureTitle, p.StyleId()));
        // The room to sign: one empty paragraph exactly as tall as the tree says (about 30 mm).
        var room = lines[titles.Count];
        Assert.Equal((DocxStyleIds.SignatureSpace, ""), (room.StyleId(), room.Text()));
        var spacing = room.ParagraphProperties!.GetFirstChild<SpacingBetweenLines>()!;
        Assert.Equal(LineSpacingRuleValues.Exact, spacing.LineRule!.Value);
        Assert.Equal(tree.Frame.Closing.SignatureSpacePt, int.Parse(spacing.Line!.Value!, CultureInfo.InvariantCulture) / 20.0, 0.05);
        Assert.Equal(titles.Count + 2, lines.Count);
        Assert.Equal(closing.Signature.Name, lines[^1].Text());
        Assert.Equal(DocxStyleIds.SignatureName, lines[^1].StyleId());
        Assert.True(doc.Resolve(lines[^1]).Bold);
        Assert.All(lines, p => Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(p)!.Val!.Value));
        Assert.All(left.Elements<Paragraph>().Concat(lines), p => Assert.NotNull(doc.ParagraphProperty<KeepNext>(p)));

        // The signature never stands alone on a page: the text's last paragraph keeps with it.
        var before = Assert.IsType<Paragraph>(table.PreviousSibling());
        Assert.Equal(tree.Body[^1] switch
        {
            D.Paragraph p => p.Content.PlainText(),
            BulletList l => l.Marker + " " + l.Items[^1].PlainText(),
            _ => "?",
        }, before.Text());
        Assert.NotNull(before.ParagraphProperties!.KeepNext);
    }

    [Fact]
    public void Lists_are_paragraphs_that_start_with_their_marker()
    {
        using var doc = Open(Bytes("sample:party"));
        var items = doc.Body().Elements<Paragraph>().Where(p => p.StyleId() == DocxStyleIds.ListItem).ToList();
        Assert.Equal(["- Tổ chức 12 hội nghị học tập, quán triệt với 2.150 lượt cán bộ, đảng viên tham dự;",
            "- Kết nạp 45 đảng viên mới, đạt 30% kế hoạch năm."], items.Select(p => p.Text()));
        Assert.Empty(doc.Body().Descendants<NumberingProperties>());
        Assert.Null(doc.MainDocumentPart!.NumberingDefinitionsPart);
        Assert.Equal(DocxStyleIds.Normal, doc.Style(DocxStyleIds.ListItem).BasedOn!.Val!.Value);
        Assert.Equal("45 đảng viên mới", items[1].Descendants<Run>().Single(r => r.RunProperties?.Bold is not null).Text());
    }

    [Fact]
    public void Inline_bold_italic_and_line_breaks_are_kept()
    {
        var body = new D.Paragraph([
            new D.Text("Một "), new Strong([new D.Text("hai "), new D.Emphasis([new D.Text("ba")])]),
            LineBreak.Instance, new D.Emphasis([new D.Text("bốn")])]);
        using var doc = Open(Renderer.Render(SampleDocuments.WithBody(body)));
        var paragraph = doc.Body().Elements<Paragraph>().First();
        Assert.Null(paragraph.StyleId());
        var runs = paragraph.Elements<Run>().ToList();
        Assert.Equal(["Một ", "hai ", "ba", "\n", "bốn"], runs.Select(r => r.Text()));
        Assert.Equal([false, true, true, false, false], runs.Select(r => r.RunProperties?.Bold is not null));
        Assert.Equal([false, false, true, false, true], runs.Select(r => r.RunProperties?.Italic is not null));
        Assert.Equal(SpaceProcessingModeValues.Preserve, runs[0].GetFirstChild<W.Text>()!.Space!.Value);
    }

    [Fact]
    public void Paragraph_roles_have_their_styles_and_a_page_break_breaks_the_page()
    {
        var body = new Block[]
        {
            new D.Paragraph(Inlines.Plain("Mở đầu"), ParagraphRole.Lead),
            new D.Paragraph(Inlines.Plain("Ghi chú"), ParagraphRole.Note),
            PageBreak.Instance,
            new D.Paragraph(Inlines.Plain("-----"), ParagraphRole.Centered),
            new D.Paragraph(Inlines.Plain("Minh Anh"), ParagraphRole.Byline),
        };
        using var doc = Open(Renderer.Render(SampleDocuments.WithBody(body)));
        var paragraphs = doc.Body().Elements<Paragraph>().ToList();
        Assert.Equal([DocxStyleIds.Lead, DocxStyleIds.Note, null, DocxStyleIds.Centered, DocxStyleIds.Byline], paragraphs.Take(5).Select(p => p.StyleId()));
        Assert.Equal(BreakValues.Page, paragraphs[2].Descendants<Break>().Single().Type!.Value);
        Assert.True(doc.Resolve(paragraphs[0]).Bold);
        Assert.True(doc.Resolve(paragraphs[1]).Italic);
        Assert.Equal(JustificationValues.Right, doc.ParagraphProperty<Justification>(paragraphs[4])!.Val!.Value);
        Assert.Equal(JustificationValues.Center, doc.ParagraphProperty<Justification>(paragraphs[3])!.Val!.Value);
    }

    [Fact]
    public void Article_has_its_header_and_no_letterhead_or_closing()
    {
        using var doc = Open(Bytes("sample:article"));
        var paragraphs = doc.Body().Elements<Paragraph>().ToList();
        Assert.Empty(doc.Body().Elements<W.Table>());
        Assert.Equal(("Tin tức - Sự kiện", DocxStyleIds.ArticleMeta), (paragraphs[0].Text(), paragraphs[0].StyleId()));
        Assert.Equal(("Huyện ủy Đan Phượng sơ kết công tác quý I/2024", DocxStyleIds.ArticleTitle), (paragraphs[1].Text(), paragraphs[1].StyleId()));
        Assert.Equal(("Ngày đăng 04/04/2024 | 16:30", DocxStyleIds.ArticleMeta), (paragraphs[2].Text(), paragraphs[2].StyleId()));
        Assert.Equal((40, true), (doc.Resolve(paragraphs[1]).HalfPoints, doc.Resolve(paragraphs[1]).Bold));
        Assert.Equal((24, true), (doc.Resolve(paragraphs[0]).HalfPoints, doc.Resolve(paragraphs[0]).Italic));
        Assert.Equal(DocxStyleIds.Lead, paragraphs[3].StyleId());
        Assert.Equal(("Minh Anh", DocxStyleIds.Byline), (paragraphs[^1].Text(), paragraphs[^1].StyleId()));
        Assert.DoesNotContain(paragraphs, p => p.StyleId() is DocxStyleIds.DocumentType or DocxStyleIds.RecipientsLabel);
    }

    [Fact]
    public void Text_that_xml_cannot_hold_is_dropped_not_fatal()
    {
        var body = new D.Paragraph(Inlines.Plain("Số liệu\u0001 quý\u0000 I\tcột"));
        var bytes = Renderer.Render(SampleDocuments.WithBody(body));
        using var doc = Open(bytes);
        var paragraph = doc.Body().Elements<Paragraph>().First();
        Assert.Equal("Số liệu quý I\tcột", paragraph.Text());
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
    }

    [Fact]
    public void Degenerate_trees_still_make_valid_documents()
    {
        var empty = new D.Table([], [], []);
        var title = new TitleBlock("BÁO CÁO", "");
        var state = SampleDocuments.StateReport with
        {
            Title = title, Body = [empty], Closing = null, IsDraft = true,
            Frame = SampleDocuments.Frame(Reports.Core.Regime.State, SampleDocuments.StatePresentation, SampleDocuments.StateLetterhead, title),
        };
        using var doc = Open(Renderer.Render(state));
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        Assert.DoesNotContain(doc.Body().Elements<Paragraph>(), p => p.StyleId() == DocxStyleIds.SubjectRule);
        Assert.Single(doc.Body().Elements<W.Table>()); // the letterhead only: a table without rows is left out
        Assert.IsType<Paragraph>(doc.Body().Elements().Reverse().Skip(1).First());
    }
}
