namespace Reports.Core.IO;

/// <summary>
/// The path a file or folder really has once every symbolic link on the way is followed, worked out in
/// managed code (no native call, the same on every system). A folder walk keys what it has visited by this,
/// so "ln -s . s1" or a link back to a parent folder is seen as a folder already visited, not a new one.
/// </summary>
public static class RealPath
{
    /// <summary>More links than this in one resolution means a loop of links; Linux gives up at 40 too.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The resolved full path of <paramref name="path"/>. A part that cannot be read (missing, no permission) or
    /// a loop of links is kept as it stands: the result then still names one place, only perhaps not the
    /// shortest way.
    /// </summary>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(Path.GetFullPath(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target = null;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Unreadable: keep the name as written.
            }
            if (target is not null && ++links <= MaxLinks)
                next = Resolve(Path.GetFullPath(target, current), ref links);
            current = next;
        }
        return current;
    }
}
