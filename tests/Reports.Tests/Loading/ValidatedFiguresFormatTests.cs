using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Reports.Core;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>
/// What validate accepts, build can word: for figures whose numbers range over every magnitude a decimal holds,
/// the file loads exactly when they lie within <see cref="FigureLimits"/>, and every figure that loads is written
/// without an exception.
/// </summary>
public sealed class ValidatedFiguresFormatTests
{
    private static readonly string[] Units = ["tỷ đồng", "triệu đồng", "đồng", "%", "vụ", "hộ", "ha"];

    /// <summary>Positive decimals from 10^-28 to decimal.MaxValue, dense at the limits and at the extremes.</summary>
    private static readonly Gen<decimal> AnyMagnitude =
        Gen.OneOf(
            from mantissa in Gen.Choose(1, 999_999)
            from exponent in Gen.Choose(-28, 28)
            select Scale(mantissa, exponent),
            Gen.Elements(decimal.MaxValue, 0.0000000000000000000000000001m, FigureLimits.MaxMagnitude,
                FigureLimits.MaxMagnitude + 1m, FigureLimits.MinNonZeroMagnitude, FigureLimits.MinNonZeroMagnitude / 10m, 0m));

    private sealed record Case(decimal Value, decimal? SamePeriod, decimal? Previous, decimal? Whole, decimal? Plan,
        string Unit, bool LowerIsBetter, bool Estimated, bool Share);

    private static readonly Gen<decimal?> Optional = Gen.OneOf(Gen.Constant<decimal?>(null), AnyMagnitude.Select(d => (decimal?)d));

    private static readonly Arbitrary<Case> Cases =
        (from value in AnyMagnitude
         from same in Optional
         from previous in Optional
         from whole in Optional
         from plan in Optional
         from unit in Gen.Elements(Units)
         from flags in Gen.Choose(0, 7)
         select new Case(value, same, previous, whole, plan is 0m ? null : plan, unit, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0))
        .ToArbitrary();

    [Fact]
    public void Every_figure_validate_accepts_can_be_written() =>
        Prop.ForAll(Cases, c =>
            {
                var result = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(File(c)));
                var numbers = new[] { c.Value, c.SamePeriod, c.Previous, c.Whole, c.Plan }.OfType<decimal>();
                var wholeFits = c.Whole is not { } whole || (whole != 0m && c.Value <= whole);
                Assert.True(result.Succeeded == (numbers.All(FigureLimits.IsWithin) && wholeFits),
                    string.Join("; ", result.Diagnostics.Select(d => d.Id)) + " for " + c);
                if (!numbers.All(FigureLimits.IsWithin))
                    Assert.Contains(result.Diagnostics, d => d.Id is MessageId.FigureTooLarge or MessageId.FigureTooSmall);
                if (!result.Succeeded) return;

                var facts = result.Data!.Results[0].Figures[0].Facts;
                Assert.NotEmpty(FigureClause.Write(facts));
                _ = FigureClause.SamePeriodText(facts);
            })
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));

    private static decimal Scale(int mantissa, int exponent)
    {
        decimal value = mantissa;
        try
        {
            for (var i = 0; i < Math.Abs(exponent); i++) value = exponent > 0 ? value * 10m : value / 10m;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
        return value;
    }

    // Written the Vietnamese way without thousands separators. "936,607" could be a thousands group, so a
    // fraction of exactly three digits gets a fourth, zero, which makes it a decimal comma without changing the value.
    private static string Number(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma >= 0 && text.Length - comma - 1 == 3 ? text + "0" : text;
    }

    private static string File(Case c)
    {
        var figure = new StringBuilder()
            .AppendLine("      - ten: Chỉ tiêu thử")
            .AppendLine($"        don_vi: \"{c.Unit}\"")
            .AppendLine($"        thuc_hien: {Number(c.Value)}");
        if (c.SamePeriod is { } same) figure.AppendLine($"        cung_ky: {Number(same)}");
        if (c.Previous is { } previous) figure.AppendLine($"        ky_truoc: {Number(previous)}");
        if (c.Whole is { } whole) figure.AppendLine($"        tong_so: {Number(whole)}");
        if (c.Plan is { } plan) figure.AppendLine($"        ke_hoach:\n          - nhan: kế hoạch năm\n            gia_tri: {Number(plan)}");
        if (c.LowerIsBetter) figure.AppendLine("        chieu_tot: giam");
        if (c.Estimated) figure.AppendLine("        uoc_tinh: true");
        if (c.Share) figure.AppendLine("        cach_ghi_tong: ty_trong");

        var minimal = System.IO.File.ReadAllText(TestPaths.Minimal);
        var start = minimal.IndexOf("    chi_tieu:", StringComparison.Ordinal);
        var end = minimal.IndexOf("nhiem_vu:", StringComparison.Ordinal);
        return minimal[..start] + "    chi_tieu:\n" + figure + minimal[end..];
    }
}
