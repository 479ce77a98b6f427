using Reports.Compose.Layout;
using Reports.Core;
using Reports.Core.Layout;
using Reports.Core.Model;
using Reports.Core.Schema;
using Xunit;

namespace Reports.Tests.Schema;

/// <summary>The one table of layout rules feeds validation, the schema and the defaults alike.</summary>
public sealed class OfficialLayoutTests
{
    private static readonly LayoutOverrides None = new(null, null, null, null, null, null, null, null);

    [Theory]
    [InlineData(Regime.Party)]
    [InlineData(Regime.State)]
    public void Every_default_is_inside_its_range(Regime regime)
    {
        var rules = OfficialLayout.For(regime);
        foreach (var range in new[]
        {
            rules.BodyFontSize, rules.LineSpacing, rules.ParagraphSpacingPt, rules.FirstLineIndentCm,
            rules.MarginTopMm, rules.MarginBottomMm, rules.MarginLeftMm, rules.MarginRightMm,
        })
        {
            Assert.True(range.Contains(range.Default), $"{range.Default} outside {range.Min}-{range.Max}");
        }
    }

    [Fact]
    public void Body_font_sizes_are_those_of_HD_36_and_ND_30()
    {
        Assert.Equal((14m, 15m), (OfficialLayout.Party.BodyFontSize.Min, OfficialLayout.Party.BodyFontSize.Max));
        Assert.Equal((13m, 14m), (OfficialLayout.State.BodyFontSize.Min, OfficialLayout.State.BodyFontSize.Max));
    }

    [Fact]
    public void The_schema_reads_its_ranges_from_the_table()
    {
        var layout = Assert.IsType<GroupShape>(Field(DataFileShape.Root, "trinh_bay"));
        var size = Assert.IsType<IntegerShape>(Field(layout, "co_chu"));
        Assert.Equal((13L, 15L), (size.Min, size.Max));
        var margins = Assert.IsType<GroupShape>(Field(layout, "le"));
        var left = Assert.IsType<NumberShape>(Field(margins, "trai"));
        Assert.Equal((OfficialLayout.AnyRegime.MarginLeftMm.Min, OfficialLayout.AnyRegime.MarginLeftMm.Max), (left.Min, left.Max!.Value));
    }

    [Theory]
    [InlineData(Regime.Party)]
    [InlineData(Regime.State)]
    public void Presentation_takes_the_tables_defaults(Regime regime)
    {
        var rules = OfficialLayout.For(regime);
        var p = PresentationDefaults.For(regime, None);
        Assert.Equal((double)rules.BodyFontSize.Default, p.Styles.Body.SizePt);
        Assert.Equal((double)rules.MarginLeftMm.Default, p.MarginLeftMm);
        Assert.Equal(rules.Types.NationalTitle.SizePt, p.Styles.NationalTitle.SizePt);
        Assert.Equal(15, PresentationDefaults.For(regime, None with { BodyFontSize = 15 }).Styles.Body.SizePt);
    }

    private static Shape Field(GroupShape group, string key) => group.Fields.Single(f => f.Key == key).Shape;
}
