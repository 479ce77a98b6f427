namespace Reports.Core.Formatting;

/// <summary>
/// The cells of an indicator table (bảng chỉ tiêu), by the clerk's rules for figures: every plan of every
/// figure shown, percentages that never say "100%" of unequal numbers, "-" where there is no base.
/// Cells are compact, since a column is narrow and its header says what the number is:
/// <list type="bullet">
/// <item>a plan: "1.056,3" under a column named by its label; "120 (kế hoạch năm)" in a column whose
/// rows' plans carry different labels;</item>
/// <item>TH/KH: "20,1%"; a rate against its plan in points, "+0,7 điểm";</item>
/// <item>TH/CK: "82,9%" for a more-is-better figure; for a rate the change in points, "+1,2 điểm",
/// "-0,5 điểm"; for a less-is-better figure the change and its size, "giảm 18,4%", "tăng 5,3%", since a
/// bare "81,6%" would read like a shortfall; "bằng" for equal values where no ratio is shown.</item>
/// </list>
/// </summary>
public static class FigureTableCells
{
    /// <summary>The cell of a figure that has no such number, or no base to compare with.</summary>
    public const string None = "-";

    /// <summary>
    /// The plan columns of a set of figures (each figure's plans, in row order): as many as the most plans a
    /// figure has, the n-th plan of each figure in the n-th column, so a figure never needs two plans in one
    /// cell and the table stays as narrow as its figures allow. A column whose plans all carry one label is
    /// named by it ("Dự toán Thành phố giao"); otherwise its label is null and each cell names its plan.
    /// </summary>
    public static IReadOnlyList<PlanColumn> PlanColumns(IReadOnlyList<IReadOnlyList<PlanTarget>> plansByRow)
    {
        ArgumentNullException.ThrowIfNull(plansByRow);
        var count = plansByRow.Select(p => p.Count).DefaultIfEmpty(0).Max();
        return Enumerable.Range(0, count).Select(n =>
        {
            var plans = plansByRow.Where(p => p.Count > n).Select(p => p[n]).ToList();
            var shared = plans.Select(p => Key(p.Label)).Distinct().Count() == 1;
            return new PlanColumn(shared ? plans[0].Label.Trim() : null);
        }).ToList();
    }

    /// <summary>
    /// The plan cell and the TH/KH cell of one figure in the plan column at <paramref name="index"/>:
    /// "1.056,3" and "20,1%" under a named column, "120 (kế hoạch năm)" under an unnamed one, "-" and "-"
    /// for a figure with fewer plans.
    /// </summary>
    public static (string Plan, string Share) PlanCells(FigureFacts facts, int index, PlanColumn column)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(column);
        if (index < 0 || index >= facts.Plans.Count) return (None, None);
        var plan = facts.Plans[index];
        var value = column.Label is null ? $"{Number(plan.Value)} ({plan.Label.Trim()})" : Number(plan.Value);
        return (value, Share(facts, plan.Value));
    }

    /// <summary>The TH/CK cell (see the class summary).</summary>
    public static string SamePeriod(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.SamePeriod is not { } basis) return None;
        if (facts.IsRate) return Points(facts.Value, basis);
        if (basis <= 0m || facts.Value < 0m) return None;
        if (facts.Direction == Direction.LowerIsBetter)
        {
            if (facts.Value == basis) return "bằng";
            var change = Math.Abs(facts.Value - basis);
            return Percent.TryOf(change, basis, out var percent)
                ? (facts.Value > basis ? "tăng " : "giảm ") + Percent.FormatApart(percent, 0m, 100m)
                : None;
        }
        return Ratio(facts.Value, basis);
    }

    // A plan of zero or less has no ratio; a rate is compared in points, never as a ratio of ratios.
    private static string Share(FigureFacts facts, decimal plan) =>
        facts.IsRate ? Points(facts.Value, plan) : plan > 0m ? Ratio(facts.Value, plan) : None;

    // "100%" only for equal numbers.
    private static string Ratio(decimal value, decimal basis) =>
        Percent.TryOf(value, basis, out var percent) ? Percent.FormatApart(percent, 100m) : None;

    // "+1,2 điểm", "-0,5 điểm"; a difference never rounds to "0 điểm".
    private static string Points(decimal value, decimal basis)
    {
        if (value == basis) return "bằng";
        if (!SafeArithmetic.TrySubtract(value, basis, out var difference)) return None;
        var shown = Percent.RoundApart(Math.Abs(difference), 0m);
        return (difference > 0 ? "+" : "-") + VietnameseNumber.Format(shown, 28) + " điểm";
    }

    /// <summary>A number cell: "1.056,3"; a nonzero value never shows as "0" ("0,004"); "-" for none.</summary>
    public static string Value(decimal? value) => value is { } v ? Number(v) : None;

    private static string Number(decimal value) => VietnameseNumber.FormatNonZero(value);

    // Labels are compared as a reader compares them: trimmed, ignoring case ("Kế hoạch năm" = "kế hoạch năm").
    private static string Key(string? label) => VietnameseText.Nfc((label ?? "").Trim()).ToLowerInvariant();
}

/// <summary>A plan column of an indicator table: named by the label its plans share, or null when their labels differ.</summary>
public sealed record PlanColumn(string? Label);
