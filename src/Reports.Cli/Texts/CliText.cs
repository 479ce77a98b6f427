namespace Reports.Cli.Texts;

/// <summary>Texts of the command line; they live in CliTexts.resx (Vietnamese) and CliTexts.en.resx.</summary>
internal enum CliText
{
    HelpRoot,
    HelpValidate,
    HelpInit,
    HelpSchema,
    FileValid,
    FileSummary,
    AllSummary,
    UsageError,
    UsageHint,
    UnknownOption,
    NoFiles,
    OutputRequired,
    BadLang,
    BadRegime,
    BadQuarter,
    BadYear,
    InitExists,
    InitWritten,
    SchemaWritten,
    WriteFailed,
}
