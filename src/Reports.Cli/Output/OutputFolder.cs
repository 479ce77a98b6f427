using System.Collections.Concurrent;
using Reports.Core.IO;

namespace Reports.Cli.Output;

/// <summary>
/// The folder reports are written into. People open the generated files and edit them, so a file is only
/// replaced when the manifest proves the tool wrote it and nobody has changed it since (or when forced);
/// otherwise the new content goes beside it as <c>name.N.ext</c>. Safe to use from many threads at once.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The file, inside the folder, that records what the tool wrote.</summary>
    public const string ManifestFileName = OutputManifest.FileName;

    // One lock per folder for the whole process, not per object: two OutputFolder objects for the same path
    // would otherwise each read the manifest, add their own entry and write it back over the other's.
    private static readonly ConcurrentDictionary<string, Lock> Gates = new(
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    private readonly Lock gate;

    /// <summary>Uses <paramref name="path"/>, creating it when missing.</summary>
    public OutputFolder(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        Directory.CreateDirectory(FullPath);
        gate = Gates.GetOrAdd(FullPath, _ => new Lock());
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
    public WriteResult Write(string fileName, ReadOnlySpan<byte> content, bool force)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (!OutputManifest.IsPlainFileName(fileName))
            throw new ArgumentException($"Not a plain file name for the output folder: \"{fileName}\".", nameof(fileName));

        // Hashing outside the lock lets parallel builds overlap; only the look-decide-write step is serial,
        // because choosing a beside name and updating the manifest depend on what the others just did.
        var hash = ContentHash.Of(content);
        lock (gate)
        {
            // Re-read every time: another object (or an earlier run) may have changed it since.
            var manifest = OutputManifest.Read(FullPath);
            var result = Place(fileName, content, hash, force, manifest.Files);
            manifest.Files[Path.GetFileName(result.WrittenPath)] = hash;
            Save(manifest);
            return result;
        }
    }

    private WriteResult Place(string fileName, ReadOnlySpan<byte> content, string hash, bool force,
        Dictionary<string, string> recorded)
    {
        var target = Path.Combine(FullPath, fileName);
        // Without overwrite the write refuses a file that appeared since the look; it is then handled as existing.
        if (!File.Exists(target) && AtomicFile.TryWrite(target, content, overwrite: false))
            return new WriteResult(WriteKind.Created, target, null);

        var current = ContentHash.OfFile(target);
        // Checked before force: rewriting identical bytes would only disturb file times and open editors.
        if (current == hash) return new WriteResult(WriteKind.Unchanged, target, null);

        if (force || (recorded.TryGetValue(fileName, out var written) && written == current))
        {
            AtomicFile.TryWrite(target, content, overwrite: true);
            return new WriteResult(WriteKind.Replaced, target, null);
        }
        return WriteBeside(fileName, target, content, hash, recorded);
    }

    /// <summary>
    /// Takes the first of name.1.ext, name.2.ext… that is free or is the tool's own unchanged earlier copy,
    /// so rebuilding after an edit keeps replacing the same beside file instead of piling up new ones.
    /// </summary>
    private WriteResult WriteBeside(string fileName, string protectedPath, ReadOnlySpan<byte> content, string hash,
        Dictionary<string, string> recorded)
    {
        for (var number = 1; ; number++)
        {
            var name = BesideName.For(fileName, number);
            var path = Path.Combine(FullPath, name);
            if (!Path.Exists(path))
            {
                if (AtomicFile.TryWrite(path, content, overwrite: false))
                    return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
                continue; // taken by someone else meanwhile: theirs now
            }
            if (!File.Exists(path)) continue; // a folder of that name

            var current = ContentHash.OfFile(path);
            if (current == hash) return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
            if (recorded.TryGetValue(name, out var written) && written == current)
            {
                AtomicFile.TryWrite(path, content, overwrite: true);
                return new WriteResult(WriteKind.WrittenBeside, path, protectedPath);
            }
        }
    }

    /// <summary>
    /// Rewrites the manifest whole, without entries for files that are gone, and only when its bytes change.
    /// Written after the content: if this fails, the new file is merely unrecorded, hence protected next time.
    /// </summary>
    private void Save(OutputManifest.Snapshot manifest)
    {
        var kept = manifest.Files
            .Where(entry => File.Exists(Path.Combine(FullPath, entry.Key)))
            .ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
        var bytes = OutputManifest.Serialize(kept);
        if (manifest.Raw is null || !bytes.AsSpan().SequenceEqual(manifest.Raw))
            AtomicFile.TryWrite(Path.Combine(FullPath, ManifestFileName), bytes, overwrite: true);
    }
}
