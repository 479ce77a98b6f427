namespace Reports.Core.IO;

/// <summary>
/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the same
/// folder, which is then renamed over (or, when asked, next to) the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/>; false when it exists and <paramref name="overwrite"/> is off.</summary>
    public static bool TryWrite(string path, ReadOnlySpan<byte> bytes, bool overwrite)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        if (!overwrite && File.Exists(full)) return false;

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            try
            {
                // Without overwrite the rename itself refuses an existing target, so a file created
                // meanwhile by someone else is not clobbered either.
                File.Move(temp, full, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(full))
            {
                return false;
            }
            return true;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
