using Reports.Cli.Texts;
using Reports.Core.IO;
using Reports.Core.Schema;

namespace Reports.Cli.Commands;

/// <summary>`baocao schema [-o FILE]`: the JSON Schema editors use to complete and check keys.</summary>
internal static class SchemaCommand
{
    public static int Run(string? output, CliConsole console)
    {
        if (output is null)
        {
            console.Out.Write(JsonSchemaWriter.Write(DataFileShape.Root));
            return ExitCodes.Success;
        }
        try
        {
            AtomicFile.TryWrite(output, JsonSchemaWriter.WriteUtf8(DataFileShape.Root), overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.WriteFailed, console.Language, output, ex.Message));
            return ExitCodes.InvalidData;
        }
        console.Out.WriteLine(CliTexts.Get(CliText.SchemaWritten, console.Language, output));
        return ExitCodes.Success;
    }
}
