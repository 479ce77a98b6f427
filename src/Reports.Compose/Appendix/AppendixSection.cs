using Reports.Compose.Layout;
using Reports.Compose.View;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Appendix;

/// <summary>
/// The appendix (phụ lục) a report ends with when the data file asks for it (<c>phu_luc: true</c>): on
/// landscape pages after the signature, "Phụ lục", the title naming the period ("MỘT SỐ CHỈ TIÊU CHỦ YẾU
/// QUÝ I NĂM 2024"), the line tying it to the report ("(Kèm theo Báo cáo số 45-BC/HU ngày 04/4/2024 của
/// Ban Thường vụ Huyện ủy Mỹ Đức)") and the table of every figure (<see cref="AppendixTable"/>).
/// </summary>
public static class AppendixSection
{
    /// <summary>The appendix, or null when the file does not ask for one or has no figure to show.</summary>
    /// <param name="presentation">The report's resolved presentation: its page is turned, its table text size kept.</param>
    public static Section? Build(ReportData data, Presentation presentation, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(presentation);
        if (!data.HasAppendix || AppendixTable.Build(data) is not { } table) return null;
        var page = SectionPages.Landscape(presentation);
        // Not kept together: the table starts under its title and runs on, its header repeated on each page.
        var layout = TableRules.For(presentation) with { KeepTogether = false };
        Block[] blocks =
        [
            Centered(new Strong(Inlines.Plain("Phụ lục"))),
            Centered(new Strong(Inlines.Plain(Title(data)))),
            Centered(new Emphasis(Inlines.Plain(AttachedTo(data)))),
            TableRules.Fit(table, SectionPages.TextWidthPt(page), presentation, layout, measurer),
        ];
        return new Section(page, NoBreakMarking.Apply(blocks));
    }

    /// <summary>"MỘT SỐ CHỈ TIÊU CHỦ YẾU QUÝ I NĂM 2024", "... 6 THÁNG ĐẦU NĂM 2024".</summary>
    public static string Title(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return VietnameseText.ToUpper("Một số chỉ tiêu chủ yếu " + data.Reporting.Period.Name(data.Reporting.Style));
    }

    /// <summary>
    /// "(Kèm theo Báo cáo số 45-BC/HU ngày 04/4/2024 của Ban Thường vụ Huyện ủy Mỹ Đức)"; a draft leaves the
    /// number and the day blank, as its letterhead does, for the signer to fill in both places alike.
    /// </summary>
    public static string AttachedTo(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var draft = data.Document.IsDraft;
        var number = DocumentNumber.NumberAndSymbol(data.Regime, draft ? null : data.Document.Number, data.Issuer.Symbol);
        var date = draft ? VietnameseDate.NumericBlankDay(data.Document.Date) : VietnameseDate.Numeric(data.Document.Date);
        return VietnameseText.Nfc($"(Kèm theo Báo cáo số {number} ngày {date} của {ReportView.Reporter(data)})");
    }

    private static Paragraph Centered(Inline content) => new([content], ParagraphRole.Centered);
}
