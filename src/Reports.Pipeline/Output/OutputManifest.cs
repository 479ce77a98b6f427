using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reports.Pipeline.Output;

/// <summary>
/// The record of which files the tool wrote and what it wrote into them, kept in the output folder as
/// <c>{"version":1,"files":{"name":"sha256",...}}</c>. It is the only evidence that a file is the tool's own,
/// so anything doubtful about it makes it empty: an empty manifest protects every existing file, never loses one.
/// </summary>
internal static class OutputManifest
{
    public const string FileName = ".baocao-manifest.json";

    private const int Version = 1;

    /// <summary>The recorded hashes and the manifest's bytes as found (null when there was none).</summary>
    public sealed record Snapshot(Dictionary<string, string> Files, byte[]? Raw);

    public static Snapshot Read(string folder)
    {
        byte[] raw;
        try
        {
            raw = File.ReadAllBytes(Path.Combine(folder, FileName));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Missing or unreadable: nothing can be proven to be ours. A real fault shows when it is rewritten.
            return new Snapshot(new Dictionary<string, string>(StringComparer.Ordinal), null);
        }
        return new Snapshot(Parse(raw) ?? new Dictionary<string, string>(StringComparer.Ordinal), raw);
    }

    /// <summary>The entries, or null when the bytes are not a manifest this version understands.</summary>
    private static Dictionary<string, string>? Parse(byte[] raw)
    {
        try
        {
            using var document = JsonDocument.Parse(raw);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version)
                || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var number) || number != Version
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
                return null;

            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in files.EnumerateObject())
            {
                // A hand-edited name like "../x" must not make the tool vouch for a file outside the folder.
                if (entry.Value.ValueKind != JsonValueKind.String || !IsPlainFileName(entry.Name)) return null;
                var hash = entry.Value.GetString()!;
                if (!ContentHash.IsWellFormed(hash)) return null;
                result[entry.Name] = hash;
            }
            return result;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Indented, LF, keys in ordinal order: the same entries always give the same bytes.</summary>
    public static byte[] Serialize(IReadOnlyDictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // The file is read by people, never embedded in HTML: keep Vietnamese names legible.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", Version);
            writer.WriteStartObject("files");
            foreach (var (name, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
                writer.WriteString(name, hash);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    public static bool IsPlainFileName(string name) =>
        name.Length > 0 && name != "." && name != ".." && name != FileName && name != ManifestLock.FileName
        && name.IndexOfAny(['/', '\\', '\0']) < 0 && Path.GetFileName(name) == name;
}
