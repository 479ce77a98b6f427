namespace Reports.Core.Diagnostics;

/// <summary>A place in a data file: 1-based line and column, as editors count them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>A problem with the file as a whole (missing, too large, empty): no line to point at.</summary>
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}:{Line}:{Column}" : File;
}
