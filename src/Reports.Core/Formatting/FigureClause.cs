namespace Reports.Core.Formatting;

/// <summary>
/// Turns the facts of one figure into the clause reports write after its subject:
/// "đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, 15% dự toán HĐND huyện giao, bằng 83% so với cùng kỳ".
/// </summary>
public static class FigureClause
{
    /// <summary>Writes the clause; plans and same-period values of zero or less are left out (no ratio against them).</summary>
    public static string Write(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.Verb);
        ArgumentNullException.ThrowIfNull(facts.Unit);
        ArgumentNullException.ThrowIfNull(facts.Plans);

        var parts = new List<string> { facts.Verb.Trim() + " " + ValueText(facts) };

        bool firstPlan = true;
        foreach (PlanTarget plan in facts.Plans.Where(p => p.Value > 0m))
        {
            string share = Percent.Format(Percent.Of(facts.Value, plan.Value)) + " " + plan.Label.Trim();
            // Only the first plan repeats "đạt"; the rest read as a list under it.
            parts.Add(firstPlan ? "đạt " + share : share);
            firstPlan = false;
        }

        if (facts.SamePeriod is > 0m and { } samePeriod)
        {
            parts.Add(SamePeriodComparison.Of(facts.Value, samePeriod).Wording(facts.LowerAsDecrease));
        }

        return VietnameseText.Nfc(string.Join(", ", parts));
    }

    private static string ValueText(FigureFacts facts)
    {
        if (facts.Whole is { } whole)
        {
            return PartOfWhole.Format(facts.Value, whole, facts.Unit);
        }

        string number = VietnameseNumber.Format(facts.Value);
        return string.IsNullOrWhiteSpace(facts.Unit) ? number : number + " " + facts.Unit.Trim();
    }
}
