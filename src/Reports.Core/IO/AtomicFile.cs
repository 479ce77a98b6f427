namespace Reports.Core.IO;

/// <summary>
/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the same
/// folder, which is then renamed over (or, when asked, next to) the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/>; false when it exists and <paramref name="overwrite"/> is off. With
    /// <paramref name="durable"/> the bytes reach the disk before the rename (a power cut leaves the old file
    /// or the new one); without it the rename is still atomic for readers, only the disk flush is skipped.
    /// </summary>
    public static bool TryWrite(string path, ReadOnlySpan<byte> bytes, bool overwrite, bool durable = true)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        if (!overwrite && File.Exists(full)) return false;
        using var prepared = Prepare(folder, Path.GetFileName(full), bytes, durable);
        return prepared.TryCommit(full, overwrite);
    }

    /// <summary>
    /// Puts <paramref name="bytes"/> into a temporary file of <paramref name="folder"/> now, to be renamed into
    /// place later by <see cref="PreparedFile.TryCommit"/>: the slow part (writing, flushing) can then happen
    /// outside whatever lock guards the choice of name.
    /// </summary>
    public static PreparedFile Prepare(string folder, string nameHint, ReadOnlySpan<byte> bytes, bool durable = true)
    {
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{nameHint}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(bytes);
            stream.Flush(flushToDisk: durable);
        }
        catch
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw;
        }
        return new PreparedFile(temp);
    }

    /// <summary>Bytes waiting in a temporary file; disposing removes the file unless it was committed.</summary>
    public sealed class PreparedFile : IDisposable
    {
        private string? _temp;

        internal PreparedFile(string temp) => _temp = temp;

        /// <summary>
        /// Renames the bytes to <paramref name="path"/>; false when it exists and <paramref name="overwrite"/>
        /// is off (the bytes stay prepared, to be committed under another name).
        /// </summary>
        public bool TryCommit(string path, bool overwrite)
        {
            ObjectDisposedException.ThrowIf(_temp is null, this);
            var full = Path.GetFullPath(path);
            if (!overwrite && File.Exists(full)) return false;
            try
            {
                // Without overwrite the rename itself refuses an existing target, so a file created
                // meanwhile by someone else is not clobbered either.
                File.Move(_temp, full, overwrite);
            }
            catch (IOException) when (!overwrite && File.Exists(full))
            {
                return false;
            }
            _temp = null;
            return true;
        }

        public void Dispose()
        {
            if (_temp is { } temp && File.Exists(temp)) File.Delete(temp);
            _temp = null;
        }
    }
}
