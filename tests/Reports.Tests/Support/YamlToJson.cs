using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reports.Tests.Support;

/// <summary>
/// Converts YAML text to a <see cref="JsonNode"/> the way yaml-language-server sees it before
/// validating against a JSON Schema: YAML 1.2 core schema.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Plain scalars: <c>null</c>/<c>Null</c>/<c>NULL</c>/<c>~</c>/empty → null;
/// <c>true</c>/<c>True</c>/<c>TRUE</c>/<c>false</c>/<c>False</c>/<c>FALSE</c> → boolean;
/// <c>[-+]?[0-9]+</c>, <c>0o[0-7]+</c>, <c>0x[0-9a-fA-F]+</c> → integer (a <see cref="long"/>, or a
/// <see cref="double"/> past its range, as JavaScript would);
/// <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c> and <c>.inf</c>/<c>.nan</c> → number (a <see cref="double"/>);
/// anything else → string. So <c>1.250</c> is the number 1.25, while <c>7.396,54</c>, <c>2024-04-04</c>
/// and <c>08:00</c> stay strings (no YAML 1.1 timestamps, sexagesimals or yes/no booleans).</item>
/// <item>Quoted, literal (<c>|</c>) and folded (<c>&gt;</c>) scalars are always strings.</item>
/// <item>Explicit core tags are honoured (<c>!!str 12</c> is a string, <c>!!int "12"</c> an integer); the
/// non-specific tag <c>!</c> makes a string; any other tag throws.</item>
/// <item>Mappings → <see cref="JsonObject"/> with the keys' source text as property names; sequences →
/// <see cref="JsonArray"/>. <c>&lt;&lt;</c> is an ordinary key (no YAML 1.1 merge keys).</item>
/// <item>An alias becomes a deep copy of the node its anchor names.</item>
/// </list>
/// Invalid YAML, more than one document, duplicate keys, complex (collection) keys, unknown tags and
/// aliases to undefined anchors throw <see cref="YamlException"/>. An empty stream gives null.
/// </remarks>
public static partial class YamlToJson
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Parses one YAML document and returns it as JSON nodes (null for an empty document).</summary>
    /// <exception cref="YamlException">The text is not valid YAML or uses something not representable here.</exception>
    public static JsonNode? Convert(string yamlText)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        var parser = new Parser(new StringReader(yamlText));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        var root = new Reader(parser).ReadNode();
        parser.Consume<DocumentEnd>();
        if (!parser.TryConsume<StreamEnd>(out _))
        {
            var next = parser.Current!;
            throw new YamlException(next.Start, next.End, "The YAML stream holds more than one document; exactly one is expected.");
        }

        return root;
    }

    private sealed class Reader(IParser parser)
    {
        private readonly Dictionary<string, JsonNode?> anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> anchoredScalarText = new(StringComparer.Ordinal);

        public JsonNode? ReadNode()
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"Alias *{alias.Value.Value} refers to an undefined anchor.");
                }

                return target?.DeepClone();
            }

            if (parser.TryConsume<Scalar>(out var scalar))
            {
                var value = ResolveScalar(scalar);
                Remember(scalar.Anchor, value);
                if (!scalar.Anchor.IsEmpty)
                {
                    anchoredScalarText[scalar.Anchor.Value] = scalar.Value;
                }

                return value;
            }

            if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                CheckCollectionTag(sequenceStart, sequenceStart.Tag, "seq");
                var array = new JsonArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    array.Add(ReadNode());
                }

                Remember(sequenceStart.Anchor, array);
                return array;
            }

            if (parser.TryConsume<MappingStart>(out var mappingStart))
            {
                CheckCollectionTag(mappingStart, mappingStart.Tag, "map");
                var obj = new JsonObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var key = ReadKey();
                    var value = ReadNode();
                    if (obj.ContainsKey(key))
                    {
                        throw new YamlException(keyEvent.Start, keyEvent.End, $"Duplicate mapping key \"{key}\".");
                    }

                    obj[key] = value;
                }

                Remember(mappingStart.Anchor, obj);
                return obj;
            }

            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, $"Unexpected YAML event {current}.");
        }

        private string ReadKey()
        {
            if (parser.Accept<AnchorAlias>(out var alias))
            {
                if (anchoredScalarText.TryGetValue(alias.Value.Value, out var text))
                {
                    parser.MoveNext();
                    return text;
                }

                if (!anchors.ContainsKey(alias.Value.Value))
                {
                    throw new YamlException(alias.Start, alias.End, $"Alias *{alias.Value.Value} refers to an undefined anchor.");
                }

                throw new YamlException(alias.Start, alias.End, "A mapping key must be a scalar, not a collection.");
            }

            if (parser.Accept<Scalar>(out var scalar))
            {
                ReadNode(); // registers the anchor, if any, and checks the tag
                return scalar.Value;
            }

            var current = parser.Current!;
            throw new YamlException(current.Start, current.End, "A mapping key must be a scalar, not a collection.");
        }

        private void Remember(AnchorName anchor, JsonNode? node)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
                anchoredScalarText.Remove(anchor.Value);
            }
        }

        private static void CheckCollectionTag(ParsingEvent evt, TagName tag, string expected)
        {
            if (!tag.IsEmpty && !tag.IsNonSpecific && tag.Value != CoreTagPrefix + expected)
            {
                throw new YamlException(evt.Start, evt.End, $"Unsupported tag {tag.Value} on a {(expected == "map" ? "mapping" : "sequence")}.");
            }
        }
    }

    private static JsonNode? ResolveScalar(Scalar scalar)
    {
        var text = scalar.Value;
        if (scalar.Tag.IsEmpty)
        {
            return scalar.Style == ScalarStyle.Plain ? ResolvePlain(text) : JsonValue.Create(text);
        }

        if (scalar.Tag.IsNonSpecific)
        {
            return JsonValue.Create(text);
        }

        JsonNode? resolved;
        switch (scalar.Tag.Value)
        {
            case CoreTagPrefix + "str":
                return JsonValue.Create(text);
            case CoreTagPrefix + "null":
                if (NullRegex().IsMatch(text))
                {
                    return null;
                }

                break;
            case CoreTagPrefix + "bool":
                resolved = ResolvePlain(text);
                if (resolved is JsonValue b && b.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
                {
                    return resolved;
                }

                break;
            case CoreTagPrefix + "int":
                if (IntRegex().IsMatch(text) || OctalRegex().IsMatch(text) || HexRegex().IsMatch(text))
                {
                    return ResolvePlain(text);
                }

                break;
            case CoreTagPrefix + "float":
                resolved = ResolvePlain(text);
                if (resolved is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                {
                    return n.TryGetValue<long>(out var l) ? JsonValue.Create((double)l) : n;
                }

                break;
            default:
                throw new YamlException(scalar.Start, scalar.End, $"Unsupported tag {scalar.Tag.Value}.");
        }

        throw new YamlException(scalar.Start, scalar.End, $"\"{text}\" is not a valid {scalar.Tag.Value}.");
    }

    private static JsonNode? ResolvePlain(string text)
    {
        if (NullRegex().IsMatch(text))
        {
            return null;
        }

        switch (text)
        {
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (IntRegex().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                ? JsonValue.Create(l)
                : JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (OctalRegex().IsMatch(text))
        {
            return Radix(text.AsSpan(2), 8);
        }

        if (HexRegex().IsMatch(text))
        {
            return Radix(text.AsSpan(2), 16);
        }

        if (FloatRegex().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        if (InfinityRegex().IsMatch(text))
        {
            return JsonValue.Create(text[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity);
        }

        if (NaNRegex().IsMatch(text))
        {
            return JsonValue.Create(double.NaN);
        }

        return JsonValue.Create(text);
    }

    private static JsonValue Radix(ReadOnlySpan<char> digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var c in digits)
        {
            value = (value * radix) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value <= long.MaxValue ? JsonValue.Create((long)value) : JsonValue.Create((double)value);
    }

    [GeneratedRegex(@"^(?:~|null|Null|NULL|)\z")]
    private static partial Regex NullRegex();

    [GeneratedRegex(@"^[-+]?[0-9]+\z")]
    private static partial Regex IntRegex();

    [GeneratedRegex(@"^0o[0-7]+\z")]
    private static partial Regex OctalRegex();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+\z")]
    private static partial Regex HexRegex();

    [GeneratedRegex(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\z")]
    private static partial Regex FloatRegex();

    [GeneratedRegex(@"^[-+]?(?:\.inf|\.Inf|\.INF)\z")]
    private static partial Regex InfinityRegex();

    [GeneratedRegex(@"^(?:\.nan|\.NaN|\.NAN)\z")]
    private static partial Regex NaNRegex();
}
