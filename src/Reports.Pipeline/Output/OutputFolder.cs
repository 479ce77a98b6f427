using System.Collections.Concurrent;
using Reports.Core.IO;

namespace Reports.Pipeline.Output;

/// <summary>
/// The folder reports are written into. People open the generated files and edit them, so a file is only
/// replaced when the manifest proves the tool wrote it and nobody has changed it since (or when forced);
/// otherwise the new content goes beside it as <c>name.N.ext</c>. Safe to use from many threads at once.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The file, inside the folder, that records what the tool wrote.</summary>
    public const string ManifestFileName = OutputManifest.FileName;

    // One lock and one remembered manifest per folder for the whole process, not per object: two OutputFolder
    // objects for the same path would otherwise each read the manifest, add their own entry and write it back
    // over the other's.
    private static readonly ConcurrentDictionary<string, FolderState> States = new(
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly FolderState state;

    /// <summary>
    /// The manifest as last read or written by this process, and the file's size and time then. It is read
    /// again whenever the file on disk differs from that (another process, a person, a deletion), so the
    /// manifest is parsed once per run instead of once per document.
    /// </summary>
    private sealed class FolderState
    {
        public Lock Gate { get; } = new();

        /// <summary>Set once the folder's abandoned temporary files were swept, on this process's first use of it.</summary>
        public int Swept;

        private OutputManifest.Snapshot? _snapshot;
        private (DateTime Time, long Length)? _stamp;

        public OutputManifest.Snapshot Current(string folder)
        {
            var stamp = Stamp(folder);
            if (_snapshot is null || stamp != _stamp)
            {
                _snapshot = OutputManifest.Read(folder);
                _stamp = stamp;
            }
            return _snapshot;
        }

        public void Saved(string folder, OutputManifest.Snapshot snapshot)
        {
            _snapshot = snapshot;
            _stamp = Stamp(folder);
        }

        public void Forget() => (_snapshot, _stamp) = (null, null);

        private static (DateTime, long)? Stamp(string folder)
        {
            var info = new FileInfo(Path.Combine(folder, ManifestFileName));
            return info.Exists ? (info.LastWriteTimeUtc, info.Length) : null;
        }
    }

    /// <summary>Uses <paramref name="path"/>, creating it when missing.</summary>
    public OutputFolder(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        Directory.CreateDirectory(FullPath);
        state = States.GetOrAdd(FullPath, _ => new FolderState());
        // Once per process and folder, before this build's own temporary files exist: what a killed build left.
        if (Interlocked.Exchange(ref state.Swept, 1) == 0) AbandonedTempFiles.Sweep(FullPath, DateTime.UtcNow);
    }

    /// <summary>The folder's full path.</summary>
    public string FullPath { get; }

    /// <summary>
    /// Puts <paramref name="content"/> under <paramref name="fileName"/> (a bare name, no folders), or beside it
    /// when the file there may hold someone's edits and <paramref name="force"/> is off.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a plain file name, or is the manifest's.</exception>
    /// <exception cref="IOException">The file or the manifest could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or file is not writable.</exception>
    public WriteResult Write(string fileName, ReadOnlySpan<byte> content, bool force) =>
        WriteAll([(fileName, content.ToArray())], force)[0];

    /// <summary>
    /// <see cref="Write"/> for several files at once, in order, with one update of the manifest: a build writes
    /// the five or six documents of a data file together.
    /// </summary>
    public IReadOnlyList<WriteResult> WriteAll(IReadOnlyList<(string FileName, byte[] Content)> files, bool force)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var (fileName, _) in files)
        {
            ArgumentNullException.ThrowIfNull(fileName);
            if (!OutputManifest.IsPlainFileName(fileName))
                throw new ArgumentException($"Not a plain file name for the output folder: \"{fileName}\".", nameof(files));
        }

        // Hashing and writing the bytes to temporary files happen outside the lock, so parallel builds overlap;
        // only the look-decide-rename step is serial, because choosing a beside name and updating the manifest
        // depend on what the others just did. A file that already holds these bytes needs no temporary copy.
        var hashes = files.Select(f => ContentHash.Of(f.Content)).ToList();
        var prepared = new AtomicFile.PreparedFile?[files.Count];
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var target = Path.Combine(FullPath, files[i].FileName);
                if (!(File.Exists(target) && ContentHash.OfFile(target) == hashes[i]))
                    prepared[i] = AtomicFile.Prepare(FullPath, files[i].FileName, files[i].Content);
            }
            lock (state.Gate)
            {
                try
                {
                    // The gate orders this process's threads; the lock file orders processes, from reading the
                    // manifest to saving it, so no build renames its copy over entries another just added.
                    using var processLock = ManifestLock.Acquire(FullPath, ManifestLock.Timeout);
                    // Current, not cached blindly: another process (or an earlier run) may have changed it since.
                    var manifest = state.Current(FullPath);
                    var results = new List<WriteResult>(files.Count);
                    var changed = false;
                    for (var i = 0; i < files.Count; i++)
                    {
                        var result = Place(files[i].FileName, files[i].Content, prepared[i], hashes[i], force, manifest.Files);
                        var name = Path.GetFileName(result.WrittenPath);
                        changed |= !(manifest.Files.TryGetValue(name, out var old) && old == hashes[i]);
                        manifest.Files[name] = hashes[i];
                        results.Add(result);
                    }
                    Save(manifest, changed);
                    return results;
                }
                catch
                {
                    // What is remembered may now differ from the disk: read it afresh next time.
                    state.Forget();
                    throw;
                }
            }
        }
        finally
        {
            foreach (var file in prepared) file?.Dispose();
        }
    }

    /// <summary>Puts the content at <paramref name="path"/>: the prepared copy when there is one, else written now.</summary>
    private static bool Commit(string path, ReadOnlySpan<byte> content, AtomicFile.PreparedFile? prepared, bool overwrite) =>
        prepared?.TryCommit(path, overwrite) ?? AtomicFile.TryWrite(path, content, overwrite);

    private WriteResult Place(string fileName, ReadOnlySpan<byte> content, AtomicFile.PreparedFile? prepared, string hash, bool force,
        Dictionary<string, string> recorded)
    {
        var target = Path.Combine(FullPath, fileName);
        // Without overwrite the write refuses a file that appeared since the look; it is then handled as existing.
        if (!File.Exists(target) && Commit(target, content, prepared, overwrite: false))
            return new WriteResult(WriteKind.Created, target, null);

        var current = ContentHash.OfFile(target);
        // Checked before force: rewriting identical bytes would only disturb file times and open editors.
        if (current == hash) return new WriteResult(WriteKind.Unchanged, target, null);

        if (force || (recorded.TryGetValue(fileName, out var written) && written == current))
        {
            Commit(target, content, prepared, overwrite: true);
            return new WriteResult(WriteKind.Replaced, target, null);
        }
        return WriteBeside(fileName, target, content, prepared, hash, recorded);
    }

    /// <summary>
    /// Takes the first of name.1.ext, name.2.ext… that is free or is the tool's own unchanged earlier copy,
    /// so rebuilding after an edit keeps replacing the same beside file instead of piling up new ones.
    /// </summary>
    private WriteResult WriteBeside(string fileName, string protectedPath, ReadOnlySpan<byte> content, AtomicFile.PreparedFile? prepared,
        string hash, Dictionary<string, string> recorded)
    {
        for (var number = 1; ; number++)
        {
            var name = BesideName.For(fileName, number);
            var path = Path.Combine(FullPath, name);
            if (!Path.Exists(path))
            {
                if (Commit(path, content, prepared, overwrite: false))
                    return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
                continue; // taken by someone else meanwhile: theirs now
            }
            if (!File.Exists(path)) continue; // a folder of that name

            var current = ContentHash.OfFile(path);
            if (current == hash) return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
            if (recorded.TryGetValue(name, out var written) && written == current)
            {
                Commit(path, content, prepared, overwrite: true);
                return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
            }
        }
    }

    /// <summary>
    /// Rewrites the manifest whole, without entries for files that are gone, and only when its bytes change.
    /// Written after the content: if this fails, the new file is merely unrecorded, hence protected next time.
    /// Not flushed to disk (only renamed into place atomically): after a power cut it may lack the last entries,
    /// which again only protects those files. Flushing it for every document serialised parallel builds.
    /// </summary>
    private void Save(OutputManifest.Snapshot manifest, bool changed)
    {
        // One listing of the folder instead of a look at every recorded file: a run writing a thousand
        // documents would otherwise look at files a million times.
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(FullPath)) present.Add(Path.GetFileName(path));
        var kept = manifest.Files
            .Where(entry => present.Contains(entry.Key))
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        // A rebuild that changed nothing, in a folder where nothing went missing, has nothing to write.
        if (!changed && manifest.Raw is not null && kept.Count == manifest.Files.Count) return;
        var bytes = OutputManifest.Serialize(kept);
        if (manifest.Raw is null || !bytes.AsSpan().SequenceEqual(manifest.Raw))
            AtomicFile.TryWrite(Path.Combine(FullPath, ManifestFileName), bytes, overwrite: true, durable: false);
        state.Saved(FullPath, new OutputManifest.Snapshot(kept, bytes));
    }
}
