namespace Reports.Core.Model;

/// <summary>
/// Who signs: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / name", or "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / name".
/// </summary>
public sealed record Signature(
    string? OnBehalfOf,
    SigningAuthority? Authority,
    string? HeadPosition,
    string Position,
    string FullName);

public enum SigningAuthority
{
    /// <summary>KT.: signs in place of the head.</summary>
    InPlaceOf,

    /// <summary>TL.: by order of the head.</summary>
    ByOrderOf,

    /// <summary>TUQ.: by the head's authorisation.</summary>
    ByAuthorisation,

    /// <summary>Q.: acting head.</summary>
    Acting,
}

/// <summary>Who receives the report, where it is archived, and the optional archive marks.</summary>
/// <param name="DrafterMark">The drafter's or typist's initials (with the drafting unit if the file gives it), after the archive.</param>
/// <param name="Copies">How many copies are issued, written in brackets after the mark.</param>
public sealed record Recipients(IReadOnlyList<string> To, string Archive, string? DrafterMark = null, int? Copies = null);

/// <summary>Publication details of the news article, and its photos in the order the file lists them.</summary>
public sealed record ArticleInfo(
    string? Category,
    string? Title,
    string? Author,
    string? AuthorUnit,
    NodaTime.LocalDateTime? PublishedAt,
    IReadOnlyList<Photo>? Photos = null)
{
    public IReadOnlyList<Photo> Photos { get; init; } = Photos ?? [];
}

/// <summary>What the file overrides of the official layout defaults; null means "use the default".</summary>
public sealed record LayoutOverrides(
    int? BodyFontSize,
    decimal? LineSpacing,
    decimal? ParagraphSpacingPt,
    decimal? FirstLineIndentCm,
    decimal? MarginTopMm,
    decimal? MarginBottomMm,
    decimal? MarginLeftMm,
    decimal? MarginRightMm,
    HeadingNumbering? Numbering = null);
