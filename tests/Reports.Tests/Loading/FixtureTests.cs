using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>The shipped samples load cleanly and mean what they say.</summary>
public sealed class FixtureTests
{
    private static ReportData Load(string name)
    {
        var result = DataFileLoader.LoadFile(Path.Combine(TestPaths.Fixtures, name));
        Assert.Empty(result.Diagnostics);
        return result.Data!;
    }

    [Theory]
    [MemberData(nameof(TestPaths.FixtureNames), MemberType = typeof(TestPaths))]
    public void Loads_without_any_diagnostic_and_names_its_schema(string name)
    {
        var data = Load(name);
        Assert.NotEmpty(data.Results);
        Assert.Equal("# yaml-language-server: $schema=../schema/baocao.schema.json",
            File.ReadLines(Path.Combine(TestPaths.Fixtures, name)).First());
    }

    [Fact]
    public void There_are_at_least_three_fixtures_of_the_kinds_the_issue_asks_for()
    {
        var all = TestPaths.FixtureFiles.Select(f => Load(Path.GetFileName(f))).ToList();
        Assert.Contains(all, d => d.Regime == Regime.Party && d.Issuer.Level == UnitLevel.District && d.Reporting.Period.Quarter == 1);
        Assert.Contains(all, d => d.Regime == Regime.State && d.Reporting.Period.Quarter == 2 && d.Reporting.Style == PeriodStyle.Cumulative);
        Assert.Contains(all, d => d.Regime == Regime.Party && d.Issuer.Level == UnitLevel.Commune && d.Reporting.Period.Year >= 2025);
    }

    [Fact]
    public void District_party_committee_quarter_one()
    {
        var d = Load("huyen-uy-dan-phuong-q1-2024.yaml");
        Assert.Equal("Huyện ủy Đan Phượng", d.Issuer.Name);
        Assert.Equal("huyện Đan Phượng", d.Issuer.UnitName);
        Assert.Equal("Số 45-BC/HU", DocumentNumber.Format(d.Regime, d.Document.Number, d.Issuer.Symbol));
        Assert.Equal("Đan Phượng, ngày 04 tháng 4 năm 2024", VietnameseDate.PlaceAndDate(d.Issuer.PlaceName, d.Document.Date));
        Assert.Equal("quý I năm 2024", d.Reporting.Period.Name(d.Reporting.Style));

        var budget = d.Results.SelectMany(r => r.Figures.Concat(r.Children.SelectMany(c => c.Figures)))
            .First(f => f.Plans.Count == 2 && f.SamePeriod is not null);
        // Each percentage recomputed by hand from the fixture's own values.
        var clause = FigureClause.Write(budget.Facts);
        Assert.StartsWith($"đạt {VietnameseNumber.Format(budget.Value)} {budget.Unit}, đạt ", clause);
        Assert.Contains(Percent.Format(budget.Value / budget.Plans[0].Value * 100) + " " + budget.Plans[0].Label, clause);
        Assert.Contains(Percent.Format(budget.Value / budget.Plans[1].Value * 100) + " " + budget.Plans[1].Label, clause);
        Assert.Contains("so với cùng kỳ", clause);
        Assert.Contains(d.Tasks, t => t.IsBreakthrough);
        Assert.NotNull(d.Meeting);
    }

    [Fact]
    public void Peoples_committee_six_months()
    {
        var d = Load("ubnd-huyen-my-duc-q2-2024.yaml");
        Assert.Equal(Regime.State, d.Regime);
        Assert.Equal("Số: 05/BC-UBND", DocumentNumber.Format(d.Regime, d.Document.Number, d.Issuer.Symbol));
        Assert.Equal("6 tháng đầu năm 2024", d.Reporting.Period.Name(d.Reporting.Style));
        Assert.Equal("6 tháng cuối năm 2024", d.Reporting.Period.NextName(d.Reporting.Style));
        Assert.Equal(SigningAuthority.InPlaceOf, d.Signature.Authority);
        Assert.Equal(MeetingFormat.Mixed, d.Meeting!.Format);
        Assert.Equal(22, d.Meeting.ConnectionPoints);
        Assert.Equal(13, d.Layout.BodyFontSize);
        var complete = d.Results.SelectMany(r => r.Figures.Concat(r.Children.SelectMany(c => c.Figures))).First(f => f.Whole == f.Value);
        Assert.EndsWith("(đạt 100%)", FigureClause.Write(complete.Facts));
    }

    [Fact]
    public void Commune_after_the_2025_reorganisation_has_no_district_level()
    {
        var d = Load("dang-uy-xa-o-dien-q3-2025.yaml");
        Assert.Equal("xã Ô Diên", d.Issuer.UnitName);
        Assert.Null(d.Document.Number);
        Assert.True(d.Document.IsDraft);
        Assert.Equal("9 tháng năm 2025", d.Reporting.Period.Name(d.Reporting.Style));
        Assert.Empty(d.Proposals);
        Assert.DoesNotContain("huyện", File.ReadAllText(Path.Combine(TestPaths.Fixtures, "dang-uy-xa-o-dien-q3-2025.yaml")).ToLowerInvariant());
    }
}
