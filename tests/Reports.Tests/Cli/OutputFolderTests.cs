using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Reports.Pipeline.Output;
using Xunit;

namespace Reports.Tests.Cli;

/// <summary>The output folder never destroys a person's edits, and its manifest stays whole under parallel writes.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder temp = new();

    private static readonly byte[] First = Encoding.UTF8.GetBytes("first build");
    private static readonly byte[] Second = Encoding.UTF8.GetBytes("second build");
    private static readonly byte[] Third = Encoding.UTF8.GetBytes("third build");
    private static readonly byte[] Edited = Encoding.UTF8.GetBytes("the user's edits \u2014 keep them");

    private string Folder => Path.Combine(temp.Path, "out");

    private string At(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        // Every test ends here: a leftover temporary file anywhere is a failure of that test.
        try { AssertNoTempFiles(); }
        finally { temp.Dispose(); }
    }

    [Fact]
    public void Creates_the_folder_and_a_missing_file()
    {
        var output = new OutputFolder(Folder);
        Assert.True(Directory.Exists(Folder));

        var result = output.Write("x.bao-cao.docx", First, force: false);

        Assert.Equal(new WriteResult(WriteKind.Created, At("x.bao-cao.docx"), null), result);
        Assert.Equal(First, File.ReadAllBytes(At("x.bao-cao.docx")));
        Assert.Equal(new Dictionary<string, string> { ["x.bao-cao.docx"] = Sha(First) }, Manifest());
    }

    [Fact]
    public void Rebuilding_the_same_content_leaves_the_file_and_the_manifest_untouched()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.docx", First, force: false);
        var writtenAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(At("a.docx"), writtenAt);
        File.SetLastWriteTimeUtc(At(OutputFolder.ManifestFileName), writtenAt);

        Assert.Equal(WriteKind.Unchanged, output.Write("a.docx", First, force: false).Kind);
        Assert.Equal(WriteKind.Unchanged, output.Write("a.docx", First, force: false).Kind);

        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(At("a.docx")));
        Assert.Equal(writtenAt, File.GetLastWriteTimeUtc(At(OutputFolder.ManifestFileName)));
    }

    [Fact]
    public void Replaces_its_own_unedited_file()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.pdf", First, force: false);

        var result = output.Write("a.pdf", Second, force: false);

        Assert.Equal(new WriteResult(WriteKind.Replaced, At("a.pdf"), null), result);
        Assert.Equal(Second, File.ReadAllBytes(At("a.pdf")));
        Assert.Equal(Sha(Second), Manifest()["a.pdf"]);
    }

    [Fact]
    public void An_edited_file_is_kept_byte_for_byte_and_the_build_goes_beside_it()
    {
        var output = new OutputFolder(Folder);
        output.Write("x.bao-cao.docx", First, force: false);
        File.WriteAllBytes(At("x.bao-cao.docx"), Edited);

        var result = output.Write("x.bao-cao.docx", Second, force: false);

        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("x.bao-cao.1.docx"), At("x.bao-cao.docx")), result);
        Assert.Equal(Edited, File.ReadAllBytes(At("x.bao-cao.docx")));
        Assert.Equal(Second, File.ReadAllBytes(At("x.bao-cao.1.docx")));
        Assert.Equal(Sha(Second), Manifest()["x.bao-cao.1.docx"]);
    }

    [Fact]
    public void Rebuilds_after_an_edit_reuse_the_same_beside_file_until_that_one_is_edited_too()
    {
        var output = new OutputFolder(Folder);
        output.Write("r.docx", First, force: false);
        File.WriteAllBytes(At("r.docx"), Edited);
        Assert.Equal(At("r.1.docx"), output.Write("r.docx", Second, force: false).WrittenPath);

        // Same content again: already there.
        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("r.1.docx"), At("r.docx")),
            output.Write("r.docx", Second, force: false));
        // New content: the tool's own .1 is replaced, not a .2 added.
        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("r.1.docx"), At("r.docx")),
            output.Write("r.docx", Third, force: false));
        Assert.Equal(Third, File.ReadAllBytes(At("r.1.docx")));
        Assert.False(File.Exists(At("r.2.docx")));

        var editedCopy = Encoding.UTF8.GetBytes("edits in the copy as well");
        File.WriteAllBytes(At("r.1.docx"), editedCopy);
        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("r.2.docx"), At("r.docx")),
            output.Write("r.docx", First, force: false));

        Assert.Equal(Edited, File.ReadAllBytes(At("r.docx")));
        Assert.Equal(editedCopy, File.ReadAllBytes(At("r.1.docx")));
        Assert.Equal(First, File.ReadAllBytes(At("r.2.docx")));
    }

    [Fact]
    public void Force_replaces_an_edited_file()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.docx", First, force: false);
        File.WriteAllBytes(At("a.docx"), Edited);

        Assert.Equal(new WriteResult(WriteKind.Replaced, At("a.docx"), null), output.Write("a.docx", Second, force: true));
        Assert.Equal(Second, File.ReadAllBytes(At("a.docx")));
        Assert.Equal(Sha(Second), Manifest()["a.docx"]);
        Assert.False(File.Exists(At("a.1.docx")));
    }

    [Fact]
    public void Force_with_identical_content_is_still_unchanged()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(At("a.md"), First);

        Assert.Equal(WriteKind.Unchanged, new OutputFolder(Folder).Write("a.md", First, force: true).Kind);
    }

    [Fact]
    public void A_file_the_user_made_with_the_same_name_is_protected()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(At("report.html"), Edited);
        var output = new OutputFolder(Folder);

        var result = output.Write("report.html", First, force: false);

        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("report.1.html"), At("report.html")), result);
        Assert.Equal(Edited, File.ReadAllBytes(At("report.html")));
        Assert.Equal(new Dictionary<string, string> { ["report.1.html"] = Sha(First) }, Manifest());
    }

    [Fact]
    public void A_user_file_already_holding_the_content_is_left_as_it_is_and_recorded()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(At("a.md"), First);

        Assert.Equal(WriteKind.Unchanged, new OutputFolder(Folder).Write("a.md", First, force: false).Kind);
        Assert.Equal(Sha(First), Manifest()["a.md"]);
    }

    [Fact]
    public void A_user_file_at_the_first_beside_name_is_skipped()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllBytes(At("a.docx"), Edited);
        File.WriteAllBytes(At("a.1.docx"), Edited);
        Directory.CreateDirectory(At("a.2.docx"));

        var result = new OutputFolder(Folder).Write("a.docx", First, force: false);

        Assert.Equal(At("a.3.docx"), result.WrittenPath);
        Assert.Equal(Edited, File.ReadAllBytes(At("a.1.docx")));
    }

    public static TheoryData<string> CorruptManifests => new()
    {
        "",
        "not json at all {",
        "[]",
        "{}",
        """{"version":2,"files":{}}""",
        """{"version":"1","files":{}}""",
        """{"version":1,"files":[]}""",
        """{"version":1,"files":{"a.docx":42}}""",
        """{"version":1,"files":{"a.docx":"ABC"}}""",
        """{"version":1,"files":{"../a.docx":"0000000000000000000000000000000000000000000000000000000000000000"}}""",
        "\u0000\u0001\u00ff binary",
    };

    [Theory]
    [MemberData(nameof(CorruptManifests))]
    public void A_corrupt_manifest_protects_existing_files_and_is_rewritten_healthy(string corrupt)
    {
        var output = new OutputFolder(Folder);
        output.Write("a.docx", First, force: false);
        output.Write("b.docx", First, force: false);
        File.WriteAllText(At(OutputFolder.ManifestFileName), corrupt);

        var result = output.Write("a.docx", Second, force: false);

        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("a.1.docx"), At("a.docx")), result);
        Assert.Equal(First, File.ReadAllBytes(At("a.docx")));
        Assert.Equal(new Dictionary<string, string> { ["a.1.docx"] = Sha(Second) }, Manifest());
        // Healthy again: an unchanged file is recognised once more, and the tool's own copy is replaced.
        Assert.Equal(WriteKind.Unchanged, output.Write("b.docx", First, force: false).Kind);
        Assert.Equal(At("a.1.docx"), output.Write("a.docx", Third, force: false).WrittenPath);
        Assert.Equal(new Dictionary<string, string>
        {
            ["a.1.docx"] = Sha(Third),
            ["b.docx"] = Sha(First),
        }, Manifest());
    }

    [Fact]
    public void The_manifest_forgets_files_that_are_gone()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.md", First, force: false);
        output.Write("b.md", First, force: false);
        File.Delete(At("a.md"));

        output.Write("c.md", First, force: false);

        Assert.Equal(["b.md", "c.md"], Manifest().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_is_indented_lf_json_with_ordinal_keys()
    {
        var output = new OutputFolder(Folder);
        output.Write("b.md", First, force: false);
        output.Write("a.md", Second, force: false);
        output.Write("B.md", Third, force: false);
        output.Write("báo-cáo.md", First, force: false);

        var expected =
            "{\n" +
            "  \"version\": 1,\n" +
            "  \"files\": {\n" +
            $"    \"B.md\": \"{Sha(Third)}\",\n" +
            $"    \"a.md\": \"{Sha(Second)}\",\n" +
            $"    \"b.md\": \"{Sha(First)}\",\n" +
            $"    \"báo-cáo.md\": \"{Sha(First)}\"\n" +
            "  }\n" +
            "}\n";
        Assert.Equal(expected, File.ReadAllText(At(OutputFolder.ManifestFileName), Encoding.UTF8));
    }

    [Fact]
    public void The_manifest_is_deterministic()
    {
        byte[] Build(string name, IEnumerable<string> order)
        {
            var output = new OutputFolder(Path.Combine(temp.Path, name));
            foreach (var file in order) output.Write(file, Encoding.UTF8.GetBytes("content of " + file), force: false);
            return File.ReadAllBytes(Path.Combine(output.FullPath, OutputFolder.ManifestFileName));
        }

        string[] files = ["z.pdf", "a.docx", "m.html", "Đ.md"];
        var once = Build("one", files);
        Assert.Equal(once, Build("two", files));
        Assert.Equal(once, Build("three", files.Reverse()));
    }

    [Fact]
    public async Task Eight_threads_writing_fifty_files_each_lose_no_manifest_entry()
    {
        var output = new OutputFolder(Folder);
        var expected = new Dictionary<string, string>();
        for (var t = 0; t < 8; t++)
            for (var f = 0; f < 50; f++)
                expected[$"t{t}-f{f}.md"] = Sha(Content(t, f));

        // Eight dedicated threads released together; a failure in any of them surfaces through WhenAll.
        using var start = new Barrier(8);
        var writers = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var f = 0; f < 50; f++)
                Assert.Equal(WriteKind.Created, output.Write($"t{t}-f{f}.md", Content(t, f), force: false).Kind);
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(writers);

        Assert.Equal(expected, Manifest());
        foreach (var (name, hash) in expected) Assert.Equal(hash, Sha(File.ReadAllBytes(At(name))));

        static byte[] Content(int t, int f) => Encoding.UTF8.GetBytes($"thread {t}, file {f}");
    }

    [Fact]
    public async Task Two_objects_for_the_same_folder_share_the_manifest()
    {
        Directory.CreateDirectory(Folder);
        // The same folder spelled differently must still be one folder.
        OutputFolder[] objects = [new(Folder), new(Folder + Path.DirectorySeparatorChar + "." + Path.DirectorySeparatorChar)];

        using var start = new Barrier(8);
        var writers = Enumerable.Range(0, 8).Select(t => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var f = 0; f < 50; f++)
                objects[t % 2].Write($"t{t}-f{f}.md", Encoding.UTF8.GetBytes($"{t}/{f}"), force: false);
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(writers);

        Assert.Equal(400, Manifest().Count);
    }

    [Theory]
    [InlineData("x.bao-cao.docx", 1, "x.bao-cao.1.docx")]
    [InlineData("report.pdf", 3, "report.3.pdf")]
    [InlineData("README", 1, "README.1")]
    [InlineData(".hidden", 2, ".hidden.2")]
    public void Beside_names_number_before_the_last_extension(string name, int number, string expected) =>
        Assert.Equal(expected, BesideName.For(name, number));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("sub/a.docx")]
    [InlineData("../a.docx")]
    [InlineData(OutputFolder.ManifestFileName)]
    public void Rejects_names_that_are_not_plain_files_of_the_folder(string name)
    {
        Assert.Throws<ArgumentException>(() => new OutputFolder(Folder).Write(name, First, force: false));
        Assert.False(File.Exists(At(OutputFolder.ManifestFileName)));
    }

    [Fact]
    public void A_write_that_cannot_happen_throws_and_leaves_nothing_behind()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.md", First, force: false);
        var manifestBefore = File.ReadAllBytes(At(OutputFolder.ManifestFileName));
        Directory.CreateDirectory(At("taken.docx")); // a folder where the file should go

        Assert.ThrowsAny<IOException>(() => output.Write("taken.docx", First, force: false));

        Assert.Equal(manifestBefore, File.ReadAllBytes(At(OutputFolder.ManifestFileName)));
        // The lock file stays by design (see ManifestLock): only the failed write's own file is missing.
        Assert.Equal([".baocao-manifest.json", ".baocao-manifest.lock", "a.md", "taken.docx"],
            Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_throws()
    {
        File.WriteAllBytes(temp.File("plain-file"), First);

        Assert.ThrowsAny<IOException>(() => new OutputFolder(Path.Combine(temp.Path, "plain-file", "out")));
    }

    [Fact]
    public void Writing_several_files_at_once_records_them_all_and_keeps_an_edited_one()
    {
        var output = new OutputFolder(Folder);
        output.Write("b.md", First, force: false);
        File.WriteAllBytes(At("b.md"), Edited);

        var results = output.WriteAll([("a.md", First), ("b.md", Second), ("c.html", Third)], force: false);

        Assert.Equal(
            [
                new WriteResult(WriteKind.Created, At("a.md"), null),
                new WriteResult(WriteKind.WrittenBeside, At("b.1.md"), At("b.md")),
                new WriteResult(WriteKind.Created, At("c.html"), null),
            ],
            results);
        Assert.Equal(Edited, File.ReadAllBytes(At("b.md")));
        Assert.Equal(new Dictionary<string, string>
        {
            ["a.md"] = Sha(First),
            ["b.1.md"] = Sha(Second),
            ["b.md"] = Sha(First),
            ["c.html"] = Sha(Third),
        }, Manifest());
    }

    [Fact]
    public void A_manifest_changed_by_someone_else_between_writes_is_read_again()
    {
        var output = new OutputFolder(Folder);
        output.Write("a.md", First, force: false);
        // Another process (or a person) empties the record: a.md is no longer provably the tool's.
        File.WriteAllText(At(OutputFolder.ManifestFileName), "{\"version\":1,\"files\":{}}\n");

        var result = output.Write("a.md", Second, force: false);

        Assert.Equal(new WriteResult(WriteKind.WrittenBeside, At("a.1.md"), At("a.md")), result);
        Assert.Equal(First, File.ReadAllBytes(At("a.md")));
    }

    [Fact]
    public void A_rebuild_that_changes_nothing_leaves_the_manifest_file_untouched()
    {
        var output = new OutputFolder(Folder);
        output.WriteAll([("a.md", First), ("b.md", Second)], force: false);
        var manifest = At(OutputFolder.ManifestFileName);
        var before = File.GetLastWriteTimeUtc(manifest);
        File.SetLastWriteTimeUtc(manifest, before.AddMinutes(-5));
        var stamped = File.GetLastWriteTimeUtc(manifest);

        var results = new OutputFolder(Folder).WriteAll([("a.md", First), ("b.md", Second)], force: false);

        Assert.All(results, r => Assert.Equal(WriteKind.Unchanged, r.Kind));
        Assert.Equal(stamped, File.GetLastWriteTimeUtc(manifest));
    }

    private Dictionary<string, string> Manifest()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(At(OutputFolder.ManifestFileName)));
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        return json.RootElement.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    private void AssertNoTempFiles() =>
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
