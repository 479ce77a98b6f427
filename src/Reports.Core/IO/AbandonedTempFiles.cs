using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Reports.Core.IO;

/// <summary>
/// Removes the temporary files (".name.PID.GUID.tmp", see <see cref="AtomicFile"/>) that a build killed
/// mid-write (kill -9, a power cut) left in a folder. A file is someone else's work in progress while the
/// process that made it runs, so it goes only when that process is gone, or when it is over a day old (by
/// then the process number may belong to another program; no write takes a day).
/// </summary>
public static partial class AbandonedTempFiles
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    [GeneratedRegex(@"^\..+\.(?<pid>[0-9]{1,10})\.[0-9a-f]{32}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TempName();

    /// <summary>Deletes the abandoned ones among <paramref name="folder"/>'s files; returns their names. Never throws.</summary>
    public static IReadOnlyList<string> Sweep(string folder, DateTime nowUtc)
    {
        var removed = new List<string>();
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp"))
            {
                var name = Path.GetFileName(path);
                var match = TempName().Match(name);
                if (!match.Success || !int.TryParse(match.Groups["pid"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
                if (pid == Environment.ProcessId) continue; // ours: this process is writing it now
                var old = nowUtc - File.GetLastWriteTimeUtc(path) > MaxAge;
                if (!old && IsRunning(pid)) continue;
                try
                {
                    File.Delete(path);
                    removed.Add(name);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Someone else's file we may not delete: leave it.
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder fails later, where it is written, with a message.
        }
        removed.Sort(StringComparer.Ordinal);
        return removed;
    }

    /// <summary>/proc where there is one (Linux); elsewhere the process table. Unsure means running: keep the file.</summary>
    public static bool IsRunning(int pid)
    {
        if (pid <= 0) return false;
        if (Directory.Exists("/proc/self")) return Directory.Exists("/proc/" + pid.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process
        }
        catch (Exception ex) when (ex is InvalidOperationException or PlatformNotSupportedException or System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }
}
