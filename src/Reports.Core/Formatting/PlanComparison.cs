namespace Reports.Core.Formatting;

/// <summary>A figure against each of its plans, every plan with its own label, in the order given.</summary>
public static class PlanComparison
{
    /// <summary>
    /// One phrase per plan. Counts and amounts: "đạt 35% dự toán Thành phố giao", then "15% dự toán HĐND huyện giao"
    /// (only the first repeats the verb; a less-is-better figure says "bằng", since reaching a ceiling is no
    /// achievement); plans of zero or less are left out (no ratio against them). Rates, in points:
    /// "vượt 0,7 điểm phần trăm so với kế hoạch (93%)", "đạt kế hoạch (93,7%)", "chưa đạt kế hoạch (95%)";
    /// less-is-better rates "thấp hơn / cao hơn 0,5 điểm phần trăm so với kế hoạch (3%)", "bằng kế hoạch (3%)".
    /// </summary>
    public static IReadOnlyList<string> Write(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(facts.Plans);
        var phrases = new List<string>(facts.Plans.Count);
        bool lowerIsBetter = facts.Direction == Direction.LowerIsBetter;
        bool first = true;
        foreach (PlanTarget plan in facts.Plans)
        {
            ArgumentNullException.ThrowIfNull(plan);
            string label = (plan.Label ?? "").Trim();
            if (facts.IsRate)
            {
                phrases.Add(Rate(facts.Value, plan.Value, label, lowerIsBetter));
                continue;
            }

            if (plan.Value <= 0m)
            {
                continue;
            }

            if (Percent.TryOf(facts.Value, plan.Value, out decimal percent))
            {
                string share = Percent.FormatApart(percent, 100m) + " " + label;
                phrases.Add(first ? (lowerIsBetter ? "bằng " : "đạt ") + share : share);
                first = false;
            }
            else
            {
                // Only outside FigureLimits: say on which side of the plan the value lies.
                phrases.Add((facts.Value > plan.Value ? "vượt " : "chưa đạt ") + label);
                first = true;
            }
        }

        return phrases;
    }

    private static string Rate(decimal value, decimal plan, string label, bool lowerIsBetter)
    {
        string target = $"{label} ({Quantity.Write(plan, "%")})";
        if (value == plan)
        {
            return (lowerIsBetter ? "bằng " : "đạt ") + target;
        }

        bool above = value > plan;
        string points = SafeArithmetic.TrySubtract(value, plan, out decimal difference)
            ? Percent.Points(difference) + " so với "
            : "so với ";
        if (lowerIsBetter)
        {
            return (above ? "cao hơn " : "thấp hơn ") + points + target;
        }

        return above ? "vượt " + points + target : "chưa đạt " + target;
    }
}
