using System.Text;
using Reports.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reports.Core.Loading;

/// <summary>
/// Reads YAML parser events into a <see cref="DataNode"/> tree without recursion, so that hostile input
/// (deep nesting, alias bombs, duplicate keys) is refused with a position instead of exhausting the stack
/// or memory. Strings are normalised to NFC here, once.
/// </summary>
internal sealed class TreeReader
{
    public const int MaxDepth = 64;

    /// <summary>Nodes the tree may hold once every alias is expanded; a report has a few thousand.</summary>
    public const long MaxExpandedNodes = 200_000;

    /// <summary>
    /// Characters of text (keys and values) the tree may hold once every alias is expanded. A node budget
    /// alone lets 195,000 aliases of one long statement through. Two million is what one template render may
    /// write (Reports.Compose's Limits.Characters, about 600 pages): more data text could never be built, so it
    /// is refused here, at the place it runs over, instead of as a template error.
    /// </summary>
    public const long MaxExpandedChars = 2_000_000;

    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly Dictionary<string, (DataNode Node, long Size, long Chars)> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<Frame> _frames = new();
    private DataNode? _root;
    private long _rootSize;
    private long _expandedChars;

    private TreeReader(string file, List<Diagnostic> diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    public static DataNode? Read(string file, string text, List<Diagnostic> diagnostics) =>
        new TreeReader(file, diagnostics).Run(text);

    private DataNode? Run(string text)
    {
        var parser = new Parser(new StringReader(text));
        var documents = 0;
        var lastMark = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                lastMark = e.Start;
                switch (e)
                {
                    case DocumentStart when ++documents > 1:
                        Report(MessageId.MultipleDocuments, e.Start);
                        return null;
                    case Scalar s:
                        if (!CountChars(s.Value.Length, s.Start)) return null;
                        if (!Add(new ScalarNode(At(s.Start), Nfc(s.Value), s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted
                                                                       or ScalarStyle.Literal or ScalarStyle.Folded, Raw(text, s)), 1, s.Value.Length, s)) return null;
                        break;
                    case AnchorAlias alias:
                        if (!AddAlias(alias)) return null;
                        break;
                    case MappingStart or SequenceStart:
                        if (_frames.Count >= MaxDepth)
                        {
                            Report(MessageId.TooDeep, e.Start, MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                            return null;
                        }
                        _frames.Push(new Frame(e is MappingStart, At(e.Start), (NodeEvent)e));
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _frames.Pop();
                        if (!Add(frame.Build(), frame.Size, frame.Chars, frame.Event)) return null;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException or FormatException)
        {
            // A bracket still open when the parser gives up is the cause, whatever it says: point at the
            // bracket. Otherwise translate; the parser rejects some malformed anchors and tags with plain
            // exceptions, which carry no position, so the last event's stands in.
            var openBracket = _frames.FirstOrDefault(f => f.IsFlow);
            if (openBracket is not null)
                _diagnostics.Add(Diagnostic.Error(MessageId.YamlUnclosedBracket, openBracket.Location, ""));
            else if (ex is YamlException yaml)
                _diagnostics.Add(YamlErrorTranslator.Translate(_file, text, yaml));
            else
                Report(MessageId.YamlSyntax, lastMark, ex.Message);
            return null;
        }

        if (_root is null)
        {
            _diagnostics.Add(Diagnostic.Error(MessageId.FileEmpty, SourceLocation.WholeFile(_file), "", _file));
        }
        return _root;
    }

    private bool AddAlias(AnchorAlias alias)
    {
        if (!_anchors.TryGetValue(alias.Value.Value, out var target))
        {
            Report(MessageId.AliasUnknown, alias.Start, alias.Value.Value);
            return false;
        }
        return CountChars(target.Chars, alias.Start) && Add(target.Node, target.Size, target.Chars, null, alias.Start);
    }

    /// <summary>Adds text that a scalar or an alias brings into the expanded tree; false once past the budget.</summary>
    private bool CountChars(long chars, Mark at)
    {
        _expandedChars = Math.Min(_expandedChars + chars, long.MaxValue / 2);
        if (_expandedChars <= MaxExpandedChars) return true;
        Report(MessageId.ExpandedTextTooLarge, at, Formatting.VietnameseNumber.Format(MaxExpandedChars));
        return false;
    }

    /// <summary>Places a finished node in its parent; false when reading must stop.</summary>
    private bool Add(DataNode node, long size, long chars, NodeEvent? source, Mark? aliasMark = null)
    {
        if (source is { Anchor.IsEmpty: false }) _anchors[source.Anchor.Value] = (node, size, chars);

        if (_frames.Count == 0)
        {
            _root = node;
            _rootSize = size;
            return true;
        }

        var parent = _frames.Peek();
        parent.Size = Math.Min(parent.Size + size, long.MaxValue / 2);
        parent.Chars = Math.Min(parent.Chars + chars, long.MaxValue / 2);
        if (parent.Size + _rootSize > MaxExpandedNodes)
        {
            Report(MessageId.AliasBudget, aliasMark ?? source?.Start ?? Mark.Empty,
                MaxExpandedNodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }

        if (!parent.IsMapping)
        {
            parent.Items.Add(node);
            return true;
        }
        if (parent.PendingKey is null)
        {
            if (node is not ScalarNode key)
            {
                _diagnostics.Add(Diagnostic.Error(MessageId.KeyNotText, node.Location, ""));
                parent.PendingKey = new ScalarNode(node.Location, "", false);
                parent.SkipValue = true;
                return true;
            }
            if (parent.KeyLines.TryGetValue(key.Text, out var firstLine))
            {
                _diagnostics.Add(Diagnostic.Error(MessageId.DuplicateKey, key.Location, "", key.Text,
                    firstLine.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                parent.SkipValue = true;
            }
            else
            {
                parent.KeyLines[key.Text] = key.Location.Line;
            }
            parent.PendingKey = key;
            return true;
        }
        if (!parent.SkipValue) parent.Entries.Add(new(parent.PendingKey, node));
        parent.PendingKey = null;
        parent.SkipValue = false;
        return true;
    }

    private void Report(MessageId id, Mark mark, params string[] args) =>
        _diagnostics.Add(Diagnostic.Error(id, At(mark), "", args));

    private SourceLocation At(Mark mark) =>
        new(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Raw(string text, Scalar s)
    {
        var start = (int)Math.Clamp(s.Start.Index, 0, text.Length);
        var end = (int)Math.Clamp(s.End.Index, start, text.Length);
        return text[start..end];
    }

    private static string Nfc(string s) => s.IsNormalized(NormalizationForm.FormC) ? s : s.Normalize(NormalizationForm.FormC);

    private sealed class Frame(bool isMapping, SourceLocation location, NodeEvent @event)
    {
        public bool IsMapping { get; } = isMapping;
        public SourceLocation Location { get; } = location;
        public bool IsFlow { get; } = @event is MappingStart { Style: MappingStyle.Flow } or SequenceStart { Style: SequenceStyle.Flow };
        public NodeEvent Event { get; } = @event;
        public long Size { get; set; } = 1;
        public long Chars { get; set; }
        public List<DataNode> Items { get; } = [];
        public List<KeyValuePair<ScalarNode, DataNode>> Entries { get; } = [];
        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
        public ScalarNode? PendingKey { get; set; }
        public bool SkipValue { get; set; }

        public DataNode Build() => IsMapping
            ? new MappingNode(Location, Entries)
            : new SequenceNode(Location, Items);
    }
}
