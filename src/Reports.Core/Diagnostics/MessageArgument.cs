namespace Reports.Core.Diagnostics;

/// <summary>
/// A message argument that is itself a message ("a list", "the value x"), kept as an id so it is shown in
/// the same language as the message around it.
/// </summary>
public static class MessageArgument
{
    private const char Start = '\u0001';
    private const char Separator = '\u0002';

    public static string Nested(MessageId id, params string[] args) =>
        Start + id.ToString() + string.Concat(args.Select(a => Separator + a));

    internal static bool TryDecode(string arg, out MessageId id, out string[] inner)
    {
        id = default;
        inner = [];
        if (arg.Length == 0 || arg[0] != Start) return false;
        var parts = arg[1..].Split(Separator);
        if (!Enum.TryParse(parts[0], out id)) return false;
        inner = parts[1..];
        return true;
    }
}
