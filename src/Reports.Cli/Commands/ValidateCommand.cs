using Reports.Cli.Texts;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Pipeline;

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
            // Characters the PDF can only show as a box: said here, before anyone prints the PDF.
            IReadOnlyList<Diagnostic> diagnostics = result.Succeeded ? [.. result.Diagnostics, .. MissingGlyphs.ForFile(file)] : result.Diagnostics;
            foreach (var d in diagnostics)
                console.Error.WriteLine(DiagnosticWriter.Write(d, console.Language));

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count - errors;
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
