using System.Globalization;
using NodaTime;

namespace Reports.Core.Formatting;

/// <summary>Dates and times as Vietnamese documents and articles write them.</summary>
public static class VietnameseDate
{
    /// <summary>
    /// The header form, "ngày 04 tháng 02 năm 2024": a day below 10 and the months 1 and 2 take a leading zero
    /// (NĐ 30/2020), so that nobody can add a digit by hand; other months do not ("tháng 3").
    /// </summary>
    public static string Long(LocalDate date)
    {
        string day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        string month = MonthText(date);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>"Mỹ Đức, ngày 04 tháng 4 năm 2024".</summary>
    public static string PlaceAndDate(string place, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        return VietnameseText.Nfc(place.Trim() + ", " + Long(date));
    }

    /// <summary>
    /// A draft's "Mỹ Đức, ngày      tháng 4 năm 2024": the day is left blank for the signer, the month and
    /// year are the planned date's (DOMAIN.md, "Drafts").
    /// </summary>
    public static string PlaceAndBlankDay(string place, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        var dated = Long(date);
        // Long always starts "ngày dd ": the day is replaced, the rest kept as the signed copy writes it.
        return VietnameseText.Nfc(place.Trim() + ", ngày " + HandwrittenBlank.Text + dated["ngày 00".Length..]);
    }

    /// <summary>
    /// The numeric form a document uses to cite another one ("Báo cáo số 45-BC/HU ngày 04/4/2024"): day and
    /// month padded as in <see cref="Long"/>, so the cited date reads as the cited header prints it.
    /// </summary>
    public static string Numeric(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{MonthText(date)}/{date.Year}");

    /// <summary>A draft's cited date, "      /4/2024": the day is left blank for the signer, as in <see cref="PlaceAndBlankDay"/>.</summary>
    public static string NumericBlankDay(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{HandwrittenBlank.Text}/{MonthText(date)}/{date.Year}");

    private static string MonthText(LocalDate date) => date.Month <= 2
        ? date.Month.ToString("00", CultureInfo.InvariantCulture)
        : date.Month.ToString(CultureInfo.InvariantCulture);

    /// <summary>The bare form of news articles: "4/4".</summary>
    public static string Short(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}");

    /// <summary>"30/6/2024".</summary>
    public static string ShortWithYear(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}");

    /// <summary>"thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    public static string Weekday(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "thứ Hai",
        IsoDayOfWeek.Tuesday => "thứ Ba",
        IsoDayOfWeek.Wednesday => "thứ Tư",
        IsoDayOfWeek.Thursday => "thứ Năm",
        IsoDayOfWeek.Friday => "thứ Sáu",
        IsoDayOfWeek.Saturday => "thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, null),
    };

    /// <summary>"sáng" before noon, "chiều" from 12:00 to 17:59, "tối" from 18:00.</summary>
    public static string PartOfDay(LocalTime time) => time.Hour switch
    {
        < 12 => "sáng",
        < 18 => "chiều",
        _ => "tối",
    };
}
