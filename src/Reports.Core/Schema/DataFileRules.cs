using Reports.Core.Layout;
using Reports.Core.Diagnostics;
using NodaTime;
using F = Reports.Core.Schema.DataFields;

namespace Reports.Core.Schema;

/// <summary>The rules of the data file that compare values, which JSON Schema cannot express.</summary>
public static partial class DataFileShape
{
    internal static void PartNotAboveWhole(GroupCheck check)
    {
        if (!check.TryGet<decimal>(out var whole, out var wholeAt, F.Figure.Whole.Key)) return;
        if (whole == 0)
        {
            check.Error(MessageId.ZeroWhole, wholeAt, F.Figure.Whole.Key);
            return;
        }
        if (check.TryGet<decimal>(out var part, out var partAt, F.Figure.Value.Key) && part > whole)
            check.Error(MessageId.PartExceedsWhole, partAt, F.Figure.Value.Key, Formatting.VietnameseNumber.Format(part, 6), Formatting.VietnameseNumber.Format(whole, 6));
    }

    /// <summary>cach_ghi_tong says how to write a part of tong_so; without one it would be silently dropped.</summary>
    internal static void WholeStyleNeedsWhole(GroupCheck check)
    {
        if (check.TryGet<string>(out _, out var at, F.Figure.WholeStyle.Key) && !check.Has(F.Figure.Whole.Key))
            check.Warning(MessageId.WholeStyleIgnored, at, F.Figure.WholeStyle.Key);
    }

    internal static void ConnectionPointsUnused(GroupCheck check)
    {
        var inPerson = !check.TryGet<string>(out var format, out _, F.Meeting.Format.Key)
                       || F.Meeting.Format.Choice.Parse(format) == Model.MeetingFormat.InPerson;
        if (inPerson && check.TryGet<long>(out _, out var at, F.Meeting.ConnectionPoints.Key))
            check.Warning(MessageId.ConnectionPointsIgnored, at, F.Meeting.ConnectionPoints.Key);
    }

    /// <summary>
    /// A giao ban or a quán triệt meeting does not vote (DOMAIN.md), so the article leaves thong_qua out; say so
    /// rather than drop it silently. A State body's conference is the article's business, not checked here.
    /// </summary>
    internal static void AdoptionOnlyAtConference(GroupCheck check)
    {
        if (!check.TryGet<string>(out var kind, out _, F.Meeting.Kind.Key)) return;
        if (F.Meeting.Kind.Choice.Parse(kind) == Model.MeetingKind.Conference) return;
        if (check.Node.Get(F.Meeting.Adopted.Key) is Loading.SequenceNode { Items.Count: > 0 } adopted)
            check.Warning(MessageId.AdoptionNotWritten, adopted, F.Meeting.Adopted.Key, kind);
    }

    /// <summary>HD 36 sets Party body text at 14-15 pt, NĐ 30 state text at 13-14 pt.</summary>
    internal static void FontSizeForRegime(GroupCheck check)
    {
        if (!check.TryGet<string>(out var regime, out _, F.Root.Regime.Key)) return;
        if (!check.TryGet<long>(out var size, out var at, F.Root.Layout.Key, F.Layout.FontSize.Key)) return;
        var (range, name) = F.Root.Regime.Choice.Parse(regime) == Regime.Party
            ? (OfficialLayout.Party.BodyFontSize, MessageId.RegimeParty)
            : (OfficialLayout.State.BodyFontSize, MessageId.RegimeState);
        var (min, max) = ((long)range.Min, (long)range.Max);
        if (size < min || size > max)
            check.Error(MessageId.FontSizeForRegime, at, $"{F.Root.Layout.Key}.{F.Layout.FontSize.Key}", Invariant(size),
                MessageArgument.Nested(name), Invariant(min), Invariant(max));
    }

    /// <summary>
    /// A report is signed around its period's end: state reports a few days before it, once the data are cut
    /// off on the 14th of the last month (Nghị định 09/2019/NĐ-CP), others in the days after it. A date before
    /// the period, more than <see cref="EarliestDaysBeforePeriodEnd"/> days before its last day, or after the
    /// period the report plans for has ended is nearly always a typo in the date, the quarter or the year.
    /// </summary>
    internal static void DocumentDateNearPeriod(GroupCheck check)
    {
        if (!check.TryGet<LocalDate>(out var date, out var at, F.Root.Document.Key, F.Document.Date.Key)) return;
        if (!check.TryGet<long>(out var year, out _, F.Root.Period.Key, F.Period.Year.Key)) return;
        if (!check.TryGet<long>(out var quarter, out _, F.Root.Period.Key, F.Period.Quarter.Key) || quarter is < 1 or > 4) return;
        var style = check.TryGet<string>(out var styleKey, out _, F.Root.Period.Key, F.Period.Style.Key)
            ? F.Period.Style.Choice.Parse(styleKey)
            : Formatting.PeriodStyle.Cumulative; // the default of ky_bao_cao.kieu
        var period = new Formatting.ReportingPeriod((int)year, (int)quarter);
        var start = new LocalDate((int)year, (int)(quarter - 1) * 3 + 1, 1);
        if (date < start)
            check.Warning(MessageId.DateBeforePeriod, at, DocumentDatePath, Day(date), Day(start));
        else if (date < period.LastDay.PlusDays(-EarliestDaysBeforePeriodEnd))
            check.Warning(MessageId.DateLongBeforePeriodEnd, at, DocumentDatePath, Day(date), period.Name(style), Day(period.LastDay),
                Invariant(EarliestDaysBeforePeriodEnd));
        else if (date > period.NextLastDay(style))
            check.Warning(MessageId.DateFarAfterPeriod, at, DocumentDatePath, Day(date), period.NextName(style), Day(period.NextLastDay(style)));
    }

    /// <summary>
    /// How early before the period's last day a report may be dated: the NĐ 09 cut-off is 16-17 days before
    /// it, and a report is sometimes presented at the committee's meeting a week or two before that.
    /// </summary>
    internal const int EarliestDaysBeforePeriodEnd = 30;

    private static string Day(LocalDate date) => Formatting.VietnameseDate.ShortWithYear(date);

    private static string DocumentDatePath => $"{F.Root.Document.Key}.{F.Document.Date.Key}";

    private static string Invariant(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
