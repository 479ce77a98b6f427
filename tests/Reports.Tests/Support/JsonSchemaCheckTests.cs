using System.Text.Json.Nodes;
using Xunit;

namespace Reports.Tests.Support;

public class JsonSchemaCheckTests
{
    private static IReadOnlyList<string> Check(string schema, string instanceJson) =>
        JsonSchemaCheck.Validate(JsonNode.Parse(schema)!, JsonNode.Parse(instanceJson));

    private static IReadOnlyList<string> CheckYaml(string schema, string yaml) =>
        JsonSchemaCheck.Validate(JsonNode.Parse(schema)!, YamlToJson.Convert(yaml));

    [Theory]
    // type
    [InlineData("""{"type":"object"}""", "{}")]
    [InlineData("""{"type":"array"}""", "[]")]
    [InlineData("""{"type":"string"}""", "\"x\"")]
    [InlineData("""{"type":"number"}""", "1.5")]
    [InlineData("""{"type":"number"}""", "2")]
    [InlineData("""{"type":"integer"}""", "2")]
    [InlineData("""{"type":"integer"}""", "2.0")]
    [InlineData("""{"type":"integer"}""", "-1e3")]
    [InlineData("""{"type":"boolean"}""", "false")]
    [InlineData("""{"type":"null"}""", "null")]
    [InlineData("""{"type":["string","null"]}""", "null")]
    [InlineData("""{"type":["string","null"]}""", "\"\"")]
    // properties, required, additionalProperties
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":"x","b":1}""")]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", "{}")]
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", "5")]
    [InlineData("""{"required":["a","b"]}""", """{"a":null,"b":0}""")]
    [InlineData("""{"required":["a"]}""", "[]")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1}""")]
    [InlineData("""{"additionalProperties":{"type":"integer"}}""", """{"x":1,"y":2}""")]
    [InlineData("""{"properties":{"a":{"type":"string"}},"additionalProperties":{"type":"integer"}}""", """{"a":"s","y":2}""")]
    // items, minItems, maxItems
    [InlineData("""{"items":{"type":"integer"}}""", "[1,2,3]")]
    [InlineData("""{"items":{"type":"integer"}}""", "[]")]
    [InlineData("""{"items":{"type":"integer"}}""", "\"not an array\"")]
    [InlineData("""{"minItems":2,"maxItems":3}""", "[1,2]")]
    [InlineData("""{"minItems":2,"maxItems":3}""", "[1,2,3]")]
    [InlineData("""{"minItems":2}""", "{}")]
    // enum, const
    [InlineData("""{"enum":["a",1,null,{"k":[true]}]}""", "\"a\"")]
    [InlineData("""{"enum":["a",1,null,{"k":[true]}]}""", "1.0")]
    [InlineData("""{"enum":["a",1,null,{"k":[true]}]}""", "null")]
    [InlineData("""{"enum":["a",1,null,{"k":[true]}]}""", """{"k":[true]}""")]
    [InlineData("""{"const":"VND"}""", "\"VND\"")]
    [InlineData("""{"const":{"a":[1,"b"],"c":null}}""", """{"c":null,"a":[1.0,"b"]}""")]
    // numeric bounds
    [InlineData("""{"minimum":0,"maximum":100}""", "0")]
    [InlineData("""{"minimum":0,"maximum":100}""", "100")]
    [InlineData("""{"minimum":0.5}""", "0.5")]
    [InlineData("""{"exclusiveMinimum":0,"exclusiveMaximum":1}""", "0.5")]
    [InlineData("""{"minimum":10}""", "\"5\"")]
    // string length (code points)
    [InlineData("""{"minLength":2,"maxLength":3}""", "\"ab\"")]
    [InlineData("""{"maxLength":2}""", "\"😀😀\"")]
    [InlineData("""{"maxLength":7}""", "\"Hà Nội\"")]
    [InlineData("""{"minLength":3}""", "12")]
    // pattern (unanchored)
    [InlineData("""{"pattern":"b"}""", "\"abc\"")]
    [InlineData("""{"pattern":"^[A-Z]{2}[0-9]+$"}""", "\"VN123\"")]
    [InlineData("""{"pattern":"^\\p{L}+$"}""", "\"Việt\"")]
    [InlineData("""{"pattern":"^x"}""", "42")]
    // format
    [InlineData("""{"format":"date"}""", "\"2024-04-04\"")]
    [InlineData("""{"format":"date"}""", "\"2024-02-29\"")]
    [InlineData("""{"format":"date"}""", "7")]
    [InlineData("""{"format":"time"}""", "\"08:00\"")]
    [InlineData("""{"format":"time"}""", "\"23:59:59\"")]
    [InlineData("""{"format":"time"}""", "\"00:00\"")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04 08:00\"")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04T08:00:30\"")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04T08:00:30.25Z\"")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04T08:00+07:00\"")]
    // combinators
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"integer"}]}""", "3")]
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"integer"}]}""", "\"3\"")]
    [InlineData("""{"oneOf":[{"type":"integer"},{"type":"string"}]}""", "3")]
    [InlineData("""{"oneOf":[{"minimum":5},{"maximum":2}]}""", "1")]
    [InlineData("""{"allOf":[{"type":"integer"},{"minimum":1}]}""", "1")]
    [InlineData("""{"not":{"type":"string"}}""", "1")]
    [InlineData("""{"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}""", """{"k":"a","x":1}""")]
    [InlineData("""{"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}""", """{"k":"b","y":1}""")]
    [InlineData("""{"if":{"type":"string"},"then":{"minLength":2}}""", "5")]
    [InlineData("""{"then":{"type":"string"}}""", "5")]
    // $ref and $defs
    [InlineData("""{"$defs":{"Tien":{"type":"number","minimum":0}},"properties":{"so":{"$ref":"#/$defs/Tien"}}}""", """{"so":1.25}""")]
    [InlineData("""{"definitions":{"Ma":{"type":"string"}},"items":{"$ref":"#/definitions/Ma"}}""", """["a","b"]""")]
    [InlineData("""{"$defs":{"A":{"type":"integer"}},"$ref":"#/$defs/A","minimum":1}""", "3")]
    // boolean schemas and annotations
    [InlineData("true", """{"anything":[1]}""")]
    [InlineData("{}", "null")]
    [InlineData("""{"not":false}""", "1")]
    [InlineData("""{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:x","title":"t","description":"d","markdownDescription":"**d**","default":{"x":1},"examples":[1],"$comment":"c","deprecated":true,"type":"integer"}""", "1")]
    public void Accepts(string schema, string instance)
    {
        Assert.Empty(Check(schema, instance));
    }

    [Theory]
    // type
    [InlineData("""{"type":"object"}""", "[]", "/: expected object, got array")]
    [InlineData("""{"type":"array"}""", "{}", "/: expected array, got object")]
    [InlineData("""{"type":"string"}""", "12", "/: expected string, got number 12")]
    [InlineData("""{"type":"number"}""", "\"187,5\"", "/: expected number, got string \"187,5\"")]
    [InlineData("""{"type":"integer"}""", "1.5", "/: expected integer, got number 1.5")]
    [InlineData("""{"type":"boolean"}""", "\"true\"", "expected boolean, got string")]
    [InlineData("""{"type":"null"}""", "0", "expected null, got number")]
    [InlineData("""{"type":"string"}""", "null", "expected string, got null")]
    [InlineData("""{"type":["string","null"]}""", "1", "/: expected one of string, null, got number 1")]
    // properties, required, additionalProperties
    [InlineData("""{"properties":{"a":{"type":"string"}}}""", """{"a":1}""", "/a: expected string")]
    [InlineData("""{"required":["a","b"]}""", """{"a":1}""", "/: missing required property \"b\"")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":false}""", """{"a":1,"b":2}""", "/b: property is not allowed")]
    [InlineData("""{"additionalProperties":false}""", """{"b":2}""", "/b: property is not allowed")]
    [InlineData("""{"properties":{"a":{}},"additionalProperties":{"type":"integer"}}""", """{"a":"s","y":"z"}""", "/y: expected integer")]
    // items, minItems, maxItems
    [InlineData("""{"items":{"type":"integer"}}""", "[1,\"2\",3]", "/1: expected integer, got string \"2\"")]
    [InlineData("""{"minItems":2}""", "[1]", "/: array has 1 items, fewer than minItems 2")]
    [InlineData("""{"maxItems":1}""", "[1,2]", "/: array has 2 items, more than maxItems 1")]
    // enum, const
    [InlineData("""{"enum":["a","b"]}""", "\"c\"", "/: \"c\" is not one of [\"a\",\"b\"]")]
    [InlineData("""{"enum":["1"]}""", "1", "is not one of")]
    [InlineData("""{"enum":[{"k":[true]}]}""", """{"k":[true],"x":1}""", "is not one of")]
    [InlineData("""{"const":"VND"}""", "\"USD\"", "/: \"USD\" is not the constant \"VND\"")]
    [InlineData("""{"const":null}""", "0", "is not the constant null")]
    [InlineData("""{"const":[1,2]}""", "[2,1]", "is not the constant")]
    // numeric bounds
    [InlineData("""{"minimum":0}""", "-0.01", "/: -0.01 is less than minimum 0")]
    [InlineData("""{"maximum":100}""", "100.5", "/: 100.5 is greater than maximum 100")]
    [InlineData("""{"exclusiveMinimum":0}""", "0", "/: 0 is not greater than exclusiveMinimum 0")]
    [InlineData("""{"exclusiveMaximum":1}""", "1", "/: 1 is not less than exclusiveMaximum 1")]
    // string length (code points)
    [InlineData("""{"minLength":2}""", "\"a\"", "/: \"a\" is shorter than minLength 2")]
    [InlineData("""{"maxLength":1}""", "\"😀😀\"", "is longer than maxLength 1")]
    [InlineData("""{"maxLength":5}""", "\"Hà Nội\"", "\"Hà Nội\" is longer than maxLength 5")]
    // pattern
    [InlineData("""{"pattern":"^x"}""", "\"ax\"", "/: \"ax\" does not match pattern \"^x\"")]
    [InlineData("""{"pattern":"^\\d+$"}""", "\"١٢\"", "does not match pattern")]
    // format
    [InlineData("""{"format":"date"}""", "\"2024-02-30\"", "/: \"2024-02-30\" is not a valid date")]
    [InlineData("""{"format":"date"}""", "\"2023-02-29\"", "is not a valid date")]
    [InlineData("""{"format":"date"}""", "\"2024-4-4\"", "is not a valid date")]
    [InlineData("""{"format":"date"}""", "\"04/04/2024\"", "is not a valid date")]
    [InlineData("""{"format":"date"}""", "\"2024-04-04 \"", "is not a valid date")]
    [InlineData("""{"format":"time"}""", "\"24:00\"", "/: \"24:00\" is not a valid time")]
    [InlineData("""{"format":"time"}""", "\"8:00\"", "is not a valid time")]
    [InlineData("""{"format":"time"}""", "\"08:60\"", "is not a valid time")]
    [InlineData("""{"format":"time"}""", "\"08:00:61\"", "is not a valid time")]
    [InlineData("""{"format":"date-time"}""", "\"2024-02-30 08:00\"", "is not a valid date-time")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04\"", "is not a valid date-time")]
    [InlineData("""{"format":"date-time"}""", "\"2024-04-04T25:00\"", "is not a valid date-time")]
    // combinators
    [InlineData("""{"anyOf":[{"type":"string"},{"type":"integer"}]}""", "1.5", "/: matches no anyOf branch: [0] /: expected string, got number 1.5 | [1] /: expected integer")]
    [InlineData("""{"oneOf":[{"type":"integer"},{"type":"string"}]}""", "true", "/: matches no oneOf branch")]
    [InlineData("""{"oneOf":[{"type":"integer"},{"minimum":0}]}""", "3", "/: matches more than one oneOf branch (0, 1)")]
    [InlineData("""{"allOf":[{"type":"integer"},{"minimum":5}]}""", "3", "/: 3 is less than minimum 5")]
    [InlineData("""{"not":{"type":"string"}}""", "\"s\"", "/: \"s\" must not match the \"not\" schema")]
    [InlineData("""{"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}""", """{"k":"a","y":1}""", "/: missing required property \"x\"")]
    [InlineData("""{"if":{"properties":{"k":{"const":"a"}}},"then":{"required":["x"]},"else":{"required":["y"]}}""", """{"k":"b","x":1}""", "/: missing required property \"y\"")]
    // $ref
    [InlineData("""{"$defs":{"Tien":{"type":"number","minimum":0}},"properties":{"so":{"$ref":"#/$defs/Tien"}}}""", """{"so":-1}""", "/so: -1 is less than minimum 0")]
    [InlineData("""{"definitions":{"Ma":{"type":"string"}},"items":{"$ref":"#/definitions/Ma"}}""", """["a",2]""", "/1: expected string, got number 2")]
    [InlineData("""{"$defs":{"A":{"type":"integer"}},"$ref":"#/$defs/A","minimum":1}""", "0", "/: 0 is less than minimum 1")]
    // boolean schemas
    [InlineData("false", "1", "/: no value is allowed here (schema is false)")]
    [InlineData("""{"properties":{"old":false}}""", """{"old":1}""", "/old: no value is allowed here")]
    public void Rejects(string schema, string instance, string expectedError)
    {
        var error = Assert.Single(Check(schema, instance));
        Assert.Contains(expectedError, error);
    }

    [Fact]
    public void CollectsEveryErrorWithPointerPaths()
    {
        const string schema = """
            {
              "type": "object",
              "required": ["ket_qua"],
              "additionalProperties": false,
              "properties": {
                "ket_qua": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "required": ["chi_tieu"],
                    "properties": {
                      "chi_tieu": {
                        "type": "array",
                        "items": {
                          "type": "object",
                          "properties": { "thuc_hien": { "type": "number" }, "ngay": { "format": "date" } }
                        }
                      }
                    }
                  }
                }
              }
            }
            """;
        const string yaml = """
            ket_qua:
              - chi_tieu:
                  - thuc_hien: 1.250
                  - thuc_hien: "187,5"
                    ngay: 2024-02-30
              - {}
            a/b~c: 1
            """;
        Assert.Equal(
            [
                "/a~1b~0c: property is not allowed (additionalProperties is false)",
                "/ket_qua/0/chi_tieu/1/thuc_hien: expected number, got string \"187,5\"",
                "/ket_qua/0/chi_tieu/1/ngay: \"2024-02-30\" is not a valid date",
                "/ket_qua/1: missing required property \"chi_tieu\"",
            ],
            CheckYaml(schema, yaml));
    }

    [Fact]
    public void YamlNumbersAndStringsAsTheEditorSeesThem()
    {
        const string schema = """{"type":"object","additionalProperties":{"type":"number"}}""";
        Assert.Empty(CheckYaml(schema, "a: 1.250\nb: -3\nc: 1e3\n"));
        Assert.Equal(
            ["/a: expected number, got string \"7.396,54\"", "/b: expected number, got string \"187,5\"", "/c: expected number, got null"],
            CheckYaml(schema, "a: 7.396,54\nb: \"187,5\"\nc:\n"));
        Assert.Empty(CheckYaml("""{"additionalProperties":{"type":"string","format":"time"}}""", "gio: 08:00\n"));
        Assert.Empty(CheckYaml("""{"additionalProperties":{"type":"string","format":"date"}}""", "ngay: 2024-04-04\n"));
    }

    [Fact]
    public void NestedRefsResolve()
    {
        const string schema = """
            {
              "$ref": "#/$defs/BaoCao",
              "$defs": {
                "BaoCao": { "type": "object", "properties": { "muc": { "type": "array", "items": { "$ref": "#/$defs/Muc" } } } },
                "Muc": {
                  "type": "object",
                  "required": ["ten"],
                  "properties": {
                    "ten": { "$ref": "#/$defs/Ten" },
                    "con": { "type": "array", "items": { "$ref": "#/$defs/Muc" } }
                  }
                },
                "Ten": { "$ref": "#/definitions/Chuoi" }
              },
              "definitions": { "Chuoi": { "type": "string", "minLength": 1 } }
            }
            """;
        Assert.Empty(Check(schema, """{"muc":[{"ten":"A","con":[{"ten":"A.1","con":[{"ten":"A.1.a"}]}]}]}"""));
        Assert.Equal(
            ["/muc/0/con/0/con/0/ten: \"\" is shorter than minLength 1", "/muc/0/con/1: missing required property \"ten\""],
            Check(schema, """{"muc":[{"ten":"A","con":[{"ten":"A.1","con":[{"ten":""}]},{}]}]}"""));
    }

    [Fact]
    public void RootRefRecursesAndEscapedPointersResolve()
    {
        const string schema = """
            {
              "type": "object",
              "properties": { "sub": { "$ref": "#" }, "x": { "$ref": "#/$defs/a~1b" } },
              "$defs": { "a/b": { "type": "integer" } }
            }
            """;
        Assert.Empty(Check(schema, """{"sub":{"sub":{"x":1}}}"""));
        Assert.Equal(["/sub/sub/x: expected integer, got string \"1\""], Check(schema, """{"sub":{"sub":{"x":"1"}}}"""));
    }

    [Fact]
    public void AdditionalPropertiesFalseIsLimitedToItsOwnProperties()
    {
        const string schema = """{"allOf":[{"properties":{"a":{}}}],"properties":{"b":{}},"additionalProperties":false}""";
        Assert.Equal(["/a: property is not allowed (additionalProperties is false)"], Check(schema, """{"a":1,"b":2}"""));
    }

    [Theory]
    [InlineData("""{"type":"string","uniqueItems":true}""", "#/uniqueItems")]
    [InlineData("""{"properties":{"a":{"patternProperties":{}}}}""", "#/properties/a/patternProperties")]
    [InlineData("""{"$defs":{"Unused":{"minProperties":1}}}""", "#/$defs/Unused/minProperties")]
    [InlineData("""{"anyOf":[{"type":"string"},{"multipleOf":2}]}""", "#/anyOf/1/multipleOf")]
    [InlineData("""{"properties":{"a":{"$ref":"#/$defs/X"}},"$defs":{"X":{"contains":{}}}}""", "#/$defs/X/contains")]
    [InlineData("""{"items":[{"type":"string"}]}""", "#/items")]
    [InlineData("""{"format":"email"}""", "#/format")]
    [InlineData("""{"$ref":"other.json#/$defs/A"}""", "#/$ref")]
    [InlineData("""{"$ref":"#anchor"}""", "#/$ref")]
    public void UnsupportedKeywordsThrowEvenWhenNotReached(string schema, string location)
    {
        var e = Assert.Throws<NotSupportedException>(() => Check(schema, "{}"));
        Assert.StartsWith(location + ":", e.Message);
    }

    [Theory]
    [InlineData("""{"type":"text"}""")]
    [InlineData("""{"type":[]}""")]
    [InlineData("""{"required":"a"}""")]
    [InlineData("""{"minItems":-1}""")]
    [InlineData("""{"maxLength":1.5}""")]
    [InlineData("""{"minimum":"0"}""")]
    [InlineData("""{"exclusiveMinimum":true}""")]
    [InlineData("""{"enum":"a"}""")]
    [InlineData("""{"pattern":"("}""")]
    [InlineData("""{"anyOf":[]}""")]
    [InlineData("""{"properties":{"a":1}}""")]
    [InlineData("""{"$ref":"#/$defs/Missing"}""")]
    [InlineData("[]")]
    public void MalformedSchemasThrow(string schema)
    {
        Assert.Throws<ArgumentException>(() => Check(schema, "{}"));
    }

    [Fact]
    public void RefCycleThatNeverDescendsThrows()
    {
        const string schema = """{"$defs":{"A":{"anyOf":[{"$ref":"#/$defs/A"}]}},"$ref":"#/$defs/A"}""";
        Assert.Throws<InvalidOperationException>(() => Check(schema, "1"));
    }

    [Fact]
    public void SameRefTwiceSideBySideIsNotACycle()
    {
        const string schema = """{"$defs":{"A":{"type":"integer"}},"allOf":[{"$ref":"#/$defs/A"},{"$ref":"#/$defs/A"}]}""";
        Assert.Empty(Check(schema, "1"));
        Assert.Equal(2, Check(schema, "\"x\"").Count);
    }

    [Fact]
    public void InstancesBuiltInCodeAreUnderstood()
    {
        var schema = JsonNode.Parse("""{"type":"object","properties":{"n":{"type":"integer","minimum":1},"d":{"enum":[2.5]},"s":{"const":"x"}}}""")!;
        var instance = new JsonObject { ["n"] = 3L, ["d"] = 2.5m, ["s"] = "x" };
        Assert.Empty(JsonSchemaCheck.Validate(schema, instance));
        instance["n"] = 0;
        Assert.Equal(["/n: 0 is less than minimum 1"], JsonSchemaCheck.Validate(schema, instance));
    }
}
