using System.Text;
using Reports.Core;
using Reports.Core.Diagnostics;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>Broken or hostile bytes: each gets one clear diagnostic with a position, and nothing throws.</summary>
public sealed class HostileInputTests
{
    private static readonly byte[] Minimal = File.ReadAllBytes(TestPaths.Minimal);

    private static LoadResult Load(byte[] bytes) => DataFileLoader.Load("x.yaml", bytes);

    private static Diagnostic Single(LoadResult result)
    {
        Assert.False(result.Succeeded);
        return Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Empty_file()
    {
        Assert.Equal(MessageId.FileEmpty, Single(Load([])).Id);
        Assert.Equal(MessageId.FileEmpty, Single(Load("\n  \n"u8.ToArray())).Id);
    }

    [Fact]
    public void Binary_garbage_is_not_text_and_says_where()
    {
        var random = new Random(20241);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[100] = 0;
        var d = Single(Load(bytes));
        Assert.True(d.Id is MessageId.FileNotText or MessageId.FileNotUtf8, d.Id.ToString());
        Assert.True(d.Location.HasPosition);
    }

    [Fact]
    public void A_word_document_is_not_text()
    {
        // A .docx is a zip: "PK\x03\x04" then binary.
        var d = Single(Load([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
        Assert.Equal(MessageId.FileNotText, d.Id);
        Assert.Equal(new SourceLocation("x.yaml", 1, 6), d.Location);
    }

    [Fact]
    public void Latin1_text_is_not_utf8_and_the_position_is_exact()
    {
        var bytes = "phien_ban: 1\nco_quan:\n  ten: Ha"u8.ToArray().Concat(new byte[] { 0xE0 }).Concat("\n"u8.ToArray()).ToArray();
        var d = Single(Load(bytes));
        Assert.Equal(MessageId.FileNotUtf8, d.Id);
        Assert.Equal(new SourceLocation("x.yaml", 3, 10), d.Location);
    }

    [Fact]
    public void A_file_over_5_MiB_is_refused_before_reading()
    {
        using var temp = new TempFolder();
        var path = temp.File("big.yaml");
        using (var f = File.Create(path)) f.SetLength(5 * 1024 * 1024 + 1);
        var result = DataFileLoader.LoadFile(path);
        Assert.Equal(MessageId.FileTooLarge, Single(result).Id);
        Assert.Equal(["6", "5"], Single(result).Arguments);
    }

    [Fact]
    public void A_missing_file_and_a_folder()
    {
        using var temp = new TempFolder();
        Assert.Equal(MessageId.FileNotFound, Single(DataFileLoader.LoadFile(temp.File("none.yaml"))).Id);
        Assert.Equal(MessageId.FileUnreadable, Single(DataFileLoader.LoadFile(temp.Path)).Id);
    }

    [Fact]
    public void Alias_bomb_is_refused_within_the_budget()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 30; level++)
        {
            var prev = "l" + (level - 1);
            if (level == 1) prev = "a";
            text.Append($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat("*" + prev, 10))}]\n");
        }
        var before = GC.GetAllocatedBytesForCurrentThread();
        var d = Single(Load(Encoding.UTF8.GetBytes(text.ToString())));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(MessageId.AliasBudget, d.Id);
        Assert.True(allocated < 50_000_000, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Deep_nesting_is_refused_without_exhausting_the_stack()
    {
        foreach (var text in new[] { "a: " + new string('[', 100_000), "a: " + string.Concat(Enumerable.Repeat("{b: ", 10_000)) })
        {
            var result = Load(Encoding.UTF8.GetBytes(text));
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Id is MessageId.TooDeep or MessageId.YamlSyntax or MessageId.YamlUnclosedBracket);
        }
    }

    [Fact]
    public void Deep_block_nesting_reports_too_deep()
    {
        var text = new StringBuilder();
        for (var i = 0; i < 100; i++) text.Append(new string(' ', i * 2)).Append("k:\n");
        var d = Single(Load(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(MessageId.TooDeep, d.Id);
        Assert.Equal(65, d.Location.Line);
    }

    [Fact]
    public void Byte_order_mark_and_windows_line_endings_load_with_the_same_positions()
    {
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Minimal).Replace("\n", "\r\n"));
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(crlf).ToArray();
        Assert.True(Load(withBom).Succeeded);

        var bad = Encoding.UTF8.GetString(withBom).Replace("quy: 3", "quy: 7");
        var d = Single(Load(Encoding.UTF8.GetBytes(bad)));
        Assert.Equal(new SourceLocation("x.yaml", 13, 8), d.Location);
    }

    [Fact]
    public void Utf16_from_windows_notepad_loads()
    {
        var utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(Minimal))).ToArray();
        var result = Load(utf16);
        Assert.True(result.Succeeded);
        Assert.Equal("Đảng ủy xã Ô Diên", result.Data!.Issuer.Name);
    }

    [Fact]
    public void Decomposed_text_is_normalised_to_nfc()
    {
        var nfd = Encoding.UTF8.GetString(Minimal).Normalize(NormalizationForm.FormD);
        var result = Load(Encoding.UTF8.GetBytes(nfd));
        Assert.True(result.Succeeded);
        var name = result.Data!.Issuer.Name;
        Assert.True(name.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Đảng ủy xã Ô Diên", name);
    }

    [Fact]
    public void Mangled_files_never_throw()
    {
        // Seeded mutations of a real fixture: deletions, insertions of YAML's special characters, swaps.
        var source = File.ReadAllBytes(Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml"));
        var random = new Random(7);
        var specials = "-:[]{}&*!|>'\"%@`#,?\t\n \\\u00a0"u8.ToArray();
        for (var run = 0; run < 300; run++)
        {
            var bytes = source.ToList();
            for (var edit = random.Next(1, 6); edit > 0; edit--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes.RemoveAt(at); break;
                    case 1: bytes.Insert(at, specials[random.Next(specials.Length)]); break;
                    default: bytes[at] = (byte)random.Next(256); break;
                }
            }
            var result = Load(bytes.ToArray());
            Assert.Equal(result.Succeeded, result.Diagnostics.All(d => !d.IsError));
            Assert.All(result.Diagnostics, d => Assert.NotEqual("", d.Message(Language.Vietnamese)));
        }
    }
}
