namespace Reports.Pipeline.Output;

/// <summary>
/// Names for the copy written next to a protected file. The number goes before the last extension so the copy
/// still opens in the same program: "x.bao-cao.docx" → "x.bao-cao.1.docx".
/// </summary>
internal static class BesideName
{
    public static string For(string fileName, int number)
    {
        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        // ".hidden" is all extension by Path's reckoning; numbering it ".1.hidden" would hide the name.
        return stem.Length == 0 ? $"{fileName}.{number}" : $"{stem}.{number}{extension}";
    }
}
