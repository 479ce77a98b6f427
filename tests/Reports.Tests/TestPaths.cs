namespace Reports.Tests;

/// <summary>Finds the repository's folders from the test binary, wherever the tests run from.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string BadInputs => Path.Combine(Root, "tests", "Reports.Tests", "Inputs", "bad");

    public static string Minimal => Path.Combine(Root, "tests", "Reports.Tests", "Inputs", "minimal.yaml");

    public static string Schema => Path.Combine(Root, "schema", "baocao.schema.json");

    public static IEnumerable<string> FixtureFiles => Directory.GetFiles(Fixtures, "*.yaml").OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The fixtures' file names, for [MemberData].</summary>
    public static Xunit.TheoryData<string> FixtureNames()
    {
        var data = new Xunit.TheoryData<string>();
        foreach (var f in FixtureFiles) data.Add(Path.GetFileName(f));
        return data;
    }

    public static IEnumerable<string> BadFiles => Directory.GetFiles(BadInputs, "*.yaml").OrderBy(f => f, StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reports.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reports.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("baocao-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
