namespace Reports.Core.Model;

/// <summary>How headings are numbered: "I.", "1.", "a)" as both rules show, or "I-", "1-", "a-" as many Party committees write (HD 36 itself does).</summary>
public enum HeadingNumbering
{
    Dotted,
    Dashed,
}
