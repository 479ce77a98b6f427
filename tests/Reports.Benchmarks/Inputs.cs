using System.Text;
using Reports.Samples;

namespace Baocao.Benchmarks;

/// <summary>
/// The two inputs every benchmark runs on: the standard fixture (a real-sized district report, about 8 pages)
/// and a generated report of about 100 pages (every domain, many statements), made with the sample generator.
/// </summary>
public static class Inputs
{
    public const string Fixture = "dan-phuong-q1-2024";
    public const string Long = "mau-100-trang";

    /// <summary>A 4-page Party report (O Diên): the size the warm end-to-end target is set for.</summary>
    public const string FourPages = "o-dien-q3-2025";

    public static IEnumerable<string> Names => [Fixture, Long];

    public static byte[] Bytes(string name) => name switch
    {
        Fixture => File.ReadAllBytes(Path.Combine(Root(), "fixtures", "huyen-uy-dan-phuong-q1-2024.yaml")),
        FourPages => File.ReadAllBytes(Path.Combine(Root(), "fixtures", "dang-uy-xa-o-dien-q3-2025.yaml")),
        Long => Encoding.UTF8.GetBytes(SampleGenerator.One(SampleGenerator.DefaultSeed, 1, pages: 100)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>The repository, found upwards from wherever BenchmarkDotNet runs the generated program.</summary>
    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Reports.sln"))) return dir.FullName;
        throw new InvalidOperationException("Reports.sln not found above " + AppContext.BaseDirectory);
    }
}
