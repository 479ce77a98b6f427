namespace Reports.Pipeline.Output;

/// <summary>The outcome of one write into an <see cref="OutputFolder"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="WrittenPath">Full path of the file that now holds the content.</param>
/// <param name="ProtectedPath">For <see cref="WriteKind.WrittenBeside"/>, the full path of the file that was left
/// alone (so the caller can tell the user where their edits are); otherwise null.</param>
public sealed record WriteResult(WriteKind Kind, string WrittenPath, string? ProtectedPath);
