using Reports.Compose.Layout;
using Reports.Core.Formatting;
using Reports.Core.Model;
using Reports.Document;
using Xunit;

namespace Reports.Tests.Compose;

/// <summary>The indicator table as composed: its columns, headers, caption and resolved page rules.</summary>
public sealed class IndicatorTableTests
{
    private const string DanPhuong = "huyen-uy-dan-phuong-q1-2024.yaml";

    private static Figure Budget(string name, decimal value, params PlanTarget[] plans) =>
        new(name, "tỷ đồng", value, plans, value + 10, null, Figure.DefaultVerb, null);

    /// <summary>The Đan Phượng report with its economy domain's figures replaced.</summary>
    private static (ReportData Data, Table Table) Composed(IReadOnlyList<Figure> figures, ReportingInfo? reporting = null)
    {
        var data = Reports.Tests.Compose.Composed.Data(DanPhuong);
        var at = data.Results.ToList().FindIndex(d => d.ShowFigureTable);
        var results = data.Results.Select((d, i) => i == at ? d with { Figures = figures } : d with { ShowFigureTable = false }).ToList();
        data = data with { Results = results, Reporting = reporting ?? data.Reporting };
        return (data, Reports.Tests.Compose.Composed.Report(data).Body.OfType<Table>().Single());
    }

    private static List<string> Header(Table table) => table.HeaderRows.Single().Cells.Select(c => c.Content.PlainText()).ToList();

    private static List<string> Cells(Table table, int row) => table.Rows[row].Cells.Select(c => c.Content.PlainText()).ToList();

