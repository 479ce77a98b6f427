using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Reports.Core.Diagnostics;

namespace Reports.Core.Loading;

/// <summary>
/// Turns a file's bytes into text the YAML parser can trust: refuses binary and non-UTF-8 content with a
/// position, drops a byte-order mark, reads UTF-16 (what Windows Notepad calls "Unicode"), and folds
/// Windows line endings so columns match what the user sees.
/// </summary>
internal static class SourceText
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static string? Decode(string file, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(TooLarge(file, bytes.Length));
            return null;
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                diagnostics.Add(Diagnostic.Error(MessageId.FileNotText, LocationOfByte(file, bytes, nul), ""));
                return null;
            }
            var invalidAt = FirstInvalidUtf8(bytes);
            if (invalidAt >= 0)
            {
                diagnostics.Add(Diagnostic.Error(MessageId.FileNotUtf8, LocationOfByte(file, bytes, invalidAt), ""));
                return null;
            }
            text = Encoding.UTF8.GetString(bytes);
        }

        if (text.Contains('\0'))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.FileNotText, LocationOfChar(file, text, text.IndexOf('\0')), ""));
            return null;
        }
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.FileEmpty, new SourceLocation(file, 1, 1), "", file));
            return null;
        }
        return text;
    }

    public static Diagnostic TooLarge(string file, long length) =>
        Diagnostic.Error(MessageId.FileTooLarge, SourceLocation.WholeFile(file), "", MiB(length), MiB(MaxBytes));

    /// <summary>
    /// YAML forbids tabs in indentation and the parser's own complaint points past the real spot;
    /// we name every such line at once.
    /// </summary>
    public static bool ReportTabIndentation(string file, string text, List<Diagnostic> diagnostics)
    {
        var found = false;
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var col = start;
            while (col < end && (text[col] == ' ' || text[col] == '\t')) col++;
            if (col < end && text[col] != '#')
            {
                var tab = text.IndexOf('\t', start, col - start);
                if (tab >= 0)
                {
                    diagnostics.Add(Diagnostic.Error(MessageId.TabIndent, new SourceLocation(file, line, tab - start + 1), ""));
                    found = true;
                }
            }
            start = end + 1;
            line++;
        }
        return found;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out _, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? -1 : read;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static SourceLocation LocationOfByte(string file, ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        // Columns count characters; the valid prefix of the line decodes cleanly.
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new SourceLocation(file, line, column);
    }

    internal static SourceLocation LocationOfChar(string file, string text, int index)
    {
        var before = text.AsSpan(0, index);
        return new SourceLocation(file, before.Count('\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    // Whole MiB rounded up: no decimal separator, so the text reads the same in both languages.
    private static string MiB(long bytes) =>
        ((bytes + 1024 * 1024 - 1) / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
