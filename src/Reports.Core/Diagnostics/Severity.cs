namespace Reports.Core.Diagnostics;

public enum Severity
{
    /// <summary>The file cannot be used until this is fixed.</summary>
    Error,

    /// <summary>The file can be used, but something looks wrong.</summary>
    Warning,
}
