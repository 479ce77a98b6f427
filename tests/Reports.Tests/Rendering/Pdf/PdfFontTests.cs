using Reports.Document;
using Reports.Rendering.Pdf;
using Reports.Rendering.Pdf.Fonts;
using Xunit;
using static Reports.Tests.Rendering.Pdf.PdfTestSupport;

namespace Reports.Tests.Rendering.Pdf;

/// <summary>
/// Finding the font. Every test builds its own folders from the bundled Liberation Serif (copied under the
/// file names other families use), so none depends on the fonts installed on the machine.
/// </summary>
public sealed class PdfFontTests
{
    private static readonly string[] Styles = ["Regular", "Bold", "Italic", "BoldItalic"];

    /// <summary>Copies the bundled faces into <paramref name="folder"/> under the given names (regular, bold, italic, bold italic).</summary>
    private static void CopyAs(string folder, params string[] names)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < names.Length; i++)
            File.Copy(Path.Combine(BundledFonts, $"LiberationSerif-{Styles[i]}.ttf"), Path.Combine(folder, names[i]));
    }

    private static PdfRendererOptions Isolated(string? folder, string bundled) => new()
    {
        FontFolder = folder, UseEnvironmentFontFolder = false, UseSystemFonts = false, BundledFontFolder = bundled,
    };

    [Fact]
    public void The_bundled_liberation_serif_is_copied_beside_the_program_with_its_licence()
    {
        foreach (var style in Styles) Assert.True(File.Exists(Path.Combine(BundledFonts, $"LiberationSerif-{style}.ttf")), style);
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", File.ReadAllText(Path.Combine(BundledFonts, "LICENSE")));
        Assert.Equal(Path.GetFullPath(BundledFonts), Path.GetFullPath(FontLocator.DefaultBundledFolder()));
    }

    [Fact]
    public void The_configured_folder_comes_first()
    {
        var fonts = Renderer.Fonts;
        Assert.Equal("Liberation Serif", fonts.FamilyName);
        Assert.Equal(FontSource.ConfiguredFolder, fonts.Source);
        Assert.Empty(fonts.Warnings);
        Assert.Equal(4, fonts.Files.Count);
        Assert.All(fonts.Files, f => Assert.StartsWith(BundledFonts, f, StringComparison.Ordinal));
        Assert.Contains("Liberation Serif", fonts.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Times_new_roman_is_preferred_to_its_clones_in_the_same_folder()
    {
        using var temp = new TempFolder();
        CopyAs(temp.Path, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf");
        CopyAs(temp.File("windows"), "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf");
        var fonts = new PdfRenderer(Isolated(temp.Path, temp.File("none"))).Fonts;
        Assert.Equal(["times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"], fonts.Files.Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_without_a_usable_font_is_reported_and_the_bundled_font_is_used()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("times.ttf"), "not a font");
        var fonts = new PdfRenderer(Isolated(temp.Path, BundledFonts)).Fonts;
        Assert.Equal(FontSource.Bundled, fonts.Source);
        Assert.Equal("Liberation Serif", fonts.FamilyName);
        Assert.Contains(fonts.Warnings, w => w.Contains(temp.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Dejavu_serif_is_used_only_with_a_warning()
    {
        using var temp = new TempFolder();
        CopyAs(temp.Path, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf");
        var fonts = new PdfRenderer(Isolated(temp.Path, temp.File("none"))).Fonts;
        Assert.EndsWith("DejaVuSerif.ttf", fonts.Files[0], StringComparison.Ordinal);
        var warning = Assert.Single(fonts.Warnings);
        Assert.Contains("DejaVu Serif", warning, StringComparison.Ordinal);
        Assert.Contains("fonts-liberation2", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_font_reaches_the_user_as_renderer_notes_through_the_interface_with_a_warning_for_a_fallback()
    {
        IDocumentRenderer configured = Renderer;
        var note = Assert.Single(configured.Notes);
        Assert.Equal((PdfRenderer.FontNote, false), (note.Code, note.IsWarning));
        Assert.Equal(["Liberation Serif", "configured", Renderer.Fonts.Folder], note.Arguments);

        using var temp = new TempFolder();
        CopyAs(temp.Path, "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf");
        var pdf = new PdfRenderer(Isolated(temp.Path, temp.File("none")));
        IDocumentRenderer fallback = pdf;
        Assert.Equal([(PdfRenderer.FontNote, false), (PdfRenderer.FontFallbackNote, true)], fallback.Notes.Select(n => (n.Code, n.IsWarning)));
        // (These test faces are Liberation Serif copied under DejaVu's file names: the family is whatever the file says.)
        Assert.Equal([pdf.Fonts.FamilyName], fallback.Notes[1].Arguments);
    }

    [Fact]
    public void An_incomplete_family_is_skipped()
    {
        using var temp = new TempFolder();
        CopyAs(temp.Path, "times.ttf", "timesbd.ttf");
        var fonts = new PdfRenderer(Isolated(temp.Path, BundledFonts)).Fonts;
        Assert.Equal(FontSource.Bundled, fonts.Source);
    }

    [Fact]
    public void No_font_anywhere_says_what_to_install()
    {
        using var temp = new TempFolder();
        var renderer = new PdfRenderer(Isolated(temp.Path, temp.File("none")));
        var error = Assert.Throws<FontNotFoundException>(() => renderer.Render(SampleDocuments.PartyReport));
        Assert.Contains("fonts-liberation2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Times New Roman", error.Message, StringComparison.Ordinal);
        Assert.Contains(PdfRendererOptions.FontFolderVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_environment_variable_names_a_folder_searched_before_the_system()
    {
        using var temp = new TempFolder();
        CopyAs(temp.Path, "Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf");
        // The variable is read through the options, so the process's environment, shared by tests running in
        // parallel, is never changed.
        var options = new PdfRendererOptions
        {
            UseSystemFonts = false,
            BundledFontFolder = temp.File("none"),
            ReadEnvironment = name => name == PdfRendererOptions.FontFolderVariable ? temp.Path : null,
        };
        var fonts = new PdfRenderer(options).Fonts;
        Assert.Equal(FontSource.EnvironmentFolder, fonts.Source);
        Assert.EndsWith("Tinos-Regular.ttf", fonts.Files[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_found_by_another_renderer_draws_the_same_pdf()
    {
        using var temp = new TempFolder();
        CopyAs(temp.Path, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf");
        var other = new PdfRenderer(Isolated(temp.Path, temp.File("none")));
        Assert.NotEqual(Renderer.Fonts.FamilyKey, other.Fonts.FamilyKey);
        Assert.Equal(Renderer.Render(SampleDocuments.StateReport), other.Render(SampleDocuments.StateReport));
    }
}
