using System.Text;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Tests.Cli;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// Issue 15 item 12: control characters in values are refused with their place, and no message ever
/// prints one raw, so a value cannot clear the terminal or forge a green "OK".
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Trick = "\u001b[2J\u001b[H\u001b[32mOK: hợp lệ.\u001b[0m";

    [Theory]
    [InlineData("\t", false)]
    [InlineData("\n", false)]
    [InlineData("\u0000", true)]
    [InlineData("\u0007", true)]
    [InlineData("\r", true)]
    [InlineData("\u001b", true)]
    [InlineData("\u007f", true)]
    [InlineData("\u0085", true)]
    [InlineData("\u009b", true)]
    [InlineData("\u00a0", false)]
    public void Which_characters_a_value_may_hold(string character, bool refused)
    {
        // Written as a YAML escape so every character, tab and line feed included, reaches the value intact.
        var escape = "\\u" + ((int)character[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
        var result = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes($"a: \"x{escape}y\"\n"));
        var found = result.Diagnostics.Where(d => d.Id == MessageId.InvalidCharacter).ToList();
        Assert.Equal(refused ? 1 : 0, found.Count);
        if (refused) Assert.Equal((1, 6), (found[0].Location.Line, found[0].Location.Column));
    }

    [Fact]
    public void The_message_names_the_character_and_never_prints_it()
    {
        var d = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes("a: \"\\e[2J\"\n")).Diagnostics.Single(d => d.Id == MessageId.InvalidCharacter);
        Assert.Contains("U+001B (ESC)", d.Message(Language.Vietnamese));
        Assert.Contains("U+001B (ESC)", d.Message(Language.English));
        Assert.Equal((1, 5), (d.Location.Line, d.Location.Column));
    }

    [Fact]
    public void User_text_echoed_in_a_message_shows_escapes_visibly()
    {
        var d = Diagnostic.Error(MessageId.UnknownKey, new SourceLocation("a\u001b[2J.yaml", 3, 4), "co_quan\u001b", Trick, "x\ny");
        foreach (var language in new[] { Language.Vietnamese, Language.English })
        {
            var text = DiagnosticWriter.Write(d, language);
            Assert.DoesNotContain('\u001b', text);
            Assert.Contains("\\e[2J\\e[H\\e[32mOK: hợp lệ.\\e[0m", text);
            Assert.StartsWith("a\\e[2J.yaml:3:4: ", text, StringComparison.Ordinal);
            Assert.Contains("co_quan\\e: ", text);
        }
    }

    [Theory]
    [InlineData("\u202Eabc", "\\u202Eabc")]
    [InlineData("a\tb\r\n", "a\\tb\\r\\n")]
    [InlineData("😀 𡨸 Việt", "😀 𡨸 Việt")]
    public void Visible_text_escapes_only_what_a_terminal_would_act_on(string input, string shown) =>
        Assert.Equal(shown, VisibleText.Escape(input));

    [Fact]
    public void Half_a_surrogate_pair_is_shown_as_its_code() =>
        Assert.Equal("\\uD800x", VisibleText.Escape("\ud800x"));

    [Fact]
    public void Validate_prints_no_escape_to_the_terminal()
    {
        using var temp = new TempFolder();
        var file = temp.File("a.yaml");
        File.WriteAllText(file, File.ReadAllText(TestPaths.Minimal).Replace("loai_van_ban: dang", "loai_van_ban: \"" + Trick.Replace("\u001b", "\\e") + "\"", StringComparison.Ordinal));
        foreach (var lang in new[] { "vi", "en" })
        {
            var run = CliRunner.Invoke("validate", file, "--lang", lang);
            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain('\u001b', run.Out + run.Error);
            Assert.Contains("U+001B (ESC)", run.Error);
        }
    }
}
