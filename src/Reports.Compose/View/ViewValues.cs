using NodaTime;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// A group of named values for templates, keyed like the data file. It remembers what it was made
/// from, so template functions (a figure's clause, say) work from the typed model, not from text.
/// </summary>
public sealed class ViewObject(object? source = null) : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public object? Source { get; } = source;
}

/// <summary>A number that prints the Vietnamese way even when a template writes it without a function.</summary>
public sealed record ViewNumber(decimal Value)
{
    public override string ToString() => VietnameseNumber.Format(Value);
}

/// <summary>A date that prints as "4/4/2024" unless a function asks for another form.</summary>
public sealed record ViewDate(LocalDate Value)
{
    public override string ToString() => VietnameseDate.ShortWithYear(Value);
}

/// <summary>A time of day, printed "8 giờ 00" style is left to functions; plain it prints "08:00".</summary>
public sealed record ViewTime(LocalTime Value)
{
    public override string ToString() => Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The reporting period with its naming style; prints as its name ("6 tháng đầu năm 2024").</summary>
public sealed record ViewPeriod(ReportingPeriod Period, PeriodStyle Style)
{
    public override string ToString() => Period.Name(Style);
}

/// <summary>A task's deadline: a date ("30/6/2024") or the words the user wrote.</summary>
public sealed record ViewDeadline(Deadline Deadline)
{
    public override string ToString() => Deadline.Date is { } d ? VietnameseDate.ShortWithYear(d) : Deadline.Text ?? "";
}
