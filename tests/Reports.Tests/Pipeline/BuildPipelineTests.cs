using Reports.Compose.Templating;
using Reports.Core;
using Reports.Document;
using Reports.Pipeline;
using Reports.Pipeline.Output;
using Xunit;

namespace Reports.Tests.Pipeline;

/// <summary>The pipeline as a library: documents, their outputs and names, runs, notes and the work queue.</summary>
public sealed class BuildPipelineTests
{
    private static readonly string DanPhuong = Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml");

    [Fact]
    public void Every_document_yields_one_output_per_format_and_the_article_adds_its_portal_fragment_after_its_html()
    {
        var data = DataFileLoader.LoadFile(DanPhuong).Data!;
        var names = new BuildPipeline(new BuildOptions()).Produce(data, "q1", TemplateSet.Load()).Select(o => o.FileName);
        Assert.Equal(
        [
            "q1.bao-cao.html", "q1.bao-cao.md", "q1.bao-cao.docx", "q1.bao-cao.pdf",
            "q1.tin-bai.html", "q1.tin-bai.noi-dung.html", "q1.tin-bai.md", "q1.tin-bai.docx", "q1.tin-bai.pdf",
        ], names);
    }

    [Fact]
    public void A_document_that_does_not_apply_is_skipped_not_failed()
    {
        using var temp = new TempFolder();
        var options = new BuildOptions { OutputFolder = temp.Path, Formats = ["md"], Jobs = 2 };
        var result = new BuildPipeline(options).Run([TestPaths.Minimal]);

        var file = Assert.Single(result.Files);
        Assert.True(file.Succeeded);
        Assert.Contains(file.Events, e => e is DocumentSkipped { Document: "tin-bai" });
        Assert.Equal(["minimal.bao-cao.md"], file.Events.OfType<OutputWritten>().Select(w => Path.GetFileName(w.Result.WrittenPath)));
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Notes_come_from_the_renderers_the_run_used_through_the_renderer_interface()
    {
        using var temp = new TempFolder();
        var pdf = new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Formats = ["pdf"], Documents = [Documents.Report] }).Run([DanPhuong]);
        var note = Assert.Single(pdf.Notes, n => n.Code == "pdf.font");
        Assert.Equal(3, note.Arguments.Count);

        // The PDF renderer is shared by the process; a later run without PDF must not repeat its note.
        var docx = new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Formats = ["docx"], Documents = [Documents.Report] }).Run([DanPhuong]);
        Assert.Empty(docx.Notes);
        Assert.Empty(((IDocumentRenderer)RendererCatalog.Get("docx")).Notes);
    }

    [Fact]
    public void Results_come_back_in_input_order_whatever_order_files_finish_in()
    {
        using var temp = new TempFolder();
        var bad = Path.Combine(TestPaths.BadInputs, "ambiguous-number.yaml");
        var files = new[] { DanPhuong, bad, TestPaths.Minimal };
        var heard = new List<int>();
        var result = new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Formats = ["html"], Jobs = 3 })
            .Run(files, (index, _) => { lock (heard) heard.Add(index); });

        Assert.Equal(files, result.Files.Select(f => f.DataFile));
        Assert.Equal([true, false, true], result.Files.Select(f => f.Succeeded));
        Assert.Contains(result.Files[1].Events, e => e is NotBuilt);
        Assert.Equal([0, 1, 2], heard.Order());
        Assert.Equal(2, result.Built);
    }

    [Fact]
    public void Name_collisions_are_found_before_building()
    {
        var collisions = new BuildPipeline(new BuildOptions { OutputFolder = "/tmp/ra" }).FindCollisions(["a/quy1.yaml", "b/quy1.yml", "c/quy2.yaml"]);
        var collision = Assert.Single(collisions);
        Assert.Equal(("a/quy1.yaml", "b/quy1.yml", "quy1"), (collision.First, collision.Second, collision.Stem));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void The_work_queue_runs_every_piece_and_its_follow_ups_never_more_than_jobs_at_once(int jobs)
    {
        var running = 0;
        var most = 0;
        var done = 0;
        void Piece()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(2);
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
        }

        WorkQueue.Run(10, jobs, (queue, _) =>
        {
            Piece();
            for (var k = 0; k < 4; k++) queue.Add(Piece);
        });

        Assert.Equal(50, done);
        Assert.InRange(most, 1, jobs);

        static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
        }
    }

    [Fact]
    public void A_piece_of_work_that_throws_does_not_stop_the_others_and_its_exception_comes_back_at_the_end()
    {
        var done = 0;
        var thrown = Assert.Throws<InvalidOperationException>(() => WorkQueue.Run(6, 2, (queue, i) =>
        {
            if (i == 1) throw new InvalidOperationException("hỏng");
            queue.Add(() => Interlocked.Increment(ref done));
        }));
        Assert.Equal("hỏng", thrown.Message);
        Assert.Equal(5, done);
    }

    [Fact]
    public void Outputs_are_written_through_the_output_folder_with_its_manifest()
    {
        using var temp = new TempFolder();
        new BuildPipeline(new BuildOptions { OutputFolder = temp.Path, Formats = ["md"] }).Run([DanPhuong]);
        Assert.True(File.Exists(temp.File(OutputFolder.ManifestFileName)));
    }
}
