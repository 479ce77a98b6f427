namespace Reports.Core.Formatting;

/// <summary>
/// Turns the facts of one figure into the clause reports write after its subject:
/// "đạt 187,5 tỷ đồng, đạt 35% dự toán Thành phố giao, 15% dự toán HĐND huyện giao, bằng 83% so với cùng kỳ".
/// </summary>
public static class FigureClause
{
    /// <summary>
    /// Writes the clause: the verb ("ước đạt" for an estimate) and the value, every plan
    /// (<see cref="PlanComparison"/>), then the same period and the previous period
    /// (<see cref="PeriodComparison"/>). A less-is-better count that fell to zero reads
    /// "không xảy ra (cùng kỳ: 4 vụ)". Never throws for any decimal.
    /// </summary>
    public static string Write(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentException.ThrowIfNullOrWhiteSpace(facts.Verb);
        ArgumentNullException.ThrowIfNull(facts.Unit);
        ArgumentNullException.ThrowIfNull(facts.Plans);

        var parts = new List<string>();
        if (DidNotOccur(facts))
        {
            // "Tai nạn giao thông không xảy ra (cùng kỳ: 4 vụ)": the earlier counts are the whole comparison.
            var earlier = new List<string>();
            foreach ((decimal basis, string label) in Bases(facts))
            {
                if (basis > 0m)
                {
                    earlier.Add($"{label.Trim()}: {Quantity.Write(basis, facts.Unit)}");
                }
                else
                {
                    parts.Add(PeriodComparison.Write(facts, basis, label));
                }
            }

            string opening = earlier.Count == 0 ? "không xảy ra" : $"không xảy ra ({string.Join("; ", earlier)})";
            parts.Insert(0, opening);
            parts.InsertRange(1, PlanComparison.Write(facts));
        }
        else
        {
            parts.Add(Verb(facts) + " " + ValueText(facts) + OtherSpanText(facts));
            parts.AddRange(PlanComparison.Write(facts));
            parts.AddRange(Bases(facts).Select(b => PeriodComparison.Write(facts, b.Basis, b.Label)));
        }

        return VietnameseText.Nfc(string.Join(", ", parts));
    }

    /// <summary>
    /// The same-period phrase alone ("bằng 83% so với cùng kỳ"), or "" when the same period is not known;
    /// for templates and tables that place it themselves.
    /// </summary>
    public static string SamePeriodText(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.SamePeriod is { } basis ? VietnameseText.Nfc(PeriodComparison.Write(facts, basis, facts.SamePeriodLabel)) : "";
    }

    /// <summary>The value as the clause prints it: "187,5 tỷ đồng", "93,7%", "27/31 vụ, đạt 87,1%".</summary>
    public static string ValueText(FigureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Whole is { } whole
            ? PartOfWhole.Format(facts.Value, whole, facts.Unit, facts.WholeStyle)
            : Quantity.Write(facts.Value, facts.Unit);
    }

    // " (riêng quý II: 234,3 tỷ đồng)": only beside a plain quantity, where the two numbers share the unit.
    private static string OtherSpanText(FigureFacts facts) =>
        facts.OtherSpan is { } other && facts.Whole is null && !facts.IsRate
            ? $" ({other.Label}: {Quantity.Write(other.Value, facts.Unit)})"
            : "";

    // Estimates read "ước đạt", "ước thực hiện" (Nghị định 09/2019: figures after the cut-off are estimates);
    // a stated count ("là 31 vụ") estimated reads "ước khoảng 31 vụ", never "ước là".
    private static string Verb(FigureFacts facts)
    {
        string verb = facts.Verb.Trim();
        if (!facts.Estimated || verb.StartsWith("ước", StringComparison.Ordinal)) return verb;
        return verb == StatedVerb ? "ước khoảng" : "ước " + verb;
    }

    /// <summary>
    /// The verb of a figure where less is better when the data file names none: the count is stated ("là 31
    /// vụ"), because "đạt 31 vụ" would word violations or accidents as an achievement.
    /// </summary>
    public const string StatedVerb = "là";

    private static bool DidNotOccur(FigureFacts facts) =>
        facts.Direction == Direction.LowerIsBetter && facts.Value == 0m && !facts.IsRate && facts.Whole is null;

    private static IEnumerable<(decimal Basis, string Label)> Bases(FigureFacts facts)
    {
        if (facts.SamePeriod is { } samePeriod)
        {
            yield return (samePeriod, facts.SamePeriodLabel);
        }

        if (facts.Previous is { } previous)
        {
            yield return (previous, facts.PreviousLabel);
        }
    }
}
