using Reports.Core.Diagnostics;
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
    public static LoadResult LoadFile(string path)
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
            if (info.Length > SourceText.MaxBytes)
            {
                // Refuse before reading: a huge file should not be pulled into memory to be rejected.
                diagnostics.Add(SourceText.TooLarge(path, info.Length));
                return new LoadResult(null, diagnostics);
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.FileUnreadable, SourceLocation.WholeFile(path), "", ex.Message));
            return new LoadResult(null, diagnostics);
        }
        return Load(path, bytes);
    }

    public static LoadResult Load(string fileName, ReadOnlySpan<byte> bytes)
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
