using Reports.Core;
using Reports.Document;
using Reports.Typography;
using static Reports.Compose.Layout.OfficialMarks;

namespace Reports.Compose.Layout;

/// <summary>
/// Decides the page's fixed parts once, for every renderer: which mark goes under the issuer and the
/// subject, how long each solid line is, how the letterhead's columns share the width. Lengths that depend
/// on the text are measured here with the real font, so renderers draw them and measure nothing.
/// </summary>
public static class FrameResolver
{
    private const double PointsPerMm = 72 / 25.4;

    /// <param name="draftRevision">A draft's revision, printed under its mark ("Dự thảo lần 2"); null for none.</param>
    public static FrameLayout Resolve(Regime regime, Presentation presentation, Letterhead? letterhead, TitleBlock? title, ITextMeasurer measurer,
        int? draftRevision = null)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        ArgumentNullException.ThrowIfNull(measurer);
        var party = regime == Regime.Party;
        var s = presentation.Styles;
        var width = TextWidthPt(presentation);
        double Widest(string? text, TextStyle style) => WidestLine(measurer, text, style);
        double WidestIn(string? text, TextStyle style, double room) => WidestWrappedLine(measurer, text, style, room);

        return new FrameLayout(
            new DraftMarkLayout(DraftMark(draftRevision), Widest(DraftMark(draftRevision), s.DraftMark)),
            Letterhead(party, letterhead, s, width, Widest, WidestIn),
            new TitleLayout(
                TitleSpaceBeforePt,
                TitleSpaceAfterPt,
                party ? SubjectDashes : null,
                // NĐ 30: a short solid line under the subject (see StateRuleFraction), from its widest printed
                // line (the layout step has written the subject's breaks); none without a subject.
                party || string.IsNullOrWhiteSpace(title?.Subject) ? 0 : StateRuleFraction * WidestIn(title.Subject, s.Subject, width),
                SubjectRuleGapPt,
                KeepWithBody: true),
            new ClosingLayout(
                // Never wider than half the text, so a narrow page still leaves the signature its room.
                Math.Min(RecipientsWidthMm * PointsPerMm, width / 2),
                RecipientsGapMm * PointsPerMm,
                // The width of "- " as the item's font sets it: wrapped lines start under the text, not the dash.
                measurer.LineWidthPt(RecipientsItemMark, s.RecipientsItem.SizePt, s.RecipientsItem.Bold, s.RecipientsItem.Italic),
                SignatureSpaceMm * PointsPerMm,
                ClosingSpaceBeforePt,
                KeepWithLastParagraph: true),
            RuleThicknessPt);
    }

    private static LetterheadLayout Letterhead(bool party, Letterhead? letterhead, PresentationStyles s, double width,
        Func<string?, TextStyle, double> widest, Func<string?, TextStyle, double, double> widestIn)
    {
        // The right column is as wide as its widest line and some air (the national title never wraps),
        // within bounds; a long issuer name wraps in what is left.
        var rightNeed = letterhead is null ? 0 : new[]
        {
            widest(letterhead.NationalTitle, s.NationalTitle),
            widest(letterhead.Motto, s.Motto),
            widest(letterhead.PlaceAndDate, s.PlaceAndDate),
        }.Max();
        var right = Math.Clamp(rightNeed + LetterheadSlackMm * PointsPerMm, RightColumnMin * width, RightColumnMax * width);
        var left = width - right;

        // HD 36: the solid line is under "ĐẢNG CỘNG SẢN VIỆT NAM"; NĐ 30: under the motto. Either way exactly as
        // long as the text above it.
        var titleRule = letterhead is null ? 0
            : string.IsNullOrWhiteSpace(letterhead.Motto) ? widest(letterhead.NationalTitle, s.NationalTitle)
            : widest(letterhead.Motto, s.Motto);
        // A long issuer name wraps in its column: the rule follows the widest line as printed.
        var issuerRule = party || letterhead is null ? 0 : StateRuleFraction * widestIn(letterhead.Issuer, s.Issuer, left);

        return new LetterheadLayout(
            LeftColumnFraction: left / width,
            IssuerMarkText: party ? IssuerStar : null,
            IssuerRuleWidthPt: issuerRule,
            TitleRuleWidthPt: Math.Min(right, titleRule),
            PlaceAndDateAlignment: party ? HorizontalAlignment.Right : HorizontalAlignment.Center,
            SecondRowSpaceBeforePt,
            IssuerRuleGapPt,
            TitleRuleGapPt);
    }

    /// <summary>The page's text width, between the margins, in points.</summary>
    public static double TextWidthPt(Presentation presentation)
    {
        ArgumentNullException.ThrowIfNull(presentation);
        return Math.Max(1, (presentation.PageWidthMm - presentation.MarginLeftMm - presentation.MarginRightMm) * PointsPerMm);
    }

    /// <summary>
    /// The widest line of a text once its lines are broken at spaces to fit <paramref name="room"/>, as the
    /// renderers break them (greedily); a word longer than the room counts as the room.
    /// </summary>
    public static double WidestWrappedLine(ITextMeasurer measurer, string? text, TextStyle style, double room)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        double Measure(string line) => measurer.LineWidthPt(line, style.SizePt, style.Bold, style.Italic);
        var widest = 0.0;
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            // Glued pieces ("quý II năm 2024", "11-QĐ/TW") wrap as one word, as the renderers set them.
            foreach (var word in LineGlue.Words(paragraph.TrimEnd('\r'), periods: true))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate) > room)
                {
                    widest = Math.Max(widest, Measure(line));
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }
            widest = Math.Max(widest, Measure(line));
        }
        return Math.Min(room, widest);
    }

    /// <summary>The width of the widest line of a text ("\n" separates lines); 0 for no text.</summary>
    public static double WidestLine(ITextMeasurer measurer, string? text, TextStyle style) =>
        string.IsNullOrEmpty(text) ? 0
            : text.Split('\n').Max(line => measurer.LineWidthPt(line.TrimEnd('\r'), style.SizePt, style.Bold, style.Italic));
}
