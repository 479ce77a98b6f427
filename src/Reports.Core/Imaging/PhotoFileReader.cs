using System.Globalization;
using Reports.Core.Diagnostics;
using Reports.Core.IO;
using Reports.Core.Model;

namespace Reports.Core.Imaging;

/// <summary>
/// Reads the picture a data file names (tin_bai.anh[].tep), relative to the data file's folder, and checks
/// what every output needs: a regular file, at most <see cref="MaxBytes"/>, really a JPEG or PNG by its
/// bytes, and of a size in pixels a camera or phone could have made.
/// </summary>
public static class PhotoFileReader
{
    /// <summary>A portal photo is a few hundred KiB; a camera original is under 10 MiB.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Smaller than an icon, or larger than any camera makes: almost surely the wrong file.</summary>
    public const int MinSidePx = 16, MaxSidePx = 20_000;

    /// <summary>The picture, or the message id and arguments saying why it cannot be used.</summary>
    public static (PhotoFile? File, MessageId Error, string[] Args) Read(string written, string dataFile)
    {
        var path = written;
        try
        {
            path = Resolve(written, dataFile);
            switch (FileKind.Of(path))
            {
                case FileType.Missing:
                    return Fail(MessageId.PhotoNotFound, written, path);
                case FileType.Directory or FileType.Other:
                    return Fail(MessageId.PhotoNotRegular, written);
            }
            var length = new FileInfo(path).Length;
            if (length > MaxBytes) return Fail(MessageId.PhotoTooLarge, written, Mib(length), Mib(MaxBytes));
            var bytes = ReadAtMost(path, MaxBytes + 1);
            if (bytes.Length > MaxBytes) return Fail(MessageId.PhotoTooLarge, written, Mib(bytes.Length), Mib(MaxBytes));
            if (ImageHeader.Read(bytes) is not var (format, width, height)) return Fail(MessageId.PhotoNotImage, written);
            if (width < MinSidePx || height < MinSidePx || width > MaxSidePx || height > MaxSidePx)
                return Fail(MessageId.PhotoBadSize, written, Invariant(width), Invariant(height), Invariant(MinSidePx), Invariant(MaxSidePx));
            return (new PhotoFile(written, bytes, format, width, height), default, []);
        }
        // ArgumentException and NotSupportedException: a path the system cannot name (a NUL character, a bad drive).
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException
                                       or ArgumentException or NotSupportedException)
        {
            return Fail(MessageId.PhotoUnreadable, written, ex.Message);
        }
    }

    /// <summary>Relative to the data file's folder, as the user sees the two files side by side; an absolute path as is.</summary>
    public static string Resolve(string written, string dataFile)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataFile)) ?? "";
        return Path.GetFullPath(Path.Combine(folder, written.Trim()));
    }

    private static byte[] ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static (PhotoFile?, MessageId, string[]) Fail(MessageId id, params string[] args) => (null, id, args);

    private static string Mib(long bytes) => ((bytes + 1024 * 1024 - 1) / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);

    /// <summary>As every number in messages: "20.000".</summary>
    private static string Invariant(int value) => Formatting.VietnameseNumber.Format(value);
}
