using System.Text.RegularExpressions;

namespace Reports.Document;

/// <summary>
/// Where a line of Vietnamese official text must not break, found in plain text: the one place that decides
/// it for every renderer. A document number and symbol is one word ("11-QĐ/TW", "Số: 05/BC-UBND",
/// "30/2020/NĐ-CP"); a long date keeps its day and month together and its year with "năm" ("ngày 04 tháng 4"
/// / "năm 2024", breakable only before "năm"); a short date is one word ("03/02/2024"); and a number keeps
/// the next word. A Vietnamese count is followed by its unit or classifier ("46 đảng viên", "21/21 xã",
/// "187,5 tỷ", "5 nhiệm vụ"), which no closed list of units would cover, so every number keeps the next
/// word, and a few two-word units whole; the price is one break point less per number, which a justified
/// line hardly feels (the glued space still stretches with the others). A number after a label word ("năm 2024", "tháng 4", "Điều 5") is a name, not a count:
/// the word after it is not its unit. A short date keeps its "ngày" ("ngày 11/7/2023", "ngày 4/4"). In running
/// text a period phrase is one piece too ("quý II năm 2024", "quý I/2024", "6 tháng đầu năm 2024", "9 tháng
/// năm 2025"); not in table cells, whose narrow headers ("TH 6 tháng đầu năm 2024") must wrap. The compose step marks the body with it; renderers mark the title's
/// plain-text lines (subject, article title) with the same <see cref="Mark"/>, through <see cref="MarkLines"/>.
/// </summary>
public static partial class LineGlue
{
    /// <summary>Units of two words that read as one ("đảng viên", "tỷ đồng"); other units keep one word.</summary>
    private static readonly string[] TwoWordUnits =
    [
        "đảng viên", "đoàn viên", "hội viên", "lao động", "học sinh", "cơ sở", "gia đình", "tỷ đồng", "triệu đồng", "nghìn đồng",
    ];

