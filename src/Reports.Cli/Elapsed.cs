using System.Globalization;
using Reports.Cli.Texts;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;

namespace Reports.Cli;

/// <summary>A run's duration for people: "1,25 giây", "2 phút 5 giây" (English: "1.25 s", "2 min 5 s").</summary>
internal static class Elapsed
{
    public static string Format(TimeSpan time, Language language)
    {
        if (time < TimeSpan.Zero) time = TimeSpan.Zero;
        if (time.TotalSeconds < 59.995)
            return CliTexts.Get(CliText.Seconds, language, Number(Math.Round((decimal)time.TotalSeconds, 2), language));
        var seconds = (long)Math.Round(time.TotalSeconds);
        return CliTexts.Get(CliText.MinutesSeconds, language, seconds / 60, seconds % 60);
    }

    private static string Number(decimal value, Language language) => language == Language.Vietnamese
        ? VietnameseNumber.Format(value, 2)
        : value.ToString("0.##", CultureInfo.InvariantCulture);
}
