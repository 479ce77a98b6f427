using Reports.Cli.Texts;
using Reports.Core.IO;
using Reports.Core.Schema;

namespace Reports.Cli.Commands;

/// <summary>`baocao schema [-o FILE]`: the JSON Schema editors use to complete and check keys.</summary>
internal static class SchemaCommand
{
    public static int Run(string? output, bool force, CliConsole console)
    {
        if (output is null)
        {
            console.Out.Write(JsonSchemaWriter.Write(DataFileShape.Root));
            return ExitCodes.Success;
        }
        // A FIFO, a device node or a folder is never replaced, --force or not: renaming over /dev/null as
        // root would remove the device for everyone.
        if (FileKind.Of(output) is FileType.Other or FileType.Directory)
        {
            console.Error.WriteLine(CliTexts.Get(CliText.OutputNotRegular, console.Language, output));
            return ExitCodes.InvalidData;
        }
        try
        {
            // Like init and sample: an existing file may be a data file or the user's own copy.
            if (!AtomicFile.TryWrite(output, JsonSchemaWriter.WriteUtf8(DataFileShape.Root), overwrite: force))
            {
                console.Error.WriteLine(CliTexts.Get(CliText.SchemaExists, console.Language, output));
                return ExitCodes.InvalidData;
            }
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
