using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class VietnameseDateTests
{
    [Theory]
    [InlineData(2024, 2, 4, "ngày 04 tháng 02 năm 2024")]
    [InlineData(2024, 3, 15, "ngày 15 tháng 3 năm 2024")]
    [InlineData(2024, 4, 4, "ngày 04 tháng 4 năm 2024")]
    [InlineData(2025, 1, 10, "ngày 10 tháng 01 năm 2025")]
    [InlineData(2024, 12, 31, "ngày 31 tháng 12 năm 2024")]
    [InlineData(2024, 10, 9, "ngày 09 tháng 10 năm 2024")]
    public void Long_form(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDate.Long(new LocalDate(year, month, day)));

    [Fact]
    public void Place_and_date() =>
        Assert.Equal("Mỹ Đức, ngày 04 tháng 4 năm 2024", VietnameseDate.PlaceAndDate("Mỹ Đức", new LocalDate(2024, 4, 4)));

    [Fact]
    public void Short_forms()
    {
        Assert.Equal("4/4", VietnameseDate.Short(new LocalDate(2024, 4, 4)));
        Assert.Equal("15/12", VietnameseDate.Short(new LocalDate(2023, 12, 15)));
        Assert.Equal("30/6/2024", VietnameseDate.ShortWithYear(new LocalDate(2024, 6, 30)));
        Assert.Equal("4/1/2025", VietnameseDate.ShortWithYear(new LocalDate(2025, 1, 4)));
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, "thứ Hai")]
    [InlineData(IsoDayOfWeek.Tuesday, "thứ Ba")]
    [InlineData(IsoDayOfWeek.Wednesday, "thứ Tư")]
    [InlineData(IsoDayOfWeek.Thursday, "thứ Năm")]
    [InlineData(IsoDayOfWeek.Friday, "thứ Sáu")]
    [InlineData(IsoDayOfWeek.Saturday, "thứ Bảy")]
    [InlineData(IsoDayOfWeek.Sunday, "Chủ nhật")]
    public void Weekdays(IsoDayOfWeek day, string expected) => Assert.Equal(expected, VietnameseDate.Weekday(day));

    [Fact]
    public void Weekday_rejects_None() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseDate.Weekday(IsoDayOfWeek.None));

    [Theory]
    [InlineData(0, 0, "sáng")]
    [InlineData(7, 30, "sáng")]
    [InlineData(11, 59, "sáng")]
    [InlineData(12, 0, "chiều")]
    [InlineData(17, 59, "chiều")]
    [InlineData(18, 0, "tối")]
    [InlineData(23, 59, "tối")]
    public void Part_of_day(int hour, int minute, string expected) =>
        Assert.Equal(expected, VietnameseDate.PartOfDay(new LocalTime(hour, minute)));

    [Fact]
    public void Long_follows_the_leading_zero_rule() =>
        Prop.ForAll(Generators.Dates, date =>
            {
                Match m = Regex.Match(VietnameseDate.Long(date), @"\Angày ([0-9]{2}) tháng ([0-9]{1,2}) năm ([0-9]{4})\z");
                if (!m.Success)
                {
                    return false;
                }

                string day = m.Groups[1].Value, month = m.Groups[2].Value;
                bool monthPadded = month.Length == 2 && month[0] == '0';
                return int.Parse(day) == date.Day
                    && int.Parse(month) == date.Month
                    && int.Parse(m.Groups[3].Value) == date.Year
                    && monthPadded == (date.Month <= 2);
            })
            .QuickCheckThrowOnFailure();

    // A draft leaves the day for the signer; the month keeps its leading zero rule.
    [Theory]
    [InlineData(2024, 4, 4, "Mỹ Đức, ngày \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 tháng 4 năm 2024")]
    [InlineData(2025, 2, 27, "Mỹ Đức, ngày \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 tháng 02 năm 2025")]
    [InlineData(2024, 12, 20, "Mỹ Đức, ngày \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 tháng 12 năm 2024")]
    public void A_draft_leaves_the_day_blank(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDate.PlaceAndBlankDay("Mỹ Đức", new LocalDate(year, month, day)));
}
