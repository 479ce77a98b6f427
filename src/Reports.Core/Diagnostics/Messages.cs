using System.Globalization;

namespace Reports.Core.Diagnostics;

/// <summary>Looks up message texts in the resources; Vietnamese is the neutral language.</summary>
public static class Messages
{
    private static readonly LocalizedResources Resources =
        new("Reports.Core.Diagnostics.Messages", typeof(Messages).Assembly);

    /// <summary>The bare text of an id, without arguments.</summary>
    public static string Text(MessageId id, Language language) =>
        Resources.Get(id.ToString(), language) ?? id.ToString();

    public static string Format(MessageId id, Language language, IReadOnlyList<string> args) =>
        Fill(Text(id, language), args, language);

    /// <summary>The how-to-fix sentence; empty when the message has none.</summary>
    public static string FormatFix(MessageId id, Language language, IReadOnlyList<string> args)
    {
        var text = Resources.Get(id + "_Fix", language);
        return text is null ? "" : Fill(text, args, language);
    }

    internal static bool HasFix(MessageId id, Language language) =>
        Resources.Get(id + "_Fix", language) is not null;

    // Arguments are user text: a missing one shows as empty rather than throwing, control characters as escapes.
    private static string Fill(string template, IReadOnlyList<string> args, Language language)
    {
        var values = new object[10];
        for (var i = 0; i < values.Length; i++) values[i] = i < args.Count ? Resolve(args[i]) : "";
        return string.Format(CultureInfo.InvariantCulture, template, values);

        string Resolve(string arg) =>
            MessageArgument.TryDecode(arg, out var id, out var inner) ? Fill(Text(id, language), inner, language) : VisibleText.Escape(arg);
    }
}
