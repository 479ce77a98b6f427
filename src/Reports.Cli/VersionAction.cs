using System.CommandLine;
using System.CommandLine.Invocation;
using Reports.Cli.Texts;
using Reports.Core.Diagnostics;

namespace Reports.Cli;

/// <summary>
/// `baocao --version`: one line in the user's language naming the version, the commit and how it runs,
/// so a bug report says exactly which build produced a document.
/// </summary>
internal sealed class VersionAction(Option<string> lang, TextWriter stdout) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var language = Languages.Parse(parseResult.GetValue(lang)) ?? Language.Vietnamese;
        stdout.WriteLine(Line(language));
        return ExitCodes.Success;
    }

    public static string Line(Language language)
    {
        var mode = BuildInfo.IsNative
            ? CliTexts.Get(CliText.RunsNative, language)
            : CliTexts.Get(CliText.RunsManaged, language, BuildInfo.RuntimeVersion);
        return CliTexts.Get(CliText.VersionLine, language, BuildInfo.Version, BuildInfo.Commit, mode);
    }
}
