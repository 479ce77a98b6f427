using Reports.Core;
using Reports.Document;
using Reports.Tests.Compose;
using Xunit;

namespace Reports.Tests.Chain;

/// <summary>The chain's other span of a flow (lũy kế or the quarter's own) as a column of the tables that show figures.</summary>
public sealed class ChainColumnsTests
{
    private static IEnumerable<Table> Tables(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch { Table t => [t], Section s => Tables(s.Blocks), _ => [] });

    private static List<string> Texts(IEnumerable<TableRow> rows, int column) =>
        rows.Select(r => r.Cells[column].Content.PlainText().Replace('\u00A0', ' ')).ToList();

    private static (List<string> Header, List<List<string>> Rows) Read(Table table)
    {
        var header = table.HeaderRows.Count > 0 ? table.HeaderRows[^1] : table.Rows[0];
        var width = header.Cells.Count;
        return (Enumerable.Range(0, width).Select(c => Texts([header], c)[0]).ToList(),
            table.Rows.Select(r => Enumerable.Range(0, width).Select(c => Texts([r], c)[0]).ToList()).ToList());
    }

    [Fact]
    public void A_quarter_style_q4_appendix_has_the_whole_year_column_and_a_six_month_report_the_quarter_s_own()
    {
        using var temp = new TempFolder();
        new ChainFile(2024, 1) { Revenue = 100m }.WriteTo(temp, "q1.yaml");
        new ChainFile(2024, 2) { Previous = "q1.yaml", Revenue = 120m }.WriteTo(temp, "q2.yaml");
        new ChainFile(2024, 3) { Previous = "q2.yaml", Revenue = 90m }.WriteTo(temp, "q3.yaml");
        var q4 = new ChainFile(2024, 4) { Previous = "q3.yaml", Revenue = 150m }.WriteTo(temp, "q4.yaml");
        File.AppendAllText(q4, "\nphu_luc: true\n");

        var (header, rows) = Read(Tables(Composed.Report(DataFileLoader.LoadFile(q4).Data!).Appendices).Single());
        var column = header.IndexOf("Lũy kế cả năm");
        Assert.True(column > header.IndexOf("TH quý IV/2024"), string.Join(" | ", header));
        Assert.Contains(rows, r => r[column] == "460");

        var six = Composed.Report("huyen-uy-quoc-oai-q2-2024.yaml");
        foreach (var table in new[] { Tables(six.Body).First(), Tables(six.Appendices).Single() })
        {
            var (h, r) = Read(table);
            var own = h.IndexOf("Riêng quý II");
            Assert.Equal(h.IndexOf("TH 6 tháng đầu năm 2024") + 1, own);
            Assert.Contains(r, row => row[own] == "234,3");
        }
    }
}
