using System.Globalization;
using System.Text;
using Reports.Core.Schema;

namespace Reports.Samples;

/// <summary>
/// The small YAML tree the generator builds, and its writer: block style, two-space indents, text in
/// plain style when that reads back unchanged and in double quotes otherwise.
/// </summary>
internal abstract class YNode { }

internal sealed class YScalar(string text, bool raw) : YNode
{
    public string Text { get; } = text;

    public bool Raw { get; } = raw;

    /// <summary>Free text: quoted when plain style could be misread.</summary>
    public static YScalar Of(string text) => new(text, raw: false);

    /// <summary>A value written exactly as given: numbers, dates, booleans.</summary>
    public static YScalar Literal(string text) => new(text, raw: true);

    public static YScalar Integer(long value) => Literal(value.ToString(CultureInfo.InvariantCulture));

    public static YScalar Boolean(bool value) => Literal(value ? "true" : "false");

    public static YScalar Date(DateOnly date) => Literal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A number the way the data file wants it: no thousands separator, a decimal comma ("1846,5").</summary>
    public static YScalar Number(decimal value)
    {
        var text = value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
        return Literal(text);
    }
}

internal sealed class YMap : YNode
{
    public List<(string Key, YNode Value)> Entries { get; } = [];

    public YMap Add(DataField field, YNode? value) => Add(field.Key, value);

    public YMap Add(DataField field, string? text) => Add(field.Key, text);

    public YMap Add<TEnum>(ChoiceField<TEnum> field, TEnum value) where TEnum : struct, Enum =>
        Add(field.Key, YScalar.Literal(field.Choice.KeyOf(value)));

    // Keys come from the declared fields only, so the generator cannot write a key the loader does not know.
    private YMap Add(string key, YNode? value)
    {
        if (value is YList { Items.Count: 0 } || value is null) return this;
        Entries.Add((key, value));
        return this;
    }

    private YMap Add(string key, string? text) => text is null ? this : Add(key, YScalar.Of(text));
}

internal sealed class YList : YNode
{
    public List<YNode> Items { get; } = [];

    public YList() { }

    public YList(IEnumerable<string> texts) => Items.AddRange(texts.Select(YScalar.Of));

    public YList(IEnumerable<YNode> nodes) => Items.AddRange(nodes);
}

internal static class YamlText
{
    public static string Write(YMap root, IEnumerable<string> comments)
    {
        var sb = new StringBuilder(16384);
        foreach (var comment in comments) sb.Append("# ").Append(comment).Append('\n');
        sb.Append('\n');
        WriteMap(root, 0, sb, firstLineWritten: false);
        return sb.ToString();
    }

    private static void WriteMap(YMap map, int indent, StringBuilder sb, bool firstLineWritten)
    {
        var first = true;
        foreach (var (key, value) in map.Entries)
        {
            if (!(first && firstLineWritten)) sb.Append(' ', indent);
            first = false;
            sb.Append(key).Append(':');
            switch (value)
            {
                case YScalar scalar:
                    sb.Append(' ').Append(Scalar(scalar)).Append('\n');
                    break;
                case YMap child:
                    sb.Append('\n');
                    WriteMap(child, indent + 2, sb, firstLineWritten: false);
                    break;
                case YList list:
                    sb.Append('\n');
                    WriteList(list, indent + 2, sb);
                    break;
            }
        }
    }

    private static void WriteList(YList list, int indent, StringBuilder sb)
    {
        foreach (var item in list.Items)
        {
            sb.Append(' ', indent).Append("- ");
            switch (item)
            {
                case YScalar scalar:
                    sb.Append(Scalar(scalar)).Append('\n');
                    break;
                case YMap map:
                    WriteMap(map, indent + 2, sb, firstLineWritten: true);
                    break;
                default:
                    throw new InvalidOperationException("lists of lists are not used by the data file");
            }
        }
    }

    private static string Scalar(YScalar scalar) => scalar.Raw || IsPlainSafe(scalar.Text) ? scalar.Text : Quote(scalar.Text);

    /// <summary>Plain style only for text that cannot be read as anything else: no indicators, no ": " or " #", no number-like start.</summary>
    internal static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return false;
        if ("-?:,[]{}#&*!|>'\"%@`+.".Contains(text[0]) || char.IsAsciiDigit(text[0])) return false;
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':')) return false;
        if (text.Any(c => char.IsControl(c))) return false;
        return text.ToLowerInvariant() is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "y" or "n");
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