    /// <summary>Words after which a number is a label, not a count.</summary>
    private static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "năm", "tháng", "ngày", "quý", "số", "điều", "khoản", "mục", "phần", "chương", "khóa", "lần", "giai đoạn",
    };

    /// <summary>
    /// The text as inlines, each span a line must not break inside wrapped in a <see cref="NoBreak"/>; with
    /// <paramref name="periods"/> false (table cells) period phrases may break.
    /// </summary>
    public static IReadOnlyList<Inline> Mark(string text, bool periods = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Spans(text, periods);
        if (spans.Count == 0) return [new Text(text)];
        var pieces = new List<Inline>(spans.Count * 2 + 1);
        var at = 0;
        foreach (var (start, length) in spans)
        {
            if (start > at) pieces.Add(new Text(text[at..start]));
            pieces.Add(new NoBreak([new Text(text.Substring(start, length))]));
            at = start + length;
        }
        if (at < text.Length) pieces.Add(new Text(text[at..]));
        return pieces;
    }

    /// <summary>
    /// A title's text whose line breaks were chosen by the layout step ("\n" between lines): each line marked
    /// as <see cref="Mark"/> does, the lines joined by <see cref="LineBreak"/>, so every renderer prints the
    /// same lines.
    /// </summary>
    public static IReadOnlyList<Inline> MarkLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\n', StringComparison.Ordinal)) return Mark(text);
        var pieces = new List<Inline>();
        foreach (var line in text.Split('\n'))
        {
            if (pieces.Count > 0) pieces.Add(LineBreak.Instance);
            pieces.AddRange(Mark(line.TrimEnd('\r')));
        }
        return pieces;
    }

    /// <summary>
    /// The pieces a line may not break inside: the text split at spaces and line breaks, except the spaces of
    /// a span ("TH", "9 tháng", "năm", "2023"), for sizing a table column to its longest unbreakable piece
    /// (table text: period phrases may wrap there).
    /// </summary>
    public static IEnumerable<string> Words(string text) => Words(text, periods: false);

    /// <summary>The same pieces; with <paramref name="periods"/>, period phrases whole, as running text and titles set them.</summary>
    public static IEnumerable<string> Words(string text, bool periods)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Spans(text, periods);
        var span = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            while (span < spans.Count && spans[span].Start + spans[span].Length <= i) span++;
            var inside = span < spans.Count && spans[span].Start < i && i < spans[span].Start + spans[span].Length;
            var breaks = i == text.Length || (text[i] is ' ' or '\n' && !inside);
            if (!breaks)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0) yield return text[start..i];
            start = -1;
        }
    }

    /// <summary>
    /// The spans of <paramref name="text"/> a line must not break inside, in order, not overlapping; period
    /// phrases among them unless <paramref name="periods"/> is false.
    /// </summary>
    public static IReadOnlyList<(int Start, int Length)> Spans(string text, bool periods = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int End)>();
        if (periods)
        {
            foreach (Match m in Period().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        }
        foreach (Match m in DatedDay().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        foreach (Match m in DocumentNumber().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        foreach (Match m in LongDate().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        foreach (Match m in Year().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        foreach (Match m in ShortDate().Matches(text)) spans.Add((m.Index, m.Index + m.Length));
        foreach (Match m in NumberAndWord().Matches(text))
        {
            if (IsLabel(text.AsSpan(0, m.Index))) continue;
            var end = m.Index + m.Length;
            var rest = text.AsSpan(m.Groups["word"].Index);
            foreach (var unit in TwoWordUnits)
            {
                if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (rest.Length == unit.Length || !char.IsLetterOrDigit(rest[unit.Length])))
                {
                    end = m.Groups["word"].Index + unit.Length;
                    break;
                }
            }
            spans.Add((m.Groups["number"].Index, end));
        }
        return Merge(spans);
    }

    /// <summary>Whether the text before a number ends in a label word ("năm", "giai đoạn").</summary>
    private static bool IsLabel(ReadOnlySpan<char> before)
    {
        // The last two words are enough; a paragraph is not split whole for each number in it.
        var tail = before[Math.Max(0, before.Length - 40)..];
        var words = tail.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        return LabelWords.Contains(words[^1]) || (words.Length > 1 && LabelWords.Contains(words[^2] + " " + words[^1]));
    }

    private static List<(int Start, int Length)> Merge(List<(int Start, int End)> spans)
    {
        spans.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            else
                merged.Add(span);
        }
        return merged.Select(s => (s.Start, s.End - s.Start)).ToList();
    }

    /// <summary>
    /// "11-QĐ/TW", "30/2020/NĐ-CP", "05/BC-UBND", with the "Số"/"Số:" of a number line before it. In running
    /// text "số" may end a line ("Quy định số" / "11-QĐ/TW"): three words kept whole would leave wide gaps.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:Số:?[ ]+)?\d+(?:/\d+)*[-/]\p{Lu}[\p{L}\p{N}]*(?:[-/]\p{Lu}[\p{L}\p{N}]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentNumber();

    /// <summary>"ngày 04 tháng 4": the day and month of a long date.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[Nn]gày[ ]+\d{1,2}[ ]+tháng[ ]+\d{1,2}(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex LongDate();

    /// <summary>"năm 2024" after a month: a long date breaks only before "năm".</summary>
    [GeneratedRegex(@"(?<=tháng[ ]+\d{1,2}[ ]+)năm[ ]+\d{4}(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>"ngày 11/7/2023", "ngày 4/4": a short date with its "ngày".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[Nn]gày[ ]+\d{1,2}/\d{1,2}(?:/\d{4})?(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex DatedDay();

    /// <summary>A period: "quý II năm 2024", "quý I/2024", "quý III", "6 tháng đầu năm (2024)", "9 tháng năm 2025".</summary>
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:[Qq]uý[ ]+(?:IV|I{1,3})(?:/\d{4}|[ ]+năm[ ]+\d{4})?"
        + @"|\d{1,2}[ ]+tháng[ ]+(?:đầu|cuối)[ ]+năm(?:[ ]+\d{4})?"
        + @"|\d{1,2}[ ]+tháng[ ]+năm[ ]+\d{4})(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Period();

    /// <summary>"03/02/2024".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])\d{1,2}/\d{1,2}/\d{4}(?![\p{N}/])", RegexOptions.CultureInvariant)]
    private static partial Regex ShortDate();

    /// <summary>A number ("46", "187,5", "1.250", "21/21"; not "93,7%", whose unit is its sign) and the word after it.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/])(?<number>\d+(?:[.,/]\d+)*)[ ]+(?<word>\p{L}+)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAndWord();
}
