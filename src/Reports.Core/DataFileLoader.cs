using Reports.Core.Diagnostics;
using Reports.Core.IO;
using Reports.Core.Loading;
using Reports.Core.Model;
using Reports.Core.Schema;

namespace Reports.Core;

/// <summary>The outcome of loading one data file: the report when it is usable, and every diagnostic.</summary>
public sealed record LoadResult(ReportData? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Data is not null;
}

/// <summary>
/// Loads a data file: bytes → text → tree → shape check → model. Never throws for bad content; every
/// problem of the file comes back at once, in file order.
/// </summary>
public static class DataFileLoader
{
    /// <summary>Loads the file and, when it names one, the chain of previous reports (<see cref="Chain.ReportChain"/>).</summary>
    public static LoadResult LoadFile(string path) => Chain.ReportChain.Resolve(path, LoadFileAlone(path));

    /// <summary>The file on its own: <c>bao_cao_truoc</c> read but not followed.</summary>
    internal static LoadResult LoadFileAlone(string path)
    {
        var diagnostics = new List<Diagnostic>();
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Add(Diagnostic.Error(Directory.Exists(path) ? MessageId.FileUnreadable : MessageId.FileNotFound,
                    SourceLocation.WholeFile(path), "", path));
                return new LoadResult(null, diagnostics);
            }
            // Before opening: opening a FIFO blocks until something writes to it, and a device such as
            // /dev/zero reports length 0 yet never ends.
            if (FileKind.IsSpecial(path))
            {
                diagnostics.Add(Diagnostic.Error(MessageId.FileNotRegular, SourceLocation.WholeFile(path), "", path));
                return new LoadResult(null, diagnostics);
            }
            if (info.Length > SourceText.MaxBytes)
            {
                // Refuse before reading: a huge file should not be pulled into memory to be rejected.
                diagnostics.Add(SourceText.TooLarge(path, info.Length));
                return new LoadResult(null, diagnostics);
            }
            bytes = ReadAtMost(path, SourceText.MaxBytes + 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.FileUnreadable, SourceLocation.WholeFile(path), "", ex.Message));
            return new LoadResult(null, diagnostics);
        }
        return LoadAlone(path, bytes);
    }

    /// <summary>
    /// Never trusts the reported length (0 for anything that is not a regular file, and a file may grow):
    /// reads at most <paramref name="limit"/> bytes, so one byte past the maximum is enough for
    /// <see cref="SourceText.Decode"/> to say "too large".
    /// </summary>
    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[Math.Min(limit, stream.CanSeek ? (int)Math.Min(stream.Length + 1, limit) : 64 * 1024)];
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, limit));
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>Loads text already read; a <c>bao_cao_truoc</c> in it is found relative to <paramref name="fileName"/>.</summary>
    public static LoadResult Load(string fileName, ReadOnlySpan<byte> bytes) => Chain.ReportChain.Resolve(fileName, LoadAlone(fileName, bytes));

    internal static LoadResult LoadAlone(string fileName, ReadOnlySpan<byte> bytes)
    {
        var diagnostics = new List<Diagnostic>();
        var data = Read(fileName, bytes, diagnostics);
        var ordered = diagnostics
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .ToList();
        return new LoadResult(ordered.Any(d => d.IsError) ? null : data, ordered);
    }

    private static ReportData? Read(string fileName, ReadOnlySpan<byte> bytes, List<Diagnostic> diagnostics)
    {
        var text = SourceText.Decode(fileName, bytes, diagnostics);
        if (text is null) return null;
        if (SourceText.ReportTabIndentation(fileName, text, diagnostics)) return null;

        var root = TreeReader.Read(fileName, text, diagnostics);
        if (root is null) return null;

        // The version decides which shape applies; say so plainly before listing a hundred unknown keys.
        if (root is MappingNode top && top.Get(DataFields.Root.Version.Key) is ScalarNode version
            && version.Text.Trim() != DataFileShape.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && long.TryParse(version.Text, out _))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.UnsupportedVersion, version.Location, DataFields.Root.Version.Key,
                version.Text, DataFileShape.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return null;
        }

        var values = ShapeChecker.Check(root, DataFileShape.Root, diagnostics);
        if (diagnostics.Any(d => d.IsError)) return null;
        return ReportDataBinder.Bind((MappingNode)root, values);
    }
}
