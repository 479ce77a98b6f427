using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;
using YamlDotNet.Core;

namespace Reports.Tests.Support;

public class YamlToJsonTests
{
    private static JsonNode? ValueOf(string yamlScalar) => YamlToJson.Convert("v: " + yamlScalar)!["v"];

    private static string Json(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    [Theory]
    [InlineData("null", "null")]
    [InlineData("Null", "null")]
    [InlineData("NULL", "null")]
    [InlineData("~", "null")]
    [InlineData("", "null")]
    [InlineData("true", "true")]
    [InlineData("True", "true")]
    [InlineData("TRUE", "true")]
    [InlineData("false", "false")]
    [InlineData("False", "false")]
    [InlineData("FALSE", "false")]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    [InlineData("+7", "7")]
    [InlineData("007", "7")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("1.250", "1.25")]
    [InlineData(".5", "0.5")]
    [InlineData("1.", "1")]
    [InlineData("-1.5e3", "-1500")]
    [InlineData("2E-2", "0.02")]
    [InlineData("\"187,5\"", "\"187,5\"")]
    [InlineData("7.396,54", "\"7.396,54\"")]
    [InlineData("2024-04-04", "\"2024-04-04\"")]
    [InlineData("08:00", "\"08:00\"")]
    [InlineData("'42'", "\"42\"")]
    [InlineData("\"true\"", "\"true\"")]
    [InlineData("'null'", "\"null\"")]
    [InlineData("''", "\"\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("off", "\"off\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("0b101", "\"0b101\"")]
    [InlineData("1e", "\"1e\"")]
    [InlineData("nullable", "\"nullable\"")]
    [InlineData("Hà Nội", "\"H\\u00E0 N\\u1ED9i\"")]
    [InlineData("!!str 12", "\"12\"")]
    [InlineData("!!str", "\"\"")]
    [InlineData("! 12", "\"12\"")]
    [InlineData("!!int \"12\"", "12")]
    [InlineData("!!float 1", "1")]
    [InlineData("!!bool 'true'", "true")]
    [InlineData("!!null ''", "null")]
    public void ScalarsFollowTheYaml12CoreSchema(string yamlScalar, string expectedJson)
    {
        Assert.Equal(expectedJson, Json(ValueOf(yamlScalar)));
    }

    [Fact]
    public void IntegersAreLongsAndFloatsAreDoubles()
    {
        Assert.True(ValueOf("42")!.AsValue().TryGetValue<long>(out var l) && l == 42);
        Assert.True(ValueOf("1.250")!.AsValue().TryGetValue<double>(out var d) && d == 1.25);
        Assert.Equal(JsonValueKind.Number, ValueOf("1.0")!.GetValueKind());
        Assert.Equal(JsonValueKind.String, ValueOf("'1.0'")!.GetValueKind());
    }

    [Fact]
    public void IntegersBeyondLongBecomeDoubles()
    {
        Assert.True(ValueOf("123456789012345678901234")!.AsValue().TryGetValue<double>(out var d));
        Assert.Equal(1.2345678901234568E+23, d);
    }

    [Fact]
    public void InfinityAndNaNAreNumbers()
    {
        Assert.Equal(double.PositiveInfinity, ValueOf(".inf")!.GetValue<double>());
        Assert.Equal(double.NegativeInfinity, ValueOf("-.Inf")!.GetValue<double>());
        Assert.True(double.IsNaN(ValueOf(".NaN")!.GetValue<double>()));
        Assert.Equal("\".infinity\"", Json(ValueOf(".infinity")));
    }

    [Fact]
    public void BlockScalarsAreStrings()
    {
        var node = YamlToJson.Convert("a: |\n  12\n  true\nb: >-\n  1.5\n")!;
        Assert.Equal("12\ntrue\n", node["a"]!.GetValue<string>());
        Assert.Equal("1.5", node["b"]!.GetValue<string>());
    }

    [Fact]
    public void MappingsAndSequencesBecomeObjectsAndArrays()
    {
        const string yaml = """
            ten: Bao cao
            ket_qua:
              - ma: A1
                chi_tieu: [1, "2", ~]
              - ma: A2
                chi_tieu: []
            tuy_chon: {}
            """;
        Assert.Equal(
            """{"ten":"Bao cao","ket_qua":[{"ma":"A1","chi_tieu":[1,"2",null]},{"ma":"A2","chi_tieu":[]}],"tuy_chon":{}}""",
            Json(YamlToJson.Convert(yaml)));
    }

    [Fact]
    public void KeysKeepTheirSourceText()
    {
        var node = YamlToJson.Convert("1: a\ntrue: b\nnull: c\n1.50: d\n'q': e\n<<: f\n")!.AsObject();
        Assert.Equal(["1", "true", "null", "1.50", "q", "<<"], node.Select(p => p.Key));
    }

    [Fact]
    public void AliasesResolveToCopies()
    {
        const string yaml = """
            mac_dinh: &md
              don_vi: VND
              so: 1.5
            a: *md
            b: *md
            ten: &t Hanoi
            *t : key-from-alias
            """;
        var node = YamlToJson.Convert(yaml)!.AsObject();
        Assert.Equal("""{"don_vi":"VND","so":1.5}""", Json(node["a"]));
        Assert.Equal(Json(node["a"]), Json(node["b"]));
        Assert.NotSame(node["a"], node["b"]);
        Assert.NotSame(node["mac_dinh"], node["a"]);
        node["a"]!["don_vi"] = "USD";
        Assert.Equal("VND", node["b"]!["don_vi"]!.GetValue<string>());
        Assert.Equal("key-from-alias", node["Hanoi"]!.GetValue<string>());
        _ = node.ToJsonString(); // every node has a single parent
    }

    [Fact]
    public void AnchoredScalarAliasKeepsItsType()
    {
        var node = YamlToJson.Convert("a: &n 12\nb: *n\nc: &s '12'\nd: *s\n")!;
        Assert.Equal("""{"a":12,"b":12,"c":"12","d":"12"}""", Json(node));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    [InlineData("~")]
    public void EmptyDocumentsAreNull(string yaml)
    {
        Assert.Null(YamlToJson.Convert(yaml));
    }

    [Fact]
    public void TopLevelScalarAndSequence()
    {
        Assert.Equal("3", Json(YamlToJson.Convert("3")));
        Assert.Equal("""["a",true]""", Json(YamlToJson.Convert("---\n- a\n- true\n...\n")));
    }

    [Theory]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: *nowhere\n")]
    [InlineData("a: !custom 1\n")]
    [InlineData("a: !!int abc\n")]
    [InlineData("a: !!bool yes\n")]
    [InlineData("? [k]\n: v\n")]
    [InlineData("a: [1, 2\n")]
    [InlineData("a: b: c\n")]
    public void InvalidOrUnsupportedYamlThrows(string yaml)
    {
        Assert.ThrowsAny<YamlException>(() => YamlToJson.Convert(yaml));
    }
}
