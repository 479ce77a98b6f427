using Reports.Core.Diagnostics;
using Reports.Core.Loading;

namespace Reports.Core.Schema;

/// <summary>
/// Walks the tree against a shape and reports every problem, not just the first: unknown keys with a
/// guess, missing keys, wrong kinds of node, unreadable or out-of-range values, and the group rules.
/// Recursion follows the shape, which is a few levels deep, never the input's own depth.
/// </summary>
internal sealed class ShapeChecker
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly CheckedValues _values = new();

    private ShapeChecker(List<Diagnostic> diagnostics) => _diagnostics = diagnostics;

    public static CheckedValues Check(DataNode root, GroupShape shape, List<Diagnostic> diagnostics)
    {
        var checker = new ShapeChecker(diagnostics);
        if (root is MappingNode)
            checker.CheckNode(root, shape, "");
        else
            diagnostics.Add(Diagnostic.Error(MessageId.RootNotMapping, root.Location, "", Describe(root)));
        return checker._values;
    }

    private void CheckNode(DataNode node, Shape shape, string path)
    {
        switch (shape)
        {
            case GroupShape group:
                if (node is MappingNode mapping) CheckGroup(mapping, group, path);
                else Error(MessageId.ExpectedGroup, node, path, Describe(node));
                break;
            case ListShape list:
                if (node is SequenceNode sequence) CheckList(sequence, list, path);
                else Error(MessageId.ExpectedList, node, path, Describe(node));
                break;
            // A guest given as a person's group, or as words ("đại diện Ban Tổ chức Thành ủy").
            case TextOrGroupShape either:
                if (node is MappingNode eitherMapping) CheckGroup(eitherMapping, either.Group, path);
                else if (node is ScalarNode text) CheckScalar(text, new TextShape(), path);
                else Error(MessageId.ExpectedGroup, node, path, Describe(node));
                break;
            default:
                if (node is ScalarNode scalar) CheckScalar(scalar, shape, path);
                else Error(MessageId.ExpectedValue, node, path, Describe(node));
                break;
        }
    }

    private void CheckGroup(MappingNode node, GroupShape shape, string path)
    {
        var guessed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Entries)
        {
            var field = shape.Find(key.Text);
            var keyPath = Append(path, key.Text);
            if (field is null)
            {
                var keys = shape.Fields.Select(f => f.Key).ToList();
                var guess = KeySuggester.Suggest(key.Text, keys.Where(k => node.Get(k) is null));
                if (guess is null) Error(MessageId.UnknownKeyNoGuess, key, keyPath, key.Text, string.Join(", ", keys));
                else Error(MessageId.UnknownKey, key, keyPath, key.Text, guess);
                if (guess is not null) guessed.Add(guess);
                continue;
            }
            // "key:" with nothing after it counts as absent, which only a required key minds.
            if (value is ScalarNode { IsEmpty: true })
            {
                if (field.Required) Error(MessageId.EmptyValue, value, keyPath, key.Text);
                continue;
            }
            CheckNode(value, field.Shape, keyPath);
        }

        // A misspelt key already said "did you mean X?"; "X is missing" would repeat it.
        foreach (var field in shape.Fields.Where(f => f.Required && node.Get(f.Key) is null && !guessed.Contains(f.Key)))
            Error(MessageId.MissingKey, node, path, field.Key, field.Shape.Description);

        var check = new GroupCheck(node, path, _values, _diagnostics);
        foreach (var rule in shape.Rules)
        {
            switch (rule)
            {
                case RequiredWhen condition:
                    if (check.TryGet<string>(out var actual, out _, condition.WhenKey) && condition.Values.Contains(actual) && !check.Has(condition.Key))
                        check.Error(condition.Message, node, "", actual);
                    break;
                case CustomRule custom:
                    custom.Check(check);
                    break;
            }
        }
    }

    private void CheckList(SequenceNode node, ListShape shape, string path)
    {
        if (node.Items.Count < shape.MinItems)
            Error(MessageId.ListEmpty, node, path, LastSegment(path), shape.MinItems.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < node.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (node.Items[i] is ScalarNode { IsEmpty: true } empty)
                Error(MessageId.EmptyValue, empty, itemPath, $"{LastSegment(path)}[{i}]");
            else
                CheckNode(node.Items[i], shape.Item, itemPath);
        }
    }

    private void CheckScalar(ScalarNode node, Shape shape, string path)
    {
        var result = ScalarReader.Read(node, shape);
        if (result.Error is { } error) Error(error, node, path, result.Args);
        else _values.Set(node, result.Value!);
    }

    // Resolved in the reader's language when the message is shown.
    private static string Describe(DataNode node) => node switch
    {
        MappingNode => MessageArgument.Nested(MessageId.KindGroup),
        SequenceNode => MessageArgument.Nested(MessageId.KindList),
        ScalarNode s => MessageArgument.Nested(MessageId.KindValue, s.Text),
        _ => "",
    };

    private void Error(MessageId id, DataNode at, string path, params string[] args) =>
        _diagnostics.Add(Diagnostic.Error(id, at.Location, path, args));

    private static string Append(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string LastSegment(string path) => path[(path.LastIndexOf('.') + 1)..];
}
