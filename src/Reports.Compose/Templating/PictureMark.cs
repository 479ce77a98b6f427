using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Compose.Templating;

/// <summary>
/// How a template places the article's n-th photo: the function "dat_anh n" writes a Markdown image whose address
/// is "anh:n", on a paragraph of its own, and the Markdown reader turns that paragraph into the photo with its
/// caption from the data file. A number the data file has no photo for places nothing, so a template may
/// name photos the file does not give.
/// </summary>
internal static partial class PictureMark
{
    private const string Scheme = "anh:";

    /// <summary>Markdown, written as it is (not escaped like values), set apart by blank lines.</summary>
    public static IncludedText Markdown(int number) =>
        new("\n\n![](" + Scheme + number.ToString(CultureInfo.InvariantCulture) + ")\n\n");

    /// <summary>The photo number an image's address names, or null when it is not a photo mark.</summary>
    public static int? Number(string? url) =>
        url is not null && Address().Match(url) is { Success: true } m && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    [GeneratedRegex(@"^anh:([1-9][0-9]{0,3})$")]
    private static partial Regex Address();
}
