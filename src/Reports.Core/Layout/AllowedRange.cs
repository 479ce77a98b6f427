namespace Reports.Core.Layout;

/// <summary>A closed range of values the rules allow, and the project's pick inside it.</summary>
public readonly record struct AllowedRange(decimal Min, decimal Max, decimal Default)
{
    public bool Contains(decimal value) => value >= Min && value <= Max;

    /// <summary>The smallest range holding both, for a schema that does not yet know the regime.</summary>
    public AllowedRange Union(AllowedRange other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max), Default);
}
