using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;
using Reports.Document;
using Reports.Rendering.Docx;
using Reports.Rendering.Html;
using Reports.Rendering.Pdf;
using Reports.Rendering.Pdf.Layout;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Reports.Tests.Rendering.Pdf;
using Xunit;
using static Reports.Tests.Rendering.DocxReading;

namespace Reports.Tests.Rendering;

/// <summary>
/// DOCX, PDF and HTML draw the page's frame from the same resolved numbers: each rule is as long, and the
/// letterhead's columns as wide, in all three, and equal to the value in the tree.
/// </summary>
public sealed class FrameAgreementTests
{
    private const double Mm = PageSetup.PointsPerMillimetre;

    /// <summary>Frame lengths in points, measured in one format's output.</summary>
    private sealed record Lengths(double IssuerRule, double TitleRule, double SubjectRule, double LeftColumnFraction);

    public static TheoryData<string> ReportNames => new(DocxReading.Reports().Select(r => (string)r[0]));

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Docx_pdf_and_html_draw_the_same_rules_and_columns(string name)
    {
        var tree = Tree(name);
        var frame = tree.Frame;
        var expected = new Lengths(frame.Letterhead.IssuerRuleWidthPt, frame.Letterhead.TitleRuleWidthPt, frame.Title.SubjectRuleWidthPt,
            frame.Letterhead.LeftColumnFraction);

        foreach (var (format, actual) in new[] { ("docx", Docx(name)), ("pdf", Pdf(tree)), ("html", Html(tree)) })
        {
            // DOCX rounds to twentieths of a point (indents on each side), HTML to hundredths.
            Assert.True(Math.Abs(expected.IssuerRule - actual.IssuerRule) < 0.11, $"{format} issuer rule {actual.IssuerRule} ≠ {expected.IssuerRule}");
            Assert.True(Math.Abs(expected.TitleRule - actual.TitleRule) < 0.11, $"{format} title rule {actual.TitleRule} ≠ {expected.TitleRule}");
            Assert.True(Math.Abs(expected.SubjectRule - actual.SubjectRule) < 0.11, $"{format} subject rule {actual.SubjectRule} ≠ {expected.SubjectRule}");
            Assert.True(Math.Abs(expected.LeftColumnFraction - actual.LeftColumnFraction) < 0.001,
                $"{format} left column {actual.LeftColumnFraction} ≠ {expected.LeftColumnFraction}");
        }
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void State_rules_are_a_third_of_the_text_and_party_documents_have_marks_instead(string name)
    {
        var tree = Tree(name);
        var frame = tree.Frame;
        var s = tree.Presentation.Styles;
        if (frame.Letterhead.IssuerMarkText is not null)
        {
            Assert.Equal(("*", "-----"), (frame.Letterhead.IssuerMarkText, frame.Title.SubjectDashes));
            Assert.Equal((0.0, 0.0), (frame.Letterhead.IssuerRuleWidthPt, frame.Title.SubjectRuleWidthPt));
            return;
        }
        Assert.Null(frame.Title.SubjectDashes);
        // The widest line as the PDF sets it, wrapped in its column.
        var page = PdfTestSupport.Renderer.Paginate(tree)[0].Texts.ToList();
        var text = (tree.Presentation.PageWidthMm - tree.Presentation.MarginLeftMm - tree.Presentation.MarginRightMm) * Mm;
        var leftEnd = tree.Presentation.MarginLeftMm * Mm + frame.Letterhead.LeftColumnFraction * text;
        var type = Assert.Single(page, t => t.Text == tree.Title!.DocumentType);
        // Only the letterhead, above the title: a table's bold header may start on the first page too.
        var issuer = page.Where(t => t.Style.Size == s.Issuer.SizePt && t.Style.Face == PdfTestSupport.Fonts.Bold && t.X + t.Width <= leftEnd && t.Baseline < type.Baseline)
            .GroupBy(t => t.Baseline).Max(line => line.Max(t => t.X + t.Width) - line.Min(t => t.X));
        Assert.Equal(issuer / 3, frame.Letterhead.IssuerRuleWidthPt, 0.5);
        var subject = page.Where(t => t.Style.Size == s.Subject.SizePt && t.Style.Face == PdfTestSupport.Fonts.Bold && t.Baseline > type.Baseline && t.Baseline < type.Baseline + 60)
            .GroupBy(t => t.Baseline).Max(line => line.Max(t => t.X + t.Width) - line.Min(t => t.X));
        Assert.Equal(subject / 3, frame.Title.SubjectRuleWidthPt, 0.5);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Docx_pdf_and_html_leave_the_same_room_to_sign_and_seal(string name)
    {
        var tree = Tree(name);
        var room = tree.Frame.Closing.SignatureSpacePt;
        // About 30 mm between the signer's position and name (DOMAIN.md, "Seal and signature").
        Assert.Equal(30 * Mm, room, 0.01);

        using (var doc = Open(Bytes(name)))
        {
            var space = Assert.Single(doc.Body().Descendants<Paragraph>(), p => p.StyleId() == DocxStyleIds.SignatureSpace);
            var spacing = space.ParagraphProperties!.GetFirstChild<SpacingBetweenLines>()!;
            Assert.Equal((LineSpacingRuleValues.Exact, room), (spacing.LineRule!.Value, double.Parse(spacing.Line!.Value!, CultureInfo.InvariantCulture) / 20), new RoomComparer());
        }

        var css = new HtmlRenderer().RenderPage(tree);
        var height = double.Parse(Regex.Match(css, @"\.sig-space \{ height: ([0-9.]+)pt;").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(room, height, 0.01);

        // PDF: the name's baseline is the room plus about one line below the position's baseline.
        var page = PdfTestSupport.Renderer.Paginate(tree).Last(p => p.Width < p.Height); // the closing's, before any appendix
        var middle = tree.Presentation.PageWidthMm * Mm / 2;
        var baselines = page.Texts.Where(t => t.X > middle && t.Style.Face == PdfTestSupport.Fonts.Bold)
            .Select(t => t.Baseline).Distinct().OrderDescending().ToList();
        var gap = baselines[0] - baselines[1];
        var size = tree.Presentation.Styles.SignatureName.SizePt;
        Assert.InRange(gap, room + 0.8 * size, room + 1.5 * size);
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void Docx_pdf_and_html_give_the_recipients_the_same_column_and_hang_wrapped_items_under_the_text(string name)
    {
        var tree = Tree(name);
        var closing = tree.Frame.Closing;
        var item = tree.Presentation.Styles.RecipientsItem;
        // About 65 mm as the official samples set it; the hanging indent is "- " as the PDF's font sets it.
        Assert.Equal(65 * Mm, closing.RecipientsWidthPt, 0.01);
        var dashFace = PdfTestSupport.Fonts.Face(item.Bold, item.Italic);
        Assert.Equal(dashFace.Measure("- ", item.SizePt), closing.RecipientsHangingIndentPt, 0.01);

        using (var doc = Open(Bytes(name)))
        {
            var cell = doc.Closing().Cell(0, 0);
            Assert.Equal(closing.RecipientsWidthPt, Twips(cell.TableCellProperties!.TableCellWidth!.Width) / 20.0, 0.05);
            var indent = doc.ParagraphProperty<Indentation>(cell.Elements<Paragraph>().Last())!;
            Assert.Equal(closing.RecipientsHangingIndentPt, Twips(indent.Hanging) / 20.0, 0.05);
            Assert.Equal(closing.RecipientsHangingIndentPt, Twips(indent.Left) / 20.0, 0.05);
        }

        var css = new HtmlRenderer().RenderPage(tree);
        var width = double.Parse(Regex.Match(css, @"td\.recipients \{ box-sizing: border-box; width: ([0-9.]+)pt;").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(closing.RecipientsWidthPt, width, 0.01);
        var hang = Regex.Match(css, @"\.recipient \{[^}]*padding-left: ([0-9.]+)pt; text-indent: -([0-9.]+)pt;");
        Assert.Equal(closing.RecipientsHangingIndentPt, double.Parse(hang.Groups[1].Value, CultureInfo.InvariantCulture), 0.01);
        Assert.Equal(hang.Groups[1].Value, hang.Groups[2].Value);

        // PDF: a long recipient wraps; its second line starts under the text after "- ", not under the dash.
        const string Long = "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện và Bí thư các chi bộ, đảng bộ trực thuộc,";
        var wrapped = tree with
        {
            Closing = tree.Closing! with { Recipients = tree.Closing.Recipients with { Items = [Long, .. tree.Closing.Recipients.Items] } },
        };
        var p = wrapped.Presentation;
        var left = p.MarginLeftMm * Mm;
        var page = PdfTestSupport.Renderer.Paginate(wrapped).Last(p => p.Width < p.Height);
        var lines = PdfTestSupport.Lines(page.Texts.Where(t => t.X < left + closing.RecipientsWidthPt && t.Style.Size == item.SizePt));
        var first = lines.FindIndex(l => PdfTestSupport.LineText(l).StartsWith("- Các", StringComparison.Ordinal));
        Assert.True(first >= 0 && first + 1 < lines.Count, "the long recipient is on the last page and wraps");
        var dash = lines[first][0];
        Assert.Equal(left, dash.X, 0.5);
        // The text after "- ": the next word's item, or within the first item when a line is one item.
        var textStart = dash.Text == "-" ? lines[first][1].X : dash.X + dashFace.Measure("- ", item.SizePt);
        Assert.Equal(textStart, lines[first + 1][0].X, 0.5);
        Assert.Equal(left + closing.RecipientsHangingIndentPt, lines[first + 1][0].X, 0.5);
        Assert.True(PdfTestSupport.Right(lines[first]) <= left + closing.RecipientsWidthPt - closing.RecipientsGapPt + 0.01, "the first line keeps clear of the signature");

        // The signature is centred in what the recipients leave of the text width.
        var textWidth = (p.PageWidthMm - p.MarginLeftMm - p.MarginRightMm) * Mm;
        // The signer's name is the lowest line right of the recipients.
        var signature = page.Texts.Where(t => t.X >= left + closing.RecipientsWidthPt - 0.01).ToList();
        var nameLine = signature.Where(t => Math.Abs(t.Baseline - signature.Max(s => s.Baseline)) < 0.01).ToList();
        Assert.Equal(wrapped.Closing.Signature.Name, PdfTestSupport.LineText(nameLine.OrderBy(t => t.X)));
        var centre = (nameLine.Min(t => t.X) + nameLine.Max(t => t.X + t.Width)) / 2;
        Assert.Equal(left + closing.RecipientsWidthPt + (textWidth - closing.RecipientsWidthPt) / 2, centre, 0.5);
    }

    /// <summary>DOCX keeps twentieths of a point.</summary>
    private sealed class RoomComparer : IEqualityComparer<(LineSpacingRuleValues, double)>
    {
        public bool Equals((LineSpacingRuleValues, double) x, (LineSpacingRuleValues, double) y) => x.Item1 == y.Item1 && Math.Abs(x.Item2 - y.Item2) < 0.05;

        public int GetHashCode((LineSpacingRuleValues, double) obj) => obj.Item1.GetHashCode();
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void The_line_under_the_national_title_stands_clear_of_the_descenders(string name)
    {
        var tree = Tree(name);
        var gap = tree.Frame.Letterhead.TitleRuleGapPt;
        Assert.InRange(gap, 3, 6);

        using (var doc = Open(Bytes(name)))
        {
            var rule = Assert.Single(new OpenXmlElementScope(doc.Letterhead().Cell(0, 1)).Rules);
            var spacing = rule.ParagraphProperties!.GetFirstChild<SpacingBetweenLines>()!;
            Assert.Equal(gap, double.Parse(spacing.Line!.Value!, CultureInfo.InvariantCulture) / 20, 0.05);
        }

        Assert.Contains($".title-rule {{ width: {Math.Round(tree.Frame.Letterhead.TitleRuleWidthPt, 2).ToString(CultureInfo.InvariantCulture)}pt; margin: {gap.ToString(CultureInfo.InvariantCulture)}pt auto 0;",
            new HtmlRenderer().RenderPage(tree), StringComparison.Ordinal);

        // PDF: the rule is below the title's descenders (about a fifth of the size under the baseline) by the gap.
        var page = PdfTestSupport.Renderer.Paginate(tree)[0];
        var number = Assert.Single(page.Texts, t => t.Text == tree.Letterhead!.NumberAndSymbol);
        var title = page.Lines.Where(l => Math.Abs(l.Y1 - l.Y2) < 0.001 && l.Y1 < number.Baseline && l.X1 > number.X + number.Width).OrderBy(l => l.Y1).Last();
        var above = page.Texts.Where(t => t.Baseline < title.Y1).MaxBy(t => t.Baseline)!;
        Assert.True(title.Y1 - above.Baseline >= 0.2 * above.Style.Size + gap - 0.5,
            $"rule {title.Y1 - above.Baseline:0.0} pt under the baseline of {above.Text}");
    }

    private static Lengths Docx(string name)
    {
        using var doc = Open(Bytes(name));
        var letterhead = doc.Letterhead();
        var grid = letterhead.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => Twips(c.Width)).ToArray();
        double RuleIn(OpenXmlElementScope scope, int available) =>
            scope.Rules.Select(r => RuleLength(r, available) / 20.0).DefaultIfEmpty(0).Single();
        var issuer = RuleIn(new(letterhead.Cell(0, 0)), grid[0]);
        var title = RuleIn(new(letterhead.Cell(0, 1)), grid[1]);
        var subjectRules = doc.Body().Elements<Paragraph>().Where(p => p.StyleId() == DocxStyleIds.SubjectRule).ToList();
        var textWidth = grid.Sum();
        var subject = subjectRules.Select(r => RuleLength(r, textWidth) / 20.0).DefaultIfEmpty(0).Single();
        return new Lengths(issuer, title, subject, (double)grid[0] / textWidth);
    }

    private sealed record OpenXmlElementScope(DocumentFormat.OpenXml.OpenXmlElement Element)
    {
        public IEnumerable<Paragraph> Rules => Element.Descendants<Paragraph>().Where(p => p.StyleId() == DocxStyleIds.LetterheadRule);
    }

    private static Lengths Pdf(ReportDocument tree)
    {
        var p = tree.Presentation;
        var page = PdfTestSupport.Renderer.Paginate(tree)[0];
        var texts = page.Texts.ToList();
        var left = p.MarginLeftMm * Mm;
        var textWidth = (p.PageWidthMm - p.MarginLeftMm - p.MarginRightMm) * Mm;
        var type = Assert.Single(texts, t => t.Text == tree.Title!.DocumentType);
        var number = Assert.Single(texts, t => t.Text == tree.Letterhead!.NumberAndSymbol);
        // The number is centred in the left column: its centre is half the column from the margin.
        var leftFraction = 2 * (number.X + number.Width / 2 - left) / textWidth;
        var leftColumnEnd = left + leftFraction * textWidth;

        var head = page.Lines.Where(l => l.Y1 < number.Baseline).ToList();
        double Length(LineItem? l) => l is null ? 0 : l.X2 - l.X1;
        var issuer = Length(head.SingleOrDefault(l => l.X2 <= leftColumnEnd + 0.01 && l.Y1 > 0 && IsRule(l)));
        var title = Length(head.SingleOrDefault(l => l.X1 >= leftColumnEnd - 0.01 && IsRule(l)));
        // Under the subject, before the body (whose tables are drawn with lines too).
        var subject = Length(page.Lines.Where(l => l.Y1 > type.Baseline && l.Y1 < type.Baseline + 60).OrderBy(l => l.Y1).FirstOrDefault(IsRule));
        return new Lengths(issuer, title, subject, leftFraction);

        // The draft mark's box is drawn with lines too; rules are horizontal and outside it (near none of its lines).
        bool IsRule(LineItem l) => Math.Abs(l.Y1 - l.Y2) < 0.001 && !texts.Any(t => tree.Frame.DraftMark.Text.Split('\n').Contains(t.Text) && Math.Abs(l.Y1 - t.Baseline) < 20);
    }

    private static Lengths Html(ReportDocument tree)
    {
        var css = new HtmlRenderer().RenderPage(tree);
        double Pt(string selector) =>
            Regex.Match(css, Regex.Escape(selector) + @" \{ width: ([0-9.]+)pt;") is { Success: true } m
                ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        bool Used(string cssClass) => css.Contains($"<div class=\"{cssClass}\">", StringComparison.Ordinal);
        var fraction = double.Parse(Regex.Match(css, @"td\.lh-left \{ width: ([0-9.]+)%;").Groups[1].Value, CultureInfo.InvariantCulture) / 100;
        return new Lengths(
            Used("issuer-rule") ? Pt(".issuer-rule") : 0,
            Used("title-rule") ? Pt(".title-rule") : 0,
            Used("subject-rule") ? Pt(".subject-rule") : 0,
            fraction);
    }
}
