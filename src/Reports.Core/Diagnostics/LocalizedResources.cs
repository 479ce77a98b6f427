using System.Globalization;
using System.Resources;

namespace Reports.Core.Diagnostics;

/// <summary>
/// Message texts in Vietnamese (the neutral resources) and English. The English texts are embedded in the
/// main assembly under their own name instead of a satellite assembly: finding a satellite needs a
/// CultureInfo("en"), which does not exist when .NET runs with invariant globalization, and a tool that
/// cannot print its help in a container is no tool.
/// </summary>
public sealed class LocalizedResources(string baseName, System.Reflection.Assembly assembly)
{
    private readonly ResourceManager _vietnamese = new(baseName, assembly);
    private readonly ResourceManager _english = new(baseName + ".English", assembly);

    /// <summary>The text of a name; an English text not yet written falls back to the Vietnamese one.</summary>
    public string? Get(string name, Language language) =>
        (language == Language.English ? _english.GetString(name, CultureInfo.InvariantCulture) : null)
        ?? _vietnamese.GetString(name, CultureInfo.InvariantCulture);
}
