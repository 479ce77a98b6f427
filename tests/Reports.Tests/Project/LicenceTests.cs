using System.Xml.Linq;
using Xunit;

namespace Reports.Tests.Project;

/// <summary>
/// The project is MIT so that e-office vendors can embed it: its own licence says so, and no dependency
/// may pull an AGPL library back in (PDFsharp 6.5 is AGPL; 6.2.4 is MIT).
/// </summary>
public sealed class LicenceTests
{
    [Fact]
    public void The_project_licence_is_mit_and_the_bundled_font_keeps_its_own()
    {
        var licence = File.ReadAllText(Path.Combine(TestPaths.Root, "LICENSE"));
        Assert.StartsWith("MIT License", licence, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(TestPaths.Root, "fonts", "liberation-serif", "LICENSE")));
    }

    [Theory]
    [InlineData("PDFsharp", "6.2.4")]
    [InlineData("DocumentFormat.OpenXml", "3.3.0")]
    public void Licence_sensitive_packages_are_pinned_to_their_mit_versions(string package, string version)
    {
        var props = XDocument.Load(Path.Combine(TestPaths.Root, "Directory.Packages.props"));
        var pinned = props.Descendants("PackageVersion").Single(e => (string?)e.Attribute("Include") == package);
        Assert.Equal(version, (string?)pinned.Attribute("Version"));
    }
}
