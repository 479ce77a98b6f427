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
    /// Space between a text's line (its descenders included) and the solid line under it. The line under the
    /// national title stands clear of the descenders of "p" and the dots under Ệ and Ộ by a few points, as in
    /// the official samples: with 2 pt it looked to touch them at screen sizes (LibreOffice and our PDF alike).
    /// </summary>
    public const double TitleRuleGapPt = 4;

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

    /// <summary>
    /// The recipients' column (its gap included) is about 65 mm wide; the signature takes the rest. NĐ 30/2020
    /// Phụ lục I, Phần I, Mục II, khoản 9 (ô số 9b) sets "Nơi nhận:" and each item's dash at the left margin,
    /// items 11 pt, one recipient a line, but gives no width in its text: the column is drawn only in the
    /// layout diagram of Mục IV, where box 9b takes the left part under the body and box 7 (the signature) the
    /// right. HD 36-HD/VPTW could not be read here. 65 mm keeps the longest usual items ("- Các đồng chí Ủy
    /// viên Ban Chấp hành Đảng bộ huyện,") to two lines at 12 pt and leaves the signature's longest title
    /// ("PHÓ BÍ THƯ THƯỜNG TRỰC") on one line. A fixed length rather than a share of the text width, so it
    /// does not change with the margins. Wrapped items hang under the text after the dash
    /// (<see cref="RecipientsItemMark"/>), in PDF, DOCX and HTML alike.
    /// </summary>
    public const double RecipientsWidthMm = 65;

    /// <summary>Clear room at the right of the recipients' column, before the signature's.</summary>
    public const double RecipientsGapMm = 4;

    /// <summary>The mark that starts each recipient; wrapped lines hang under the text after it.</summary>
    public const string RecipientsItemMark = "- ";

    /// <summary>
    /// Room between the signer's position and name for the handwritten signature and the seal over its left
    /// third (DOMAIN.md, "Seal and signature"): the official samples leave about 30 mm, what a round seal of
    /// 30-36 mm needs when it overlaps the title lines a little. Four lines of 14 pt (about 23 mm) were too tight.
    /// </summary>
    public const double SignatureSpaceMm = 30;

    public const double ClosingSpaceBeforePt = 12;
}
