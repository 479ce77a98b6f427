using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Reports.Tests.Support;

/// <summary>
/// A small JSON Schema (draft 2020-12 subset) validator, enough to check the project's editor schema
/// against instances produced by <see cref="YamlToJson"/>.
/// </summary>
/// <remarks>
/// Supported keywords: <c>type</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>,
/// <c>items</c> (a single schema), <c>minItems</c>, <c>maxItems</c>, <c>enum</c>, <c>const</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>exclusiveMinimum</c>, <c>exclusiveMaximum</c>, <c>minLength</c>,
/// <c>maxLength</c> (Unicode code points), <c>pattern</c> (unanchored; .NET <see cref="Regex"/> in ECMAScript
/// mode where it accepts the pattern, else default mode), <c>format</c> (<c>date</c>, <c>time</c>,
/// <c>date-time</c>), <c>anyOf</c>, <c>oneOf</c>, <c>allOf</c>, <c>not</c>, <c>if</c>/<c>then</c>/<c>else</c>,
/// <c>$ref</c> (local JSON pointers such as <c>#/$defs/Name</c>, <c>#/definitions/Name</c>, <c>#</c>),
/// <c>$defs</c>, <c>definitions</c>, and boolean schemas. Annotations (<c>title</c>, <c>description</c>,
/// <c>markdownDescription</c>, <c>default</c>, <c>examples</c>, <c>$schema</c>, <c>$id</c>, <c>$comment</c>,
/// <c>deprecated</c>) are ignored. Numbers are compared as <see cref="double"/>, as a JavaScript validator would.
/// <para>
/// The whole schema (every subschema, including unreferenced <c>$defs</c>) is checked before validating:
/// an unknown keyword, an unknown <c>format</c> or a non-local <c>$ref</c> throws
/// <see cref="NotSupportedException"/>; a malformed keyword value, an invalid regex or an unresolvable
/// <c>$ref</c> throws <see cref="ArgumentException"/>; a <c>$ref</c> cycle that never descends into the
/// instance throws <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
public static partial class JsonSchemaCheck
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "title", "description", "markdownDescription", "default", "examples",
        "$schema", "$id", "$comment", "deprecated",
    };

    private static readonly HashSet<string> TypeNames = new(StringComparer.Ordinal)
    {
        "object", "array", "string", "number", "integer", "boolean", "null",
    };

    private static readonly JsonSerializerOptions DescribeOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>
    /// Validates <paramref name="instance"/> against <paramref name="schema"/>.
    /// </summary>
    /// <returns>One message per failure, each "path: message" with a JSON-pointer path ("/" for the root);
    /// empty when the instance is valid.</returns>
    /// <exception cref="NotSupportedException">The schema uses a keyword, format or reference this validator does not implement.</exception>
    /// <exception cref="ArgumentException">The schema is malformed.</exception>
    public static IReadOnlyList<string> Validate(JsonNode schema, JsonNode? instance)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var validator = new Validator(schema);
        validator.CheckSchema(schema, "#");
        var errors = new List<string>();
        validator.Apply(schema, instance, string.Empty, errors);
        return errors.AsReadOnly();
    }

    private sealed class Validator(JsonNode root)
    {
        private readonly HashSet<JsonNode> checkedSchemas = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, JsonNode> refs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Regex> regexes = new(StringComparer.Ordinal);
        private readonly Dictionary<JsonNode, HashSet<string>> activeRefs = new(ReferenceEqualityComparer.Instance);

        // ---- schema check (before any validation) ----

        public void CheckSchema(JsonNode? schema, string at)
        {
            if (IsBoolean(schema))
            {
                return;
            }

            if (schema is not JsonObject obj)
            {
                throw Malformed(at, "a schema must be an object or a boolean");
            }

            if (!checkedSchemas.Add(obj))
            {
                return;
            }

            foreach (var (key, value) in obj)
            {
                var kat = at + "/" + Escape(key);
                if (Annotations.Contains(key))
                {
                    continue;
                }

                switch (key)
                {
                    case "type":
                        CheckType(value, kat);
                        break;
                    case "properties" or "$defs" or "definitions":
                        if (value is not JsonObject map)
                        {
                            throw Malformed(kat, "must be an object of schemas");
                        }

                        foreach (var (name, sub) in map)
                        {
                            CheckSchema(sub, kat + "/" + Escape(name));
                        }

                        break;
                    case "required":
                        if (value is not JsonArray names || names.Any(n => KindOf(n) != "string"))
                        {
                            throw Malformed(kat, "must be an array of strings");
                        }

                        break;
                    case "items" when value is JsonArray:
                        throw new NotSupportedException($"{kat}: the array form of \"items\" (tuple validation) is not supported");
                    case "additionalProperties" or "items" or "not" or "if" or "then" or "else":
                        CheckSchema(value, kat);
                        break;
                    case "minItems" or "maxItems" or "minLength" or "maxLength":
                        if (!TryGetNumber(value, out var count) || count < 0 || Math.Floor(count) != count)
                        {
                            throw Malformed(kat, "must be a non-negative integer");
                        }

                        break;
                    case "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum":
                        if (!TryGetNumber(value, out _))
                        {
                            throw Malformed(kat, "must be a number");
                        }

                        break;
                    case "enum":
                        if (value is not JsonArray)
                        {
                            throw Malformed(kat, "must be an array");
                        }

                        break;
                    case "const":
                        break;
                    case "pattern":
                        GetRegex(RequireString(value, kat), kat);
                        break;
                    case "format":
                        var format = RequireString(value, kat);
                        if (format is not ("date" or "time" or "date-time"))
                        {
                            throw new NotSupportedException($"{kat}: format \"{format}\" is not supported (only date, time, date-time)");
                        }

                        break;
                    case "anyOf" or "oneOf" or "allOf":
                        if (value is not JsonArray branches || branches.Count == 0)
                        {
                            throw Malformed(kat, "must be a non-empty array of schemas");
                        }

                        for (var i = 0; i < branches.Count; i++)
                        {
                            CheckSchema(branches[i], kat + "/" + i.ToString(CultureInfo.InvariantCulture));
                        }

                        break;
                    case "$ref":
                        var reference = RequireString(value, kat);
                        CheckSchema(Resolve(reference, kat), reference);
                        break;
                    default:
                        throw new NotSupportedException($"{kat}: unsupported JSON Schema keyword \"{key}\"");
                }
            }
        }

        private static void CheckType(JsonNode? value, string at)
        {
            var ok = value switch
            {
                JsonArray names => names.Count > 0 && names.All(n => KindOf(n) == "string" && TypeNames.Contains(GetString(n!))),
                _ => KindOf(value) == "string" && TypeNames.Contains(GetString(value!)),
            };
            if (!ok)
            {
                throw Malformed(at, "must be one of object, array, string, number, integer, boolean, null, or a non-empty array of them");
            }
        }

        private static string RequireString(JsonNode? value, string at) =>
            KindOf(value) == "string" ? GetString(value!) : throw Malformed(at, "must be a string");

        private JsonNode Resolve(string reference, string at)
        {
            if (refs.TryGetValue(reference, out var cached))
            {
                return cached;
            }

            if (!reference.StartsWith('#') || (reference.Length > 1 && reference[1] != '/'))
            {
                throw new NotSupportedException($"{at}: only local JSON-pointer references (\"#/...\") are supported, not \"{reference}\"");
            }

            JsonNode? node = root;
            foreach (var rawToken in reference.Length <= 1 ? [] : reference[2..].Split('/'))
            {
                var token = Uri.UnescapeDataString(rawToken).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                node = node switch
                {
                    JsonObject o when o.TryGetPropertyValue(token, out var child) => child,
                    JsonArray a when int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                    _ => throw Malformed(at, $"$ref \"{reference}\" does not resolve"),
                };
            }

            if (node is null)
            {
                throw Malformed(at, $"$ref \"{reference}\" resolves to null, not a schema");
            }

            refs[reference] = node;
            return node;
        }

        private Regex GetRegex(string pattern, string at)
        {
            if (regexes.TryGetValue(pattern, out var regex))
            {
                return regex;
            }

            var timeout = TimeSpan.FromSeconds(2);
            try
            {
                regex = new Regex(pattern, RegexOptions.ECMAScript | RegexOptions.CultureInvariant, timeout);
            }
            catch (ArgumentException)
            {
                try
                {
                    regex = new Regex(pattern, RegexOptions.CultureInvariant, timeout);
                }
                catch (ArgumentException e)
                {
                    throw Malformed(at, $"pattern \"{pattern}\" is not a valid regular expression: {e.Message}");
                }
            }

            regexes[pattern] = regex;
            return regex;
        }

        private static ArgumentException Malformed(string at, string message) =>
            new($"{at}: {message}", "schema");

        // ---- validation ----

        public void Apply(JsonNode schema, JsonNode? instance, string path, List<string> errors)
        {
            if (IsBoolean(schema))
            {
                if (schema.GetValueKind() == JsonValueKind.False)
                {
                    errors.Add(Error(path, "no value is allowed here (schema is false)"));
                }

                return;
            }

            var obj = (JsonObject)schema;
            foreach (var (key, value) in obj)
            {
                switch (key)
                {
                    case "type":
                        CheckInstanceType(value!, instance, path, errors);
                        break;
                    case "properties":
                        if (instance is JsonObject props)
                        {
                            foreach (var (name, sub) in value!.AsObject())
                            {
                                if (props.TryGetPropertyValue(name, out var child))
                                {
                                    Apply(sub!, child, Child(path, name), errors);
                                }
                            }
                        }

                        break;
                    case "required":
                        if (instance is JsonObject present)
                        {
                            foreach (var name in value!.AsArray())
                            {
                                var n = GetString(name!);
                                if (!present.ContainsKey(n))
                                {
                                    errors.Add(Error(path, $"missing required property \"{n}\""));
                                }
                            }
                        }

                        break;
                    case "additionalProperties":
                        if (instance is JsonObject all)
                        {
                            var declared = obj["properties"] as JsonObject;
                            foreach (var (name, child) in all)
                            {
                                if (declared is not null && declared.ContainsKey(name))
                                {
                                    continue;
                                }

                                if (value!.GetValueKind() == JsonValueKind.False)
                                {
                                    errors.Add(Error(Child(path, name), "property is not allowed (additionalProperties is false)"));
                                }
                                else
                                {
                                    Apply(value, child, Child(path, name), errors);
                                }
                            }
                        }

                        break;
                    case "items":
                        if (instance is JsonArray elements)
                        {
                            for (var i = 0; i < elements.Count; i++)
                            {
                                Apply(value!, elements[i], Child(path, i.ToString(CultureInfo.InvariantCulture)), errors);
                            }
                        }

                        break;
                    case "minItems":
                        if (instance is JsonArray few && few.Count < Number(value))
                        {
                            errors.Add(Error(path, $"array has {few.Count} items, fewer than minItems {Describe(value)}"));
                        }

                        break;
                    case "maxItems":
                        if (instance is JsonArray many && many.Count > Number(value))
                        {
                            errors.Add(Error(path, $"array has {many.Count} items, more than maxItems {Describe(value)}"));
                        }

                        break;
                    case "enum":
                        if (!value!.AsArray().Any(option => JsonEquals(option, instance)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is not one of {Describe(value)}"));
                        }

                        break;
                    case "const":
                        if (!JsonEquals(value, instance))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is not the constant {Describe(value)}"));
                        }

                        break;
                    case "minimum":
                        if (TryGetNumber(instance, out var x1) && !(x1 >= Number(value)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is less than minimum {Describe(value)}"));
                        }

                        break;
                    case "maximum":
                        if (TryGetNumber(instance, out var x2) && !(x2 <= Number(value)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is greater than maximum {Describe(value)}"));
                        }

                        break;
                    case "exclusiveMinimum":
                        if (TryGetNumber(instance, out var x3) && !(x3 > Number(value)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is not greater than exclusiveMinimum {Describe(value)}"));
                        }

                        break;
                    case "exclusiveMaximum":
                        if (TryGetNumber(instance, out var x4) && !(x4 < Number(value)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is not less than exclusiveMaximum {Describe(value)}"));
                        }

                        break;
                    case "minLength":
                        if (KindOf(instance) == "string" && CodePoints(GetString(instance!)) < Number(value))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is shorter than minLength {Describe(value)}"));
                        }

                        break;
                    case "maxLength":
                        if (KindOf(instance) == "string" && CodePoints(GetString(instance!)) > Number(value))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is longer than maxLength {Describe(value)}"));
                        }

                        break;
                    case "pattern":
                        var pattern = GetString(value!);
                        if (KindOf(instance) == "string" && !GetRegex(pattern, "#").IsMatch(GetString(instance!)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} does not match pattern {Describe(value)}"));
                        }

                        break;
                    case "format":
                        var format = GetString(value!);
                        if (KindOf(instance) == "string" && !IsFormat(format, GetString(instance!)))
                        {
                            errors.Add(Error(path, $"{Describe(instance)} is not a valid {format}"));
                        }

                        break;
                    case "anyOf":
                    {
                        var failures = new List<string>();
                        var branches = value!.AsArray();
                        var matched = false;
                        for (var i = 0; i < branches.Count && !matched; i++)
                        {
                            var branchErrors = new List<string>();
                            Apply(branches[i]!, instance, path, branchErrors);
                            matched = branchErrors.Count == 0;
                            failures.Add($"[{i}] {string.Join("; ", branchErrors)}");
                        }

                        if (!matched)
                        {
                            errors.Add(Error(path, $"matches no anyOf branch: {string.Join(" | ", failures)}"));
                        }

                        break;
                    }

                    case "oneOf":
                    {
                        var failures = new List<string>();
                        var matches = new List<int>();
                        var branches = value!.AsArray();
                        for (var i = 0; i < branches.Count; i++)
                        {
                            var branchErrors = new List<string>();
                            Apply(branches[i]!, instance, path, branchErrors);
                            if (branchErrors.Count == 0)
                            {
                                matches.Add(i);
                            }
                            else
                            {
                                failures.Add($"[{i}] {string.Join("; ", branchErrors)}");
                            }
                        }

                        if (matches.Count == 0)
                        {
                            errors.Add(Error(path, $"matches no oneOf branch: {string.Join(" | ", failures)}"));
                        }
                        else if (matches.Count > 1)
                        {
                            errors.Add(Error(path, $"matches more than one oneOf branch ({string.Join(", ", matches)})"));
                        }

                        break;
                    }

                    case "allOf":
                        foreach (var branch in value!.AsArray())
                        {
                            Apply(branch!, instance, path, errors);
                        }

                        break;
                    case "not":
                    {
                        var notErrors = new List<string>();
                        Apply(value!, instance, path, notErrors);
                        if (notErrors.Count == 0)
                        {
                            errors.Add(Error(path, $"{Describe(instance)} must not match the \"not\" schema"));
                        }

                        break;
                    }

                    case "if":
                    {
                        var ifErrors = new List<string>();
                        Apply(value!, instance, path, ifErrors);
                        var branch = ifErrors.Count == 0 ? "then" : "else";
                        if (obj.TryGetPropertyValue(branch, out var next))
                        {
                            Apply(next!, instance, path, errors);
                        }

                        break;
                    }

                    case "$ref":
                    {
                        var reference = GetString(value!);
                        var target = Resolve(reference, "#");
                        if (!activeRefs.TryGetValue(target, out var paths))
                        {
                            activeRefs[target] = paths = new HashSet<string>(StringComparer.Ordinal);
                        }

                        if (!paths.Add(path))
                        {
                            throw new InvalidOperationException($"$ref \"{reference}\" loops back to itself at {Location(path)} without descending into the instance");
                        }

                        try
                        {
                            Apply(target, instance, path, errors);
                        }
                        finally
                        {
                            paths.Remove(path);
                        }

                        break;
                    }

                    case "then" or "else" or "$defs" or "definitions":
                        break; // applied through "if", or containers only reached through $ref
                    default:
                        if (Annotations.Contains(key))
                        {
                            break;
                        }

                        throw new InvalidOperationException($"keyword \"{key}\" passed the schema check but has no validation");
                }
            }
        }

        private static void CheckInstanceType(JsonNode value, JsonNode? instance, string path, List<string> errors)
        {
            var names = value is JsonArray list ? list.Select(n => GetString(n!)).ToList() : [GetString(value)];
            if (!names.Any(name => HasType(instance, name)))
            {
                var expected = names.Count == 1 ? names[0] : "one of " + string.Join(", ", names);
                var actual = instance is null or JsonObject or JsonArray ? KindOf(instance) : $"{KindOf(instance)} {Describe(instance)}";
                errors.Add(Error(path, $"expected {expected}, got {actual}"));
            }
        }

        private static bool HasType(JsonNode? instance, string type) => type switch
        {
            "integer" => TryGetNumber(instance, out var d) && double.IsFinite(d) && Math.Floor(d) == d,
            _ => KindOf(instance) == type,
        };

        private static bool IsFormat(string format, string text)
        {
            switch (format)
            {
                case "date":
                    return IsDate(text);
                case "time":
                    return TimeRegex().IsMatch(text);
                default:
                    var match = DateTimeRegex().Match(text);
                    return match.Success && IsDate(match.Groups[1].Value);
            }
        }

        private static bool IsDate(string text) =>
            DateShapeRegex().IsMatch(text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

        private static string Child(string path, string name) => path + "/" + Escape(name);

        private static string Location(string path) => path.Length == 0 ? "/" : path;

        private static string Error(string path, string message) => $"{Location(path)}: {message}";
    }

    // ---- JSON helpers ----

    private static bool IsBoolean(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    private static string KindOf(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => node.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Null => "null",
            var other => throw new InvalidOperationException($"unexpected JSON value kind {other}"),
        },
    };

    private static string GetString(JsonNode node)
    {
        var value = node.AsValue();
        return value.TryGetValue<string>(out var s) ? s : JsonSerializer.Deserialize<string>(value.ToJsonString())!;
    }

    private static bool TryGetNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return false;
        }

        if (v.TryGetValue(out number))
        {
            return true;
        }

        if (v.TryGetValue<long>(out var l))
        {
            number = l;
        }
        else if (v.TryGetValue<int>(out var i))
        {
            number = i;
        }
        else if (v.TryGetValue<decimal>(out var m))
        {
            number = (double)m;
        }
        else if (v.TryGetValue<float>(out var f))
        {
            number = f;
        }
        else if (v.TryGetValue<ulong>(out var ul))
        {
            number = ul;
        }
        else
        {
            number = double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return true;
    }

    private static double Number(JsonNode? node) =>
        TryGetNumber(node, out var number) ? number : throw new InvalidOperationException("expected a number");

    private static int CodePoints(string text) => text.EnumerateRunes().Count();

    private static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        var kind = KindOf(a);
        if (kind != KindOf(b))
        {
            return false;
        }

        switch (kind)
        {
            case "null":
                return true;
            case "boolean":
                return a!.GetValueKind() == b!.GetValueKind();
            case "number":
                return TryGetNumber(a, out var x) && TryGetNumber(b, out var y) && x.Equals(y);
            case "string":
                return string.Equals(GetString(a!), GetString(b!), StringComparison.Ordinal);
            case "array":
                var left = a!.AsArray();
                var right = b!.AsArray();
                return left.Count == right.Count && left.Zip(right).All(pair => JsonEquals(pair.First, pair.Second));
            default:
                var lo = a!.AsObject();
                var ro = b!.AsObject();
                return lo.Count == ro.Count
                    && lo.All(p => ro.TryGetPropertyValue(p.Key, out var other) && JsonEquals(p.Value, other));
        }
    }

    private static string Describe(JsonNode? node)
    {
        var text = node is null ? "null" : node.ToJsonString(DescribeOptions);
        return text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
    }

    private static string Escape(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex DateShapeRegex();

    [GeneratedRegex(@"^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?\z")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})[Tt ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?\z")]
    private static partial Regex DateTimeRegex();
}
