using Scriban.Runtime;

namespace Reports.Compose.Templating;

/// <summary>
/// The output of an included template: already Markdown, so the context writes it unescaped. A script
/// object with no members, so a script that keeps it in a variable sees nothing of .NET.
/// </summary>
internal sealed class IncludedText(string text) : ScriptObject(0, autoImportStaticsFromThisType: false)
{
    public string Text { get; } = text;
}
