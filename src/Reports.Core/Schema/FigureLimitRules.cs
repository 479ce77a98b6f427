using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Loading;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Schema;

/// <summary>
/// Every number of a figure must lie within <see cref="FigureLimits"/>: beyond them it is a typo, and the
/// build could not word it. Refused here, at the number, so that whatever validate accepts can be built.
/// </summary>
public static partial class DataFileShape
{
    internal static void FigureWithinLimits(GroupCheck check)
    {
        foreach (var field in new[] { F.Figure.Value, F.Figure.SamePeriod, F.Figure.Previous, F.Figure.Whole })
            WithinLimits(check, field);
    }

    internal static void PlanWithinLimits(GroupCheck check) => WithinLimits(check, F.Plan.Value);

    private static void WithinLimits(GroupCheck check, DataField<decimal> field)
    {
        if (!check.TryGet<decimal>(out var value, out var at, field.Key)) return;
        // The number as typed: 10^-28 printed with six decimals would read "0", which explains nothing.
        var written = at is ScalarNode scalar ? scalar.Text.Trim() : VietnameseNumber.Format(value, 6);
        switch (FigureLimits.Check(value))
        {
            case FigureLimitBreach.TooLarge:
                check.Error(MessageId.FigureTooLarge, at, field.Key, written, VietnameseNumber.Format(FigureLimits.MaxMagnitude));
                break;
            case FigureLimitBreach.TooSmall:
                check.Error(MessageId.FigureTooSmall, at, field.Key, written, VietnameseNumber.Format(FigureLimits.MinNonZeroMagnitude, 6));
                break;
        }
    }
}
