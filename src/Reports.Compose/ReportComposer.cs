using Reports.Compose.Appendix;
using Reports.Compose.Layout;
using Reports.Compose.Templating;
using Reports.Compose.View;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Reports.Typography;
using DocSignature = Reports.Document.Signature;
using DocRecipients = Reports.Document.Recipients;

namespace Reports.Compose;

/// <summary>The composed document, or the template problems that stopped it.</summary>
public sealed record ComposeResult(ReportDocument? Document, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null;
}

/// <summary>
/// Data + templates → Markdown → document tree, for the official report (báo cáo). The body's wording
/// comes from the templates; the letterhead, title and closing are fixed by the rules and built here.
/// </summary>
/// <param name="measurer">Measures the letterhead's text for the layout; the PDF renderer's default font when null.</param>
public sealed class ReportComposer(TemplateSet templates, ITextMeasurer? measurer = null)
{
    public const string PartyTemplate = "bao-cao-dang";
    public const string StateTemplate = "bao-cao-chinh-quyen";
    public const string SubjectTemplate = "trich-yeu";

    public ComposeResult Compose(ReportData data)
    {
        var view = ReportView.Build(data);
        var template = data.Regime == Regime.Party ? PartyTemplate : StateTemplate;
        var (text, failure) = TemplatedText.Render(templates, template, SubjectTemplate, data.Document.Subject, view);
        if (text is null) return failure!;
        var subject = text.Line;

        var letterhead = Letterhead(data);
        var textMeasurer = measurer ?? FontMeasurer.Default;
        var (pagePresentation, frame, titleBlock) = DocumentLayout.Resolve(
            data.Regime, data.Layout, letterhead, new TitleBlock("BÁO CÁO", subject), textMeasurer, data.Document.DraftRevision);
        var (body, presentation) = TableRules.Apply(text.Body, pagePresentation, textMeasurer);
        var document = new ReportDocument(
            DocumentKind.Report,
            letterhead,
            titleBlock,
            ArticleHeader: null,
            NoBreakMarking.Apply(body),
            new Closing(Recipients(data), Signature(data)),
            data.Document.IsDraft,
            new DocumentMetadata($"Báo cáo {LowerFirst(subject)}", data.Issuer.Name, subject, "vi-VN", data.Document.Date),
            presentation,
            frame)
        {
            Appendices = AppendixSection.Build(data, presentation, textMeasurer) is { } appendix ? [appendix] : [],
        };
        return new ComposeResult(document, text.Markdown, []);
    }

    /// <summary>
    /// A draft leaves the number and the day blank for the signer, whatever the data file says: they are
    /// given when the signed copy is registered (DOMAIN.md, "Drafts").
    /// </summary>
    private static Letterhead Letterhead(ReportData data)
    {
        var party = data.Regime == Regime.Party;
        var draft = data.Document.IsDraft;
        return new Letterhead(
            data.Issuer.ParentBody is { } parent ? VietnameseText.ToUpper(parent) : null,
            IssuerLines(data.Issuer),
            DocumentNumber.Format(data.Regime, draft ? null : data.Document.Number, data.Issuer.Symbol),
            party ? "ĐẢNG CỘNG SẢN VIỆT NAM" : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            party ? null : "Độc lập - Tự do - Hạnh phúc",
            draft
                ? VietnameseDate.PlaceAndBlankDay(data.Issuer.PlaceName, data.Document.Date)
                : VietnameseDate.PlaceAndDate(data.Issuer.PlaceName, data.Document.Date));
    }

    /// <summary>
    /// A long issuer name breaks before the unit's level, as official letterheads set it
    /// ("ỦY BAN NHÂN DÂN" / "HUYỆN MỸ ĐỨC"), never in the middle of the place name.
    /// </summary>
    internal static string IssuerLines(Issuer issuer)
    {
        const int fitsOnOneLine = 20;
        var name = VietnameseText.ToUpper(issuer.Name);
        var level = " " + VietnameseText.ToUpper(issuer.Level.Word()) + " ";
        var at = name.LastIndexOf(level, StringComparison.Ordinal);
        return name.Length > fitsOnOneLine && at > 0 ? name[..at] + "\n" + name[(at + 1)..] : name;
    }

    /// <summary>Party items end in ","; state items end in ";"; then the archive line and its marks.</summary>
    private static DocRecipients Recipients(ReportData data)
    {
        var party = data.Regime == Regime.Party;
        var items = data.Recipients.To.Select(r => $"- {r.Trim().TrimEnd(',', ';', '.')}{(party ? "," : ";")}").ToList();
        items.AddRange(ArchiveLine.Lines(data.Regime, data.Recipients));
        return new DocRecipients("Nơi nhận:", items);
    }

    private static DocSignature Signature(ReportData data)
    {
        var party = data.Regime == Regime.Party;
        var s = data.Signature;
        var onBehalf = s.OnBehalfOf is { } body ? (party ? "T/M " : "TM. ") + VietnameseText.ToUpper(body) : null;
        var position = VietnameseText.ToUpper(s.Position);
        if (s.Authority == SigningAuthority.Acting) return new DocSignature(onBehalf, null, "Q. " + position, s.FullName);
        var prefix = s.Authority switch
        {
            SigningAuthority.InPlaceOf => party ? "K/T " : "KT. ",
            SigningAuthority.ByOrderOf => party ? "T/L " : "TL. ",
            SigningAuthority.ByAuthorisation => party ? "T/U " : "TUQ. ",
            _ => null,
        };
        var authority = prefix is not null && s.HeadPosition is { } head ? prefix + VietnameseText.ToUpper(head) : null;
        return new DocSignature(onBehalf, authority, position, s.FullName);
    }

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
