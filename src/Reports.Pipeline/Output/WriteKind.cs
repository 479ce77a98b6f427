namespace Reports.Pipeline.Output;

/// <summary>What <see cref="OutputFolder.Write"/> did with the content it was given.</summary>
public enum WriteKind
{
    /// <summary>No file had that name; it was written.</summary>
    Created,

    /// <summary>A file the tool owned (or <c>force</c> was on) was replaced.</summary>
    Replaced,

    /// <summary>The file already held exactly these bytes, so it was not touched.</summary>
    Unchanged,

    /// <summary>The file may hold a person's edits, so it was kept and the content went to <c>name.N.ext</c>.</summary>
    WrittenBeside,
}
