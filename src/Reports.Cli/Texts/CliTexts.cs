using System.Globalization;
using Reports.Core.Diagnostics;

namespace Reports.Cli.Texts;

/// <summary>Looks up the command line's own texts in the user's language.</summary>
internal static class CliTexts
{
    private static readonly LocalizedResources Resources = new("Reports.Cli.Texts.CliTexts", typeof(CliTexts).Assembly);

    public static string Get(CliText id, Language language, params object[] args)
    {
        var template = Resources.Get(id.ToString(), language) ?? id.ToString();
        // Arguments are file names and user text: a control character in one is shown, never sent to the terminal.
        var shown = args.Select(a => a is string text ? VisibleText.Escape(text) : a).ToArray();
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, shown);
    }
}
