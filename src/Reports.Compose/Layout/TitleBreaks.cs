using System.Text.RegularExpressions;
using Reports.Document;
using Reports.Typography;

namespace Reports.Compose.Layout;

/// <summary>
/// Where a centred title (the report's subject, an article's title) breaks, chosen once with the real font:
/// as few lines as fit, then as even as they can be, so no short last line hangs under a long one. A break
/// falls only at a space outside the phrases a reader takes as one ("quý II năm 2024", "6 tháng đầu năm",
/// "nhiệm vụ trọng tâm") and outside the spans <see cref="LineGlue"/> keeps whole. The chosen breaks are
/// written into the text as "\n", which every renderer prints as a line break.
/// </summary>
public static partial class TitleBreaks
{
    /// <summary>
    /// Room kept free on each line: the renderers' own line breaking must never find a chosen line a hair
    /// too long and break it again.
    /// </summary>
    private const double SafetyPt = 1;

    /// <summary>
    /// The text with its line breaks chosen; unchanged when it is empty, fits on one line, or already
    /// carries breaks (the data file's own).
    /// </summary>
    public static string Break(string text, TextStyle style, double room, ITextMeasurer measurer)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(measurer);
        if (string.IsNullOrWhiteSpace(text) || text.Contains('\n', StringComparison.Ordinal)) return text;
        double Measure(string line) => measurer.LineWidthPt(line, style.SizePt, style.Bold, style.Italic);
        var limit = room - SafetyPt;
        if (Measure(text.Trim()) <= limit) return text;

        var pieces = Pieces(text);
        var n = pieces.Count;
        // width[i, j]: pieces i..j-1 on one line.
        var width = new double[n + 1, n + 1];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j <= n; j++)
                width[i, j] = Measure(string.Join(' ', pieces.Skip(i).Take(j - i)));
        // A piece wider than the room stands alone on its line.
        for (var i = 0; i < n; i++) limit = Math.Max(limit, width[i, i + 1]);

        // Fewest lines, then the narrowest longest line, then the least raggedness against it.
        var lines = FewestLines(width, n, limit);
        var longest = NarrowestLongest(width, n, lines, limit);
        var breaks = EvenestBreaks(width, n, lines, longest);
        return string.Join('\n', breaks.Zip(breaks.Skip(1), (from, to) => string.Join(' ', pieces.Skip(from).Take(to - from))));
    }

    /// <summary>The text's unbreakable pieces: words, with the spaces inside protected spans kept.</summary>
    public static IReadOnlyList<string> Pieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var glued = new bool[text.Length];
        foreach (var (start, length) in LineGlue.Spans(text)) Glue(glued, start, length);
        foreach (Match m in Protected().Matches(text)) Glue(glued, m.Index, m.Length);
        var pieces = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && !glued[i])
            {
                if (current.Length > 0) pieces.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(text[i]);
            }
        }
        if (current.Length > 0) pieces.Add(current.ToString());
        return pieces;
    }

    private static void Glue(bool[] glued, int start, int length)
    {
        for (var i = start; i < start + length; i++) glued[i] = true;
    }

    private static int FewestLines(double[,] width, int n, double limit)
    {
        // Fewest lines from piece i to the end.
        var fewest = new int[n + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            fewest[i] = int.MaxValue;
            for (var j = i + 1; j <= n && width[i, j] <= limit; j++)
                if (fewest[j] != int.MaxValue) fewest[i] = Math.Min(fewest[i], fewest[j] + 1);
        }
        return fewest[0];
    }

    private static double NarrowestLongest(double[,] width, int n, int lines, double limit)
    {
        // best[k, j]: the narrowest longest line setting pieces 0..j-1 on k lines.
        var best = Table(lines, n, double.PositiveInfinity);
        best[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
            for (var j = 1; j <= n; j++)
                for (var i = j - 1; i >= 0 && width[i, j] <= limit; i--)
                    best[k, j] = Math.Min(best[k, j], Math.Max(best[k - 1, i], width[i, j]));
        return best[lines, n];
    }

    private static List<int> EvenestBreaks(double[,] width, int n, int lines, double longest)
    {
        // cost[k, j]: the least sum of squared shortfalls from the longest line, pieces 0..j-1 on k lines.
        var cost = Table(lines, n, double.PositiveInfinity);
        var from = new int[lines + 1, n + 1];
        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
            for (var j = 1; j <= n; j++)
                for (var i = j - 1; i >= 0 && width[i, j] <= longest + 1e-6; i--)
                {
                    var shortfall = longest - width[i, j];
                    var candidate = cost[k - 1, i] + shortfall * shortfall;
                    if (candidate < cost[k, j])
                    {
                        cost[k, j] = candidate;
                        from[k, j] = i;
                    }
                }
        var breaks = new List<int> { n };
        for (int k = lines, j = n; k > 0; k--)
        {
            j = from[k, j];
            breaks.Insert(0, j);
        }
        return breaks;
    }

    private static double[,] Table(int lines, int n, double fill)
    {
        var table = new double[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++)
            for (var j = 0; j <= n; j++)
                table[k, j] = fill;
        return table;
    }

    /// <summary>
    /// The phrases a title never breaks inside: the report's period ("quý II năm 2024", "quý I/2024",
    /// "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng năm 2025", "năm 2024") and "nhiệm vụ trọng tâm".
    /// </summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:"
        + @"[Qq]uý[ ]+(?:IV|I{1,3}|[1-4])(?:/\d{4}|[ ]+năm[ ]+\d{4})?"
        + @"|\d{1,2}[ ]+tháng(?:[ ]+(?:đầu|cuối))?(?:[ ]+năm(?:[ ]+\d{4})?)?"
        + @"|[Nn]ăm[ ]+\d{4}"
        + @"|[Nn]hiệm[ ]+vụ[ ]+trọng[ ]+tâm"
        + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Protected();
}
