namespace Reports.Pipeline;

/// <summary>Two inputs whose outputs would land on the same names.</summary>
public sealed record NameCollision(string First, string Second, string Folder, string Stem);

/// <summary>Where a data file's outputs go and what they are named after.</summary>
public static class OutputNames
{
    private static readonly StringComparer NameComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The folder, in full: <paramref name="outputFolder"/>, or the data file's own folder when that is null.</summary>
    public static string FolderFor(string file, string? outputFolder) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputFolder ?? Path.GetDirectoryName(Path.GetFullPath(file))!));

    /// <summary>The part every output name starts with: the data file's name without its extension.</summary>
    public static string StemOf(string file) => Path.GetFileNameWithoutExtension(file);

    /// <summary>
    /// Inputs that would write the same output files: the same name (without extension) going to the same
    /// folder, such as a/quy1.yaml and b/quy1.yaml with one -o, or quy1.yaml and quy1.yml side by side.
    /// Checked before anything is built, so that one never silently replaces the other.
    /// </summary>
    public static IReadOnlyList<NameCollision> FindCollisions(IReadOnlyList<string> files, string? outputFolder)
    {
        var owners = new Dictionary<string, string>(NameComparer);
        var collisions = new List<NameCollision>();
        foreach (var file in files)
        {
            var folder = FolderFor(file, outputFolder);
            var stem = StemOf(file);
            var key = Path.Combine(folder, stem);
            if (owners.TryGetValue(key, out var first)) collisions.Add(new NameCollision(first, file, folder, stem));
            else owners[key] = file;
        }
        return collisions;
    }
}
