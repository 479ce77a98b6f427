using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Core.Chain;

/// <summary>
/// Follows <c>bao_cao_truoc</c> one step back at a time: loads the previous file with the same loader and
/// limits, checks it is the same unit, regime and the period just before, then completes this report from
/// it (task review, previous-period and cumulative figures). Every problem with the chain is an error of
/// the file that points, at its <c>bao_cao_truoc</c> line. Periods strictly go back, so within a year the
/// walk takes at most three steps, plus one into the year before that is loaded but not followed.
/// </summary>
internal static class ReportChain
{
    public static LoadResult Resolve(string path, LoadResult alone) => Resolve(path, alone, []);

    /// <param name="later">The files already on the walk (full paths), which point at this one directly or not.</param>
    private static LoadResult Resolve(string path, LoadResult alone, IReadOnlyList<string> later)
    {
        if (alone.Data is not { } data) return alone;
        var diagnostics = alone.Diagnostics.ToList();
        var errorsBefore = diagnostics.Count(d => d.IsError);
        ReportData? previous = null;
        string shownPrevious = "";
        if (data.PreviousReference is { } reference)
        {
            shownPrevious = reference.Path;
            previous = LoadPrevious(path, data, reference, later, diagnostics);
            if (previous is null) return new LoadResult(null, diagnostics);
        }
        else if (data.TaskReviewEntries.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.TaskReviewNeedsPrevious, data.TaskReviewEntries[0].At, ""));
        }

        var completed = TaskCarry.Apply(data, previous, shownPrevious, diagnostics);
        completed = FigureCarry.Apply(completed, previous, shownPrevious, diagnostics);
        completed = completed with { PreviousReport = previous };
        var failed = diagnostics.Count(d => d.IsError) > errorsBefore;
        // Only this file's own messages get here, so they can go back into file order.
        var ordered = diagnostics.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        return new LoadResult(failed ? null : completed, ordered);
    }

    private static ReportData? LoadPrevious(string path, ReportData data, PreviousReference reference,
        IReadOnlyList<string> later, List<Diagnostic> diagnostics)
    {
        var self = Path.GetFullPath(path);
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(self) ?? "", reference.Path));
        // Shown as the user would type it from where they ran the tool, like the file they named.
        var shown = Path.IsPathRooted(path) ? full : Path.GetRelativePath(Environment.CurrentDirectory, full);
        var walk = later.Append(self).ToList();
        if (walk.Contains(full, StringComparer.Ordinal))
        {
            var loop = walk.SkipWhile(p => p != full).Append(full).Select(Path.GetFileName);
            diagnostics.Add(Diagnostic.Error(MessageId.ChainCycle, reference.At, "", string.Join(" → ", loop)));
            return null;
        }
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.ChainFileMissing, reference.At, "", reference.Path));
            return null;
        }

        var alone = DataFileLoader.LoadFileAlone(shown);
        if (alone.Data is not { } before)
        {
            Invalid(alone);
            return null;
        }
        if (!SameChainStep(data, before, reference, diagnostics)) return null;

        // Q1's predecessor is last year's Q4: read for its figures, but last year's chain is not followed.
        var resolved = data.Reporting.Period.Quarter == 1
            ? Resolve(shown, alone with { Data = before with { PreviousReference = null, TaskReviewEntries = [] } }, walk)
            : Resolve(shown, alone, walk);
        if (resolved.Data is null)
        {
            Invalid(resolved);
            return null;
        }
        return resolved.Data;

        // The previous file's own messages follow the one at bao_cao_truoc, so they read as its cause.
        void Invalid(LoadResult result)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.ChainInvalid, reference.At, "", reference.Path));
            diagnostics.AddRange(result.Diagnostics.Where(d => d.IsError));
        }
    }

    /// <summary>Same unit, same regime, and the period just before; each difference is its own message.</summary>
    private static bool SameChainStep(ReportData data, ReportData before, PreviousReference reference, List<Diagnostic> diagnostics)
    {
        var ok = true;
        if (!SameUnit(data.Issuer, before.Issuer))
        {
            diagnostics.Add(Diagnostic.Error(MessageId.ChainOtherUnit, reference.At, "", reference.Path, before.Issuer.Name, data.Issuer.Name));
            ok = false;
        }
        if (data.Regime != before.Regime)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.ChainOtherRegime, reference.At, "", reference.Path,
                MessageArgument.Nested(RegimeName(before.Regime)), MessageArgument.Nested(RegimeName(data.Regime))));
            ok = false;
        }
        var expected = data.Reporting.Period.Preceding;
        if (before.Reporting.Period != expected)
        {
            diagnostics.Add(Diagnostic.Error(MessageId.ChainWrongPeriod, reference.At, "", reference.Path,
                before.Reporting.Period.Name(before.Reporting.Style), data.Reporting.Period.Name(data.Reporting.Style),
                expected.Name(PeriodStyle.Quarter)));
            ok = false;
        }
        return ok;
    }

    private static MessageId RegimeName(Regime regime) => regime == Regime.Party ? MessageId.RegimeParty : MessageId.RegimeState;

    // The name a unit signs with; letter case and spacing are how it was typed, not who it is.
    private static bool SameUnit(Issuer a, Issuer b) =>
        a.Level == b.Level && string.Equals(Squeeze(a.Name), Squeeze(b.Name), StringComparison.OrdinalIgnoreCase);

    private static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
