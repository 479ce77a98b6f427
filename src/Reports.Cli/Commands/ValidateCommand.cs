using Reports.Cli.Texts;
using Reports.Core;
using Reports.Core.Diagnostics;

namespace Reports.Cli.Commands;

/// <summary>`baocao validate FILE...`: every diagnostic of every file, then a count.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> files, CliConsole console)
    {
        var valid = 0;
        foreach (var file in files)
        {
            var result = DataFileLoader.LoadFile(file);
            foreach (var d in result.Diagnostics)
                console.Error.WriteLine(DiagnosticWriter.Write(d, console.Language));

            var errors = result.Diagnostics.Count(d => d.IsError);
            var warnings = result.Diagnostics.Count - errors;
            if (result.Succeeded)
            {
                valid++;
                console.Out.WriteLine(warnings == 0
                    ? CliTexts.Get(CliText.FileValid, console.Language, file)
                    : CliTexts.Get(CliText.FileSummary, console.Language, file, errors, warnings));
            }
            else
            {
                console.Error.WriteLine(CliTexts.Get(CliText.FileSummary, console.Language, file, errors, warnings));
            }
        }
        if (files.Count > 1)
            console.Out.WriteLine(CliTexts.Get(CliText.AllSummary, console.Language, files.Count, valid, files.Count - valid));
        return valid == files.Count ? ExitCodes.Success : ExitCodes.InvalidData;
    }
}
