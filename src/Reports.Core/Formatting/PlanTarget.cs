namespace Reports.Core.Formatting;

/// <summary>A target the figure is measured against, with the label the report uses for it ("dự toán Thành phố giao").</summary>
public sealed record PlanTarget(string Label, decimal Value);
