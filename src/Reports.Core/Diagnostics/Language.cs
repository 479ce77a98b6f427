namespace Reports.Core.Diagnostics;

/// <summary>The language of messages shown to the user: Vietnamese unless asked otherwise.</summary>
public enum Language
{
    Vietnamese,
    English,
}

public static class Languages
{
    /// <summary>Reads a --lang value; null when it is not one we have.</summary>
    public static Language? Parse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "vi" or "vi-vn" => Language.Vietnamese,
        "en" or "en-us" or "en-gb" => Language.English,
        _ => null,
    };
}
