using System.Text;
using Reports.Core;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Model;

/// <summary>The new figure keys reach the model and its facts; a domain knows which figures its statements place.</summary>
public sealed class PlacedFiguresTests
{
    private const string Results = """
        ket_qua:
          - tieu_de: Quốc phòng - an ninh
            noi_dung:
              - Tình hình an ninh chính trị ổn định; phạm pháp hình sự [pham_phap_hinh_su].
              - Theo Kế hoạch [1], tiếp tục tuần tra.
            chi_tieu:
              - ten: Số vụ phạm pháp hình sự
                ma: pham_phap_hinh_su
                don_vi: vụ
                thuc_hien: 31
                cung_ky: 38
                chieu_tot: giam
              - ten: Số hộ nghèo
                ma: ho_ngheo
                don_vi: hộ
                thuc_hien: 51
                tong_so: 56667
                cach_ghi_tong: ty_trong
              - ten: Thu ngân sách
                don_vi: tỷ đồng
                thuc_hien: 187,5
                uoc_tinh: true
                ky_truoc: 173,2
        """;

    internal static ReportData Load(string results)
    {
        var minimal = File.ReadAllText(TestPaths.Minimal);
        var start = minimal.IndexOf("ket_qua:", StringComparison.Ordinal);
        var end = minimal.IndexOf("nhiem_vu:", StringComparison.Ordinal);
        var text = minimal[..start] + results.TrimEnd() + "\n" + minimal[end..];
        var result = DataFileLoader.Load("x.yaml", Encoding.UTF8.GetBytes(text));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => $"{d.Location} {d.Id}")));
        return result.Data!;
    }

    [Fact]
    public void New_keys_are_bound_into_the_figure_and_its_facts()
    {
        var figures = Load(Results).Results[0].Figures;

        Assert.Equal("pham_phap_hinh_su", figures[0].Code);
        Assert.Equal(Direction.LowerIsBetter, figures[0].Facts.Direction);
        Assert.Equal("là 31 vụ, giảm 7 vụ (18,4%) so với cùng kỳ", FigureClause.Write(figures[0].Facts));

        Assert.Equal(WholeStyle.Share, figures[1].Facts.WholeStyle);
        Assert.Contains("chiếm 0,09%", FigureClause.Write(figures[1].Facts), StringComparison.Ordinal);

        var revenue = figures[2].Facts;
        Assert.Null(figures[2].Code);
        Assert.True(revenue.Estimated);
        Assert.Equal(173.2m, revenue.Previous);
        Assert.Equal(Direction.HigherIsBetter, revenue.Direction);
        Assert.Equal(WholeStyle.Fraction, revenue.WholeStyle);
        // minimal.yaml is a 9-month report (quý 3, kiểu lũy kế): its previous period is the 6 months, not a quarter.
        Assert.Equal("ước đạt 187,5 tỷ đồng, tăng 8,3% so với 6 tháng đầu năm", FigureClause.Write(revenue));
    }

    [Fact]
    public void A_domain_names_the_figures_its_statements_place()
    {
        var domain = Load(Results).Results[0];

        Assert.Equal(["pham_phap_hinh_su"], domain.PlacedFigureCodes);
        Assert.Equal(["Số hộ nghèo", "Thu ngân sách"], domain.UnplacedFigures.Select(f => f.Name));
        Assert.Same(domain.Figures[0], domain.FigureByCode("pham_phap_hinh_su"));
        Assert.Null(domain.FigureByCode("khong_co"));

        var first = domain.ParsedStatements[0];
        Assert.Equal(domain.Statements[0], first.Text);
        Assert.IsType<FigureReference>(first.Segments[1]);
        Assert.Empty(domain.ParsedStatements[1].FigureCodes);
    }
}
