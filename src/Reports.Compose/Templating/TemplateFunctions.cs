namespace Reports.Compose.Templating;

/// <summary>
/// The functions templates may call, by name, independent of any template library: each engine adapter
/// registers them in its own way.
/// </summary>
public sealed class TemplateFunctions
{
    private readonly Dictionary<string, Func<object?[], object?>> _functions = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, Func<object?[], object?>>> All => _functions;

    public TemplateFunctions Add(string name, Func<object?[], object?> function)
    {
        _functions.Add(name, function);
        return this;
    }
}
