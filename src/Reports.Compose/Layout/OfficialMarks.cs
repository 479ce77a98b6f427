namespace Reports.Compose.Layout;

/// <summary>
/// The texts and proportions of the marks the rules put on the page. Each is defined here and nowhere
/// else; renderers receive the resolved values in <see cref="Reports.Document.FrameLayout"/>.
/// </summary>
public static class OfficialMarks
{
    /// <summary>The mark on a draft (DOMAIN.md, "Drafts").</summary>
    public const string DraftText = "DỰ THẢO";

    /// <summary>
    /// The draft mark as printed: "DỰ THẢO", and under it, in the same box, "Dự thảo lần 2" when the data file
    /// numbers the revision. Renderers draw the lines ("\n" between them) as they are.
    /// </summary>
    public static string DraftMark(int? revision) =>
        revision is { } n ? $"{DraftText}\nDự thảo lần {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : DraftText;

    /// <summary>HD 36: a short centred "-----" under the subject.</summary>
    public const string SubjectDashes = "-----";

    /// <summary>HD 36: a centred "*" under the issuer.</summary>
    public const string IssuerStar = "*";

    /// <summary>
    /// NĐ 30 sets the solid line under the issuer and under the subject at 1/3 to 1/2 of the text's length.
    /// The project takes 1/3: the short line of the official samples, what the DOCX (the format staff keep
    /// editing) always drew; the PDF and HTML used to draw 40% and 30%.
    /// </summary>
    public const double StateRuleFraction = 1.0 / 3;

    /// <summary>Every solid line: 0.75 pt (Word's thinnest usual border, a CSS pixel).</summary>
    public const double RuleThicknessPt = 0.75;

    /// <summary>
    /// Space between a text and the solid line under it: the line under the national title sits close, like
    /// an underline, yet clear of the dots under Ệ and Ộ; the short lines under the issuer and the subject
    /// stand a little apart.
    /// </summary>
    public const double TitleRuleGapPt = 2;

    public const double IssuerRuleGapPt = 3;

    public const double SubjectRuleGapPt = 4;

    /// <summary>Air beside the right column's widest line, so it never wraps.</summary>
    public const double LetterheadSlackMm = 6;

    /// <summary>The right column of the letterhead stays between half and 65% of the text width.</summary>
    public const double RightColumnMin = 0.5;

    public const double RightColumnMax = 0.65;

    /// <summary>Space above the number and the place and date, below the marks.</summary>
    public const double SecondRowSpaceBeforePt = 4;

    /// <summary>Space above "BÁO CÁO" and below the mark under the subject.</summary>
    public const double TitleSpaceBeforePt = 18;

    public const double TitleSpaceAfterPt = 12;

    /// <summary>Recipients take 45% of the text width, the signature the rest.</summary>
    public const double RecipientsColumnFraction = 0.45;

    /// <summary>Lines of the name's size left blank for the signature (and the seal beside it).</summary>
    public const int SignatureSpaceLines = 4;

    public const double ClosingSpaceBeforePt = 12;
}
