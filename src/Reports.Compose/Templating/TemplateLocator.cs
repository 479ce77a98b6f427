using System.Text.RegularExpressions;
using Reports.Core.Diagnostics;

namespace Reports.Compose.Templating;

/// <summary>
/// Template libraries report a missing name but not where it stands; this finds the first line that
/// uses it, in the template being rendered or else in the ones it includes.
/// </summary>
internal static partial class TemplateLocator
{
    public static SourceLocation Find(IReadOnlyList<TemplateSource> sources, string preferred, string name)
    {
        var ordered = sources.Where(s => s.Name == preferred).Concat(sources.Where(s => s.Name != preferred));
        var pattern = new Regex(@"\{\{[^}]*?(?<![\w.-])" + Regex.Escape(name) + @"(?![\w-])");
        foreach (var source in ordered)
        {
            var match = pattern.Match(source.Text);
            if (match.Success) return At(source, match.Index + match.Value.LastIndexOf(name, StringComparison.Ordinal));
        }
        var main = sources.FirstOrDefault(s => s.Name == preferred) ?? sources[0];
        return new SourceLocation(main.FilePath, 1, 1);
    }

    /// <summary>
    /// Where the block tags stop pairing up: the opening tag left unclosed when a different block closes
    /// (or the text ends), or a closing tag that closes nothing. Null when every block pairs.
    /// </summary>
    public static SourceLocation? UnbalancedBlock(TemplateSource source)
    {
        var opens = new Stack<(string Name, int Index)>();
        foreach (Match m in BlockTag().Matches(source.Text))
        {
            var name = m.Groups[2].Value;
            if (m.Groups[1].Value == "#") { opens.Push((name, m.Index)); continue; }
            if (opens.Count == 0) return At(source, m.Index);
            var open = opens.Pop();
            if (open.Name != name) return At(source, open.Index);
        }
        return opens.Count > 0 ? At(source, opens.Peek().Index) : null;
    }

    public static SourceLocation At(TemplateSource source, int index)
    {
        var before = source.Text.AsSpan(0, Math.Min(index, source.Text.Length));
        return new SourceLocation(source.FilePath, before.Count('\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    [GeneratedRegex(@"\{\{~?\s*([#/])\s*([\w-]+)")]
    private static partial Regex BlockTag();
}
