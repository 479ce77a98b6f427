using System.Globalization;
using System.Resources;

namespace Reports.Core.Diagnostics;

/// <summary>Looks up message texts in the resources; Vietnamese is the neutral language.</summary>
public static class Messages
{
    private static readonly ResourceManager Resources =
        new("Reports.Core.Diagnostics.Messages", typeof(Messages).Assembly);

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo Culture(Language language) =>
        language == Language.English ? English : Vietnamese;

    /// <summary>The bare text of an id, without arguments.</summary>
    public static string Text(MessageId id, Language language) =>
        Resources.GetString(id.ToString(), Culture(language)) ?? id.ToString();

    public static string Format(MessageId id, Language language, IReadOnlyList<string> args) =>
        Fill(Text(id, language), args, language);

    /// <summary>The how-to-fix sentence; empty when the message has none.</summary>
    public static string FormatFix(MessageId id, Language language, IReadOnlyList<string> args)
    {
        var text = Resources.GetString(id + "_Fix", Culture(language));
        return text is null ? "" : Fill(text, args, language);
    }

    internal static bool HasFix(MessageId id, Language language) =>
        Resources.GetString(id + "_Fix", Culture(language)) is not null;

    // Arguments are user text; a missing one shows as empty rather than throwing.
    private static string Fill(string template, IReadOnlyList<string> args, Language language)
    {
        var values = new object[10];
        for (var i = 0; i < values.Length; i++) values[i] = i < args.Count ? Resolve(args[i]) : "";
        return string.Format(CultureInfo.InvariantCulture, template, values);

        string Resolve(string arg) =>
            MessageArgument.TryDecode(arg, out var id, out var inner) ? Fill(Text(id, language), inner, language) : arg;
    }
}