    [Fact]
    public void Two_shared_plan_labels_make_two_named_columns_each_with_its_share()
    {
        var (_, table) = Composed(
        [
            Budget("Thu ngân sách", 212.4m, new("dự toán Thành phố giao", 1056.3m), new("dự toán HĐND huyện giao", 1438.6m)),
            Budget("Chi ngân sách", 150m, new("dự toán Thành phố giao", 600m), new("dự toán HĐND huyện giao", 750m)),
        ]);
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT", "TH quý I/2024", "Dự toán Thành phố giao", "TH/KH (%)", "Dự toán HĐND huyện giao", "TH/KH (%)",
            "Cùng kỳ 2023", "TH/CK (%)"], Header(table));
        Assert.Equal(["1", "Thu ngân sách", "tỷ đồng", "212,4", "1.056,3", "20,1%", "1.438,6", "14,8%", "222,4", "95,5%"], Cells(table, 0));
        Assert.Equal(["2", "Chi ngân sách", "tỷ đồng", "150", "600", "25%", "750", "20%", "160", "93,8%"], Cells(table, 1));
    }

    [Fact]
    public void A_plan_with_a_different_label_names_it_beside_its_value()
    {
        var (_, table) = Composed(
        [
            Budget("Thu ngân sách", 212.4m, new("dự toán Thành phố giao", 1056.3m), new("dự toán HĐND huyện giao", 1438.6m)),
            Budget("Số cuộc kiểm tra", 30m, new PlanTarget("kế hoạch năm", 120m)),
        ]);
        Assert.Equal(["STT", "Chỉ tiêu", "ĐVT", "TH quý I/2024", "Kế hoạch", "TH/KH (%)", "Dự toán HĐND huyện giao", "TH/KH (%)",
            "Cùng kỳ 2023", "TH/CK (%)"], Header(table));
        Assert.Equal("1.056,3 (dự toán Thành phố giao)", Cells(table, 0)[4]);
        Assert.Equal(["120 (kế hoạch năm)", "25%", "-", "-"], Cells(table, 1)[4..8]);
    }

    [Theory]
    [InlineData(1, PeriodStyle.Quarter, "TH quý I/2024", "Cùng kỳ 2023")]
    [InlineData(2, PeriodStyle.Quarter, "TH quý II/2024", "Cùng kỳ 2023")]
    [InlineData(2, PeriodStyle.Cumulative, "TH 6 tháng đầu năm 2024", "Cùng kỳ 2023")]
    [InlineData(3, PeriodStyle.Cumulative, "TH 9 tháng năm 2024", "Cùng kỳ 2023")]
    public void Headers_name_the_period(int quarter, PeriodStyle style, string done, string samePeriod)
    {
        var (_, table) = Composed([Budget("Thu ngân sách", 212.4m)], new ReportingInfo(new ReportingPeriod(2024, quarter), style, null));
        Assert.Equal(done, Header(table)[3]);
        Assert.Equal(samePeriod, Header(table)[^2]);
    }

    [Fact]
    public void Tables_are_numbered_through_the_report_and_carry_their_page_rules()
    {
        var data = Reports.Tests.Compose.Composed.Data(DanPhuong);
        data = data with { Results = data.Results.Select(d => d.Figures.Count > 0 ? d with { ShowFigureTable = true } : d).ToList() };
        var document = Reports.Tests.Compose.Composed.Report(data);
        var tables = document.Body.OfType<Table>().ToList();
        Assert.True(tables.Count >= 2);
        Assert.Equal(Enumerable.Range(1, tables.Count).Select(n => $"Bảng {n}."), tables.Select(t => t.Caption.PlainText().Split(' ')[0] + " " + t.Caption.PlainText().Split(' ')[1]));
        Assert.All(tables, t =>
        {
            Assert.Equal(TableRules.For(document.Presentation), t.Layout);
            Assert.True(t.Layout.KeepTogether);
            Assert.Equal(2, t.Layout.MinRowsAtBreak);
            Assert.True(t.Layout.RepeatHeader);
            Assert.True(t.Layout.SpaceAfterPt > 0);
        });
    }

    [Fact]
    public void Columns_are_wide_enough_that_no_number_wraps_and_fill_the_text_width()
    {
        var document = Reports.Tests.Compose.Composed.Report(DanPhuong);
        var p = document.Presentation;
        var width = (p.PageWidthMm - p.MarginLeftMm - p.MarginRightMm) * 72 / 25.4;
        var table = document.Body.OfType<Table>().Single();
        Assert.Equal(width, table.Columns.Sum(c => c.RelativeWidth), 0);
        var measurer = Reports.Typography.FontMeasurer.Default;
        foreach (var row in table.Rows)
        {
            for (var i = 3; i < table.Columns.Count; i++)
            {
                var number = row.Cells[i].Content.PlainText().Split(' ')[0];
                Assert.True(measurer.LineWidthPt(number, p.Styles.TableText.SizePt, false, false) + 8.5 <= table.Columns[i].RelativeWidth, number);
            }
        }
        Assert.True(p.Styles.TableText.SizePt >= TableRules.SmallestTextSizePt);
    }

    [Fact]
    public void A_plan_with_its_label_beside_it_wraps_in_at_most_four_lines_and_the_name_column_keeps_its_share()
    {
        var document = Reports.Tests.Compose.Composed.Report(DanPhuong);
        var p = document.Presentation;
        var width = (p.PageWidthMm - p.MarginLeftMm - p.MarginRightMm) * 72 / 25.4;
        var table = document.Body.OfType<Table>().Single();
        var measurer = Reports.Typography.FontMeasurer.Default;
        var size = p.Styles.TableText.SizePt;
        var labelled = table.Rows.Select(r => r.Cells[4].Content.PlainText()).Where(t => t.Contains('(')).ToList();
        Assert.NotEmpty(labelled);
        foreach (var cell in labelled)
        {
            // Greedy breaking at spaces in the column's room, as every renderer breaks.
            var room = table.Columns[4].RelativeWidth - 8.5;
            var lines = 1;
            var line = "";
            foreach (var word in cell.Split(' '))
            {
                var tried = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && measurer.LineWidthPt(tried, size, false, false) > room) { lines++; line = word; }
                else line = tried;
            }
            // Ten columns on A4 at 10,5 pt: before plan columns were served first, this took five lines.
            Assert.True(lines <= 4, $"\"{cell}\" takes {lines} lines in {room} pt at {size} pt");
        }
        Assert.True(table.Columns[1].RelativeWidth >= TableRules.NameColumnMinShare * width);
    }
}
