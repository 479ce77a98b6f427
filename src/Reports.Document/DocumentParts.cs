namespace Reports.Document;

/// <summary>
/// The header block of an official document, already worded and cased as printed. State documents have
/// the motto under the national title; the marks under the issuer are in <see cref="FrameLayout"/>. A "\n"
/// inside a field is where the printed line must break ("ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐỨC").
/// </summary>
public sealed record Letterhead(
    string? ParentBody,
    string Issuer,
    string NumberAndSymbol,
    string NationalTitle,
    string? Motto,
    string PlaceAndDate);

/// <summary>"BÁO CÁO" and the subject line under it.</summary>
public sealed record TitleBlock(string DocumentType, string Subject);

/// <summary>The top of a news article: its category, its title, and "Ngày đăng 04/04/2024 | 16:30".</summary>
public sealed record ArticleHeader(string? Category, string Title, string? PublishedLine);

/// <summary>Recipients on the left, signature on the right, kept together on one page.</summary>
public sealed record Closing(Recipients Recipients, Signature Signature);

/// <summary>"Nơi nhận:" and its items, each already punctuated ("- Ban Thường vụ Thành ủy,").</summary>
public sealed record Recipients(string Label, IReadOnlyList<string> Items);

/// <summary>
/// The signature lines, top to bottom: on behalf of ("T/M BAN THƯỜNG VỤ"), authority ("KT. CHỦ TỊCH"),
/// position ("PHÓ BÍ THƯ"), then the signer's name after the space for the signature.
/// </summary>
public sealed record Signature(string? OnBehalfOf, string? Authority, string Position, string Name);

/// <summary>Document properties for the file's metadata.</summary>
public sealed record DocumentMetadata(string Title, string Author, string Subject, string Language, NodaTime.LocalDate Date);
