namespace Reports.Document;

/// <summary>
/// Something a renderer wants the user to know about the run, such as which font the PDF is set in.
/// Renderers know no user language, so a note is a stable <paramref name="Code"/> with its values; the
/// program that shows it chooses the words (and may show an unknown code as is).
/// </summary>
/// <param name="Code">A stable name, "pdf.font".</param>
/// <param name="Arguments">The values the words need, in the order the code documents.</param>
/// <param name="IsWarning">The user should act on it (it goes to the error stream).</param>
public sealed record RendererNote(string Code, IReadOnlyList<string> Arguments, bool IsWarning = false);
