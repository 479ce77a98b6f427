using System.Diagnostics;

namespace Reports.Pipeline.Output;

/// <summary>
/// Serialises manifest updates between processes: two `build`s writing into one folder would otherwise each
/// read the manifest, add their own entries and rename their copy over the other's, losing entries (and a
/// later build would then call the unrecorded files edited). The lock is an exclusive open of a small file
/// beside the manifest: .NET takes it with flock on Unix and a share mode on Windows, and the system drops
/// it when a process dies, so a killed build never leaves the folder locked. The file itself stays; deleting
/// it would let two processes each lock a different copy of it.
/// </summary>
internal static class ManifestLock
{
    public const string FileName = ".baocao-manifest.lock";

    /// <summary>A manifest update takes milliseconds; a minute of waiting means something is stuck.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Holds the lock until disposed.</summary>
    /// <exception cref="IOException">Still held by another process after <paramref name="timeout"/>.</exception>
    public static FileStream Acquire(string folder, TimeSpan timeout)
    {
        var path = Path.Combine(folder, FileName);
        var clock = Stopwatch.StartNew();
        var pause = 1;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException) when (clock.Elapsed < timeout && File.Exists(path))
            {
                Thread.Sleep(pause);
                pause = Math.Min(pause * 2, 50);
            }
        }
    }
}
