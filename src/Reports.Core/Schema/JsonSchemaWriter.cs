using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reports.Core.Schema;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of a shape for editors (yaml-language-server). Editors read YAML
/// with the 1.2 core schema, so a number may arrive as a number or as text ("187,5"): numeric shapes accept
/// both. What the loader checks beyond this (ambiguous "1.250", part above whole) is listed in the README.
/// </summary>
public static class JsonSchemaWriter
{
    public const string FileName = "baocao.schema.json";

    public static string Write(GroupShape root)
    {
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "baocao: dữ liệu báo cáo quý, phiên bản " + DataFileShape.Version,
        };
        foreach (var (key, value) in Node(root, optional: false)) schema[key] = value?.DeepClone();
        var options = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        return schema.ToJsonString(options).Replace("\r\n", "\n") + "\n";
    }

    public static byte[] WriteUtf8(GroupShape root) => new UTF8Encoding(false).GetBytes(Write(root));

    private static JsonObject Node(Shape shape, bool optional)
    {
        var node = shape switch
        {
            GroupShape g => Group(g),
            ListShape l => Obj(("type", "array"), ("items", Node(l.Item, optional: false)), ("minItems", l.MinItems > 0 ? l.MinItems : null)),
            TextShape t => Obj(("type", Types("string", "number", "boolean")), ("maxLength", t.MaxLength)),
            CodeShape => Obj(("type", "string"), ("pattern", Model.FigureCode.Pattern), ("maxLength", Model.FigureCode.MaxLength)),
            IntegerShape i => Obj(("type", Types("integer", "string")), ("minimum", i.Min), ("maximum", i.Max), ("pattern", "^[+-]?[0-9]+$")),
            NumberShape n => Obj(
                ("type", Types("number", "string")),
                (n.ExclusiveMin ? "exclusiveMinimum" : "minimum", n.Min),
                ("maximum", n.Max),
                ("pattern", n.Min >= 0 ? NumberPattern : "^-?" + NumberPattern[1..])),
            BooleanShape => Obj(("type", "boolean")),
            DateShape => Obj(("type", "string"), ("format", "date")),
            TimeShape => Obj(("type", "string"), ("pattern", "^([01]?[0-9]|2[0-3]):[0-5][0-9]$")),
            DateTimeShape => Obj(("type", "string"), ("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{1,2}:[0-9]{2}$")),
            DateOrTextShape => Obj(("type", Types("string", "number")),
                ("anyOf", new JsonArray(Obj(("format", "date")), Obj(("not", Obj(("pattern", "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"))))))),
            TextOrGroupShape e => Obj(("anyOf", new JsonArray(Obj(("type", "string"), ("maxLength", TextShape.DefaultMaxLength)), Group(e.Group)))),
            ImageFileShape => Obj(("type", "string"), ("minLength", 1)),
            ChoiceShape c => Obj(("enum", new JsonArray(c.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()))),
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.GetType().Name),
        };
        if (shape.Description.Length > 0) node.Insert(0, "description", shape.Description);
        if (optional) AllowNull(node);
        return node;
    }

    /// <summary>Digits, with "." between thousands and "," for decimals, or a plain "." decimal.</summary>
    private const string NumberPattern = @"^([0-9]+|[0-9]+[.,][0-9]+|[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?|[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?)$";

    private static JsonObject Group(GroupShape g)
    {
        var properties = new JsonObject();
        foreach (var f in g.Fields) properties[f.Key] = Node(f.Shape, optional: !f.Required);
        var required = g.Fields.Where(f => f.Required).Select(f => (JsonNode)JsonValue.Create(f.Key)!).ToArray();
        var conditions = g.Rules.OfType<RequiredWhen>().Select(r => (JsonNode)Obj(
            ("if", Obj(
                ("properties", Obj((r.WhenKey, Obj(("enum", new JsonArray(r.Values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray())))))),
                ("required", new JsonArray(JsonValue.Create(r.WhenKey))))),
            ("then", Obj(("required", new JsonArray(JsonValue.Create(r.Key))))))).ToArray();
        return Obj(
            ("type", "object"),
            ("properties", properties),
            ("required", required.Length > 0 ? new JsonArray(required) : null),
            ("additionalProperties", false),
            ("allOf", conditions.Length > 0 ? new JsonArray(conditions) : null));
    }

    private static void AllowNull(JsonObject node)
    {
        switch (node["type"])
        {
            case JsonArray types:
                types.Add((JsonNode)JsonValue.Create("null"));
                break;
            case JsonValue single:
                node["type"] = Types(single.GetValue<string>(), "null");
                break;
            case null when node["enum"] is JsonArray values:
                values.Add((JsonNode?)null);
                break;
        }
    }

    private static JsonArray Types(params string[] types) => new(types.Select(t => (JsonNode)JsonValue.Create(t)!).ToArray());

    private static JsonObject Obj(params (string Key, object? Value)[] entries)
    {
        var o = new JsonObject();
        foreach (var (key, value) in entries)
        {
            switch (value)
            {
                case null: break;
                case JsonNode n: o[key] = n; break;
                case string s: o[key] = s; break;
                case bool b: o[key] = b; break;
                case int i: o[key] = i; break;
                case long l: o[key] = l; break;
                case decimal d: o[key] = d; break;
                default: throw new ArgumentException(value.GetType().Name);
            }
        }
        return o;
    }
}
