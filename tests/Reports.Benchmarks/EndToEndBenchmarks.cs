using BenchmarkDotNet.Attributes;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Document;
using Reports.Pipeline;

namespace Baocao.Benchmarks;

/// <summary>
/// Warm, in one process: the bytes of a 4-page report's data file → load and check → compose → PDF bytes.
/// The target (issue 16) is 5 ms; templates are compiled once per run and the renderer is shared, as in
/// `baocao build`, so they are set up outside the measured call.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EndToEndBenchmarks
{
    private byte[] _bytes = [];
    private TemplateSet _templates = null!;
    private IDocumentRenderer _pdf = null!;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = Inputs.Bytes(Inputs.FourPages);
        _templates = TemplateSet.Load();
        _pdf = RendererCatalog.Get("pdf");
    }

    [Benchmark(Description = "load+compose+PDF, 4-page report")]
    public byte[] LoadComposePdf()
    {
        var data = DataFileLoader.Load("bench.yaml", _bytes).Data!;
        return _pdf.Render(Documents.Report.Compose(_templates, data)!.Document!);
    }
}
