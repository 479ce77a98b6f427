namespace Reports.Core.Schema;

/// <summary>
/// The data file, schema version 1: the shape tree built from <see cref="DataFields"/>, which drives both
/// the loader's checks and the JSON Schema, and the rules (DataFileRules.cs) that tie its keys together.
/// </summary>
public static partial class DataFileShape
{
    public const int Version = 1;

    public static GroupShape Root => DataFields.Root.Shape;
}
