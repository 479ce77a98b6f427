using System.Text;
using NodaTime;
using Reports.Core.Formatting;

namespace Reports.Core.Init;

/// <summary>
/// The commented starting file that `baocao init` writes: every key of the data file with a sample
/// value and a line saying what it is for. It validates as written.
/// </summary>
public static class StartingFile
{
    public sealed record Options(Regime Regime, ReportingPeriod Period, LocalDate DocumentDate, string? IssuerName, string FileName, string SchemaPath);

    public static string Write(Options options)
    {
        var template = ReadTemplate(options.Regime == Regime.Party ? "init-dang.yaml" : "init-chinh-quyen.yaml");
        var name = options.IssuerName ?? (options.Regime == Regime.Party ? "Đảng ủy xã Tên xã" : "Ủy ban nhân dân xã Tên xã");
        var guess = UnitNameGuess.From(name, options.Regime) ?? new UnitNameGuess.Guess("xa", "Tên xã", options.Regime == Regime.Party ? "ĐU" : "UBND");
        var nextQuarterEnd = QuarterEnd(options.Period.Quarter == 4 ? new ReportingPeriod(options.Period.Year + 1, 1)
                                                                 : new ReportingPeriod(options.Period.Year, options.Period.Quarter + 1));
        return template
            .Replace("{{schema}}", options.SchemaPath)
            .Replace("{{file}}", options.FileName)
            .Replace("{{co_quan}}", Quote(name))
            .Replace("{{ky_hieu}}", guess.Symbol)
            .Replace("{{cap}}", guess.LevelKey)
            .Replace("{{dia_phuong}}", Quote(guess.Locality))
            .Replace("{{ngay}}", Iso(options.DocumentDate))
            .Replace("{{nam}}", options.Period.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{{quy}}", options.Period.Quarter.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Replace("{{thoi_han}}", Iso(nextQuarterEnd));
    }

    /// <summary>The report of a quarter is usually signed around its 15th of the last month, after the NĐ 09 cut-off.</summary>
    public static LocalDate SuggestedDate(ReportingPeriod period) => new(period.Year, period.Quarter * 3, 15);

    public static ReportingPeriod PeriodOf(LocalDate date) => new(date.Year, (date.Month - 1) / 3 + 1);

    private static LocalDate QuarterEnd(ReportingPeriod period) =>
        new LocalDate(period.Year, period.Quarter * 3, 1).PlusMonths(1).PlusDays(-1);

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>User text goes in double quotes so a ":" or "#" in a name cannot break the YAML.</summary>
    private static string Quote(string text) =>
        "\"" + VietnameseText.Nfc(text).Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string ReadTemplate(string name)
    {
        using var stream = typeof(StartingFile).Assembly.GetManifestResourceStream("Reports.Core.Init." + name)
                           ?? throw new InvalidOperationException("Missing embedded template " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
