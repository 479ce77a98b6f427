using NodaTime;

namespace Reports.Core.Model;

/// <summary>A task for the next period (nhiệm vụ trọng tâm).</summary>
public sealed record TaskItem(string Text, string? Lead, Deadline? Deadline, bool IsBreakthrough)
{
    /// <summary>Carried over from the previous report (<c>tinh_trang: chuyen_tiep</c>): written with "(chuyển tiếp)".</summary>
    public bool CarriedOver { get; init; }
}

/// <summary>A deadline is a day, or words such as "Thường xuyên" when there is none.</summary>
public sealed record Deadline
{
    private Deadline(LocalDate? date, string? text)
    {
        Date = date;
        Text = text;
    }

    public LocalDate? Date { get; }

    public string? Text { get; }

    public static Deadline On(LocalDate date) => new(date, null);

    public static Deadline Described(string text) => new(null, text);
}
