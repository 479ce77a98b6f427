using BenchmarkDotNet.Running;

namespace Baocao.Benchmarks;

/// <summary>dotnet run -c Release --project tests/Reports.Benchmarks -- --filter '*' [--job short]</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
