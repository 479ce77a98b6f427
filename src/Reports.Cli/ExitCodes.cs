namespace Reports.Cli;

/// <summary>The exit codes, as the help text and README document them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A data file has errors, or an output could not be written.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
