using System.Text;
using Reports.Compose.Templating;
using Reports.Core;
using Reports.Core.Model;
using Reports.Pipeline;
using Reports.Samples;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>
/// One compiled template set and one renderer of each kind serve every thread of a build. Scriban's parsed
/// templates and the renderers must then give, from 8 threads at once, exactly what one thread gives.
/// </summary>
public sealed class ParallelComposeTests
{
    private static List<(string Name, ReportData Data)> Inputs()
    {
        var inputs = TestPaths.FixtureFiles.Select(f => (Path.GetFileName(f), DataFileLoader.LoadFile(f).Data!)).ToList();
        foreach (var (name, text) in SampleGenerator.Many(12, seed: 7))
            inputs.Add((name, DataFileLoader.Load(name, Encoding.UTF8.GetBytes(text)).Data!));
        return inputs;
    }

    /// <summary>Every document's Markdown and every output a build makes, through the pipeline's own definitions.</summary>
    private static List<byte[]> BuildAll(TemplateSet templates, ReportData data)
    {
        var outputs = new List<byte[]>();
        foreach (var definition in Documents.All)
        {
            if (definition.Compose(templates, data) is not { } composed) continue;
            outputs.Add(Encoding.UTF8.GetBytes(composed.Markdown!));
            foreach (var output in definition.Outputs(RendererCatalog.Formats))
                outputs.Add(output.Renderer().Render(composed.Document!));
        }
        return outputs;
    }

    [Fact]
    public async Task Eight_threads_sharing_one_template_set_compose_and_render_exactly_as_one_thread_does()
    {
        var inputs = Inputs();
        Assert.All(inputs, i => Assert.NotNull(i.Data));

        // The sequential reference uses its own template set, compiled separately.
        var expected = inputs.Select(i => BuildAll(TemplateSet.Load(), i.Data)).ToList();

        var shared = TemplateSet.Load();
        using var start = new Barrier(8);
        var threads = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var results = new List<(int Index, List<byte[]> Outputs)>();
            // Each thread runs the inputs three times, starting at a different one, so the same template
            // is executing on several threads at the same moment.
            for (var round = 0; round < 3; round++)
                for (var k = 0; k < inputs.Count; k++)
                {
                    var index = (k + t * 2) % inputs.Count;
                    results.Add((index, BuildAll(shared, inputs[index].Data)));
                }
            return results;
        }, TaskCreationOptions.LongRunning)).ToArray();

        foreach (var results in await Task.WhenAll(threads))
            foreach (var (index, outputs) in results)
            {
                Assert.Equal(expected[index].Count, outputs.Count);
                for (var o = 0; o < outputs.Count; o++)
                    Assert.True(expected[index][o].AsSpan().SequenceEqual(outputs[o]), $"{inputs[index].Name}, output {o} differs");
            }
    }

    [Fact]
    public void The_catalogue_shares_one_renderer_of_each_format()
    {
        Assert.Equal(["html", "md", "docx", "pdf"], RendererCatalog.Formats);
        Assert.Same(RendererCatalog.Available[0], RendererCatalog.Available[0]);
        Assert.Same(RendererCatalog.Available[1], RendererCatalog.Get(RendererCatalog.Parse("md").Formats[0]));
        Assert.Same(RendererCatalog.PortalFragment, RendererCatalog.PortalFragment);
    }
}
