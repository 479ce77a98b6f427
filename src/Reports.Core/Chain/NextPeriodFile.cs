using System.Globalization;
using System.Text;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Init;
using Reports.Core.Loading;
using Reports.Core.Model;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Chain;

/// <summary>
/// Starts next period's data file from this one (<c>baocao ky-toi</c>): the same text, comments and all,
/// with the period moved on, the document number cleared and the day set to the usual signing day,
/// <c>bao_cao_truoc</c> pointing back here and <c>nhiem_vu_ky_truoc</c> listing every task of this report
/// with an empty status for the clerk to fill. Everything else (figures, meeting) is kept to be rewritten.
/// </summary>
public static class NextPeriodFile
{
    /// <summary>The new file's text, or the source's errors when it cannot be used (it must be valid itself).</summary>
    public static (string? Text, IReadOnlyList<Diagnostic> Diagnostics) Create(string sourcePath, string outputPath)
    {
        var loaded = DataFileLoader.LoadFile(sourcePath);
        if (loaded.Data is not { } data) return (null, loaded.Diagnostics);
        var diagnostics = new List<Diagnostic>();
        var text = SourceText.Decode(sourcePath, File.ReadAllBytes(sourcePath), diagnostics);
        if (text is null) return (null, diagnostics);
        return (Rewrite(text, data, Link(sourcePath, outputPath)), []);
    }

    /// <summary>
    /// The next file from a valid data file's text alone, its <c>bao_cao_truoc</c> set to <paramref name="link"/>;
    /// for generators that keep files in memory. Tasks carried into the source by its own chain are not
    /// listed, since that chain is not read.
    /// </summary>
    public static string FromText(string text, string link)
    {
        var loaded = DataFileLoader.LoadAlone(link, System.Text.Encoding.UTF8.GetBytes(text));
        if (loaded.Data is not { } data) throw new ArgumentException("the text is not a valid data file", nameof(text));
        return Rewrite(text, data, link);
    }

    private static string Rewrite(string text, ReportData data, string link)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        var root = (MappingNode)TreeReader.Read("", string.Join("\n", lines), [])!;
        var next = data.Reporting.Period.Following;
        // Lines to drop (1-based); spans may touch or overlap, so they are gathered before anything moves.
        var dropped = new HashSet<int>();

        if (root.Get(F.Root.Period.Key) is MappingNode period)
        {
            SetScalar(lines, period.Get(F.Period.Year.Key), Invariant(next.Year));
            SetScalar(lines, period.Get(F.Period.Quarter.Key), Invariant(next.Quarter));
        }
        if (root.Get(F.Root.Document.Key) is MappingNode document)
        {
            SetScalar(lines, document.Get(F.Document.Date.Key), StartingFile.SuggestedDate(next).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            // Last period's number would be a wrong number: the new report gets its own when signed.
            if (KeyOf(document, F.Document.Number.Key) is { } number) dropped.Add(number.Location.Line);
        }
        foreach (var key in new[] { F.Root.PreviousReport.Key, F.Root.TaskReviews.Key })
            if (EntryLines(root, key, lines) is { } span) dropped.UnionWith(Enumerable.Range(span.First, span.Count));
        var anchor = KeyOf(root, F.Root.Issuer.Key)!.Location.Line;
        // Comment lines right above co_quan stay with it, below the new block.
        while (anchor > 1 && lines[anchor - 2].StartsWith('#') && !dropped.Contains(anchor - 1)) anchor--;

        var result = new List<string>(lines.Count + 4 * data.Tasks.Count + 8);
        for (var line = 1; line <= lines.Count; line++)
        {
            if (line == anchor) result.AddRange(Block(link, data));
            if (!dropped.Contains(line)) result.Add(lines[line - 1]);
        }
        return string.Join("\n", result);
    }

    // The source as the new file should name it.
    private static string Link(string sourcePath, string outputPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(outputPath)) ?? "";
        var full = Path.GetFullPath(sourcePath);
        // Beside or near the new file a relative path survives moving the folder; from far away it only confuses.
        var relative = Path.GetRelativePath(folder, full).Replace('\\', '/');
        return relative.Split('/').Count(part => part == "..") > 2 ? full.Replace('\\', '/') : relative;
    }

    private static List<string> Block(string relative, ReportData data)
    {
        var block = new List<string>
        {
            "# Báo cáo kỳ trước: công cụ lấy số kỳ trước (ky_truoc), tính lũy kế (cong_don) và đánh giá nhiệm vụ từ tệp này.",
            $"{F.Root.PreviousReport.Key}: {Quoted(relative)}",
            "# Tình trạng từng nhiệm vụ trọng tâm báo cáo kỳ trước đề ra: điền tinh_trang (hoan_thanh, dang_thuc_hien,",
            "# chua_thuc_hien, chuyen_tiep) và ghi_chu nếu cần. Nhiệm vụ chuyen_tiep được đưa vào nhiem_vu, ghi \"(chuyển tiếp)\".",
            $"{F.Root.TaskReviews.Key}:",
        };
        for (var i = 0; i < data.Tasks.Count; i++)
        {
            block.Add($"  # {i + 1}. {OneLine(data.Tasks[i].Text)}");
            block.Add($"  - {F.TaskReview.Number.Key}: {Invariant(i + 1)}");
            block.Add($"    {F.TaskReview.Status.Key}:");
            block.Add($"    {F.TaskReview.Note.Key}:");
        }
        block.Add("");
        return block;
    }

    private static void SetScalar(List<string> lines, DataNode? node, string value)
    {
        if (node is not ScalarNode scalar || !scalar.Location.HasPosition) return;
        var line = lines[scalar.Location.Line - 1];
        var start = scalar.Location.Column - 1;
        var end = Math.Min(line.Length, start + scalar.Raw.Length);
        lines[scalar.Location.Line - 1] = line[..start] + value + line[end..];
    }

    private static ScalarNode? KeyOf(MappingNode map, string key) => map.Entries.FirstOrDefault(e => e.Key.Text == key).Key;

    // A top-level entry runs from its key's line to the line before the next top-level key.
    private static (int First, int Count)? EntryLines(MappingNode root, string key, List<string> lines)
    {
        var index = root.Entries.ToList().FindIndex(e => e.Key.Text == key);
        if (index < 0) return null;
        var first = root.Entries[index].Key.Location.Line;
        // The comment lines just above the key explain it: they go with it.
        while (first > 1 && lines[first - 2].StartsWith('#')) first--;
        var after = index + 1 < root.Entries.Count ? root.Entries[index + 1].Key.Location.Line : lines.Count + 1;
        return (first, after - first);
    }

    // A task text as one comment line: no line breaks inside a comment.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    // Quoted only when YAML would misread the path.
    private static string Quoted(string path) =>
        path.Any(c => c is ':' or '#' or '\'' or '"' or '[' or ']' or '{' or '}' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`')
        || path.StartsWith(' ') || path.StartsWith('-') || path.StartsWith('?')
            ? "\"" + path.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : path;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
