using Scriban.Parsing;
using Scriban.Syntax;

namespace Reports.Compose.Templating;

/// <summary>
/// The includes of one render, innermost last, to tell a template that includes itself (or two that include
/// each other) from plain deep nesting. Reported only once the nesting passes <see cref="Depth"/>, so a
/// template that recurses under a condition and stops is still allowed; the error names the include that
/// first closed the circle, the same one whichever side the render happened to stop on.
/// </summary>
internal sealed class IncludeCycle
{
    /// <summary>Includes nested deeper than this with a template repeated are a circle; the built-ins nest four deep.</summary>
    public const int Depth = 8;

    private readonly List<(string Caller, SourceSpan Span, string Target)> _levels = [];

    public void Enter(string caller, SourceSpan span, string target)
    {
        _levels.Add((caller, span, target));
        if (_levels.Count <= Depth) return;
        for (var k = 0; k < _levels.Count; k++)
        {
            var back = _levels.FindIndex(0, k + 1, l => l.Caller == _levels[k].Target);
            if (back < 0) continue;
            var chain = _levels.Skip(back).Take(k - back + 1).Select(l => Name(l.Caller)).Append(Name(_levels[k].Target));
            throw new IncludeCycleException(_levels[k].Span, Name(_levels[k].Target), string.Join(" → ", chain));
        }
    }

    public void Leave() => _levels.RemoveAt(_levels.Count - 1);

    private static string Name(string path) => Path.GetFileName(path);
}

/// <summary>An include that goes round in a circle: the template it names and the circle, file by file.</summary>
internal sealed class IncludeCycleException(SourceSpan span, string target, string chain)
    : ScriptRuntimeException(span, $"include `{target}` goes round: {chain}")
{
    public string Target { get; } = target;

    public string Chain { get; } = chain;
}
