using NodaTime;
using Reports.Cli.Texts;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Init;
using Reports.Core.IO;
using Reports.Core.Schema;

namespace Reports.Cli.Commands;

/// <summary>`baocao init -o FILE`: a commented starting file, and the schema beside it for editors.</summary>
internal static class InitCommand
{
    public sealed record Request(string Output, Regime Regime, int? Year, int? Quarter, string? IssuerName);

    public static int Run(Request request, IClock clock, CliConsole console)
    {
        var today = clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).Date;
        var current = StartingFile.PeriodOf(today);
        var period = new ReportingPeriod(request.Year ?? current.Year, request.Quarter ?? current.Quarter);
        // The usual signing day (after the NĐ 09 cut-off); today once that day has passed in the current
        // quarter. A report dated early in its own quarter would be flagged by validate (date-in-period).
        var suggested = StartingFile.SuggestedDate(period);
        var date = period == current && today > suggested ? today : suggested;

        var folder = Path.GetDirectoryName(Path.GetFullPath(request.Output))!;
        var schemaPath = Path.Combine(folder, JsonSchemaWriter.FileName);
        var text = StartingFile.Write(new StartingFile.Options(
            request.Regime, period, date, request.IssuerName, request.Output, JsonSchemaWriter.FileName));

        try
        {
            if (!AtomicFile.TryWrite(request.Output, System.Text.Encoding.UTF8.GetBytes(text), overwrite: false))
            {
                console.Error.WriteLine(CliTexts.Get(CliText.InitExists, console.Language, request.Output));
                return ExitCodes.InvalidData;
            }
            // An existing schema may be the user's own copy: leave it.
            AtomicFile.TryWrite(schemaPath, JsonSchemaWriter.WriteUtf8(DataFileShape.Root), overwrite: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.WriteFailed, console.Language, request.Output, ex.Message));
            return ExitCodes.InvalidData;
        }
        console.Out.WriteLine(CliTexts.Get(CliText.InitWritten, console.Language, request.Output));
        return ExitCodes.Success;
    }
}
