using Reports.Core.Model;

namespace Reports.Compose.Templating;

/// <summary>
/// A figure as one sentence: "Tổng thu ngân sách ... đạt 212,4 tỷ đồng, đạt 20,1% dự toán Thành phố giao,
/// ..., bằng 82,9% so với cùng kỳ; trong đó ...". The report and the article both use this, word for word.
/// </summary>
public static class FigureSentence
{
    public static string Write(Figure figure) => $"{figure.Name.Trim()} {Clause(figure)}.";

    /// <summary>
    /// The sentence without the figure's name and final stop: what a statement's "[code]" becomes. The note
    /// (ghi_chu) stays with the numbers it qualifies ("số liệu 6 tháng đầu năm ..."), wherever they are written.
    /// </summary>
    public static string Clause(Figure figure)
    {
        var clause = Core.Formatting.FigureClause.Write(figure.Facts);
        // The note is followed by the sentence's stop or the statement's own punctuation: it brings none of its own.
        var note = string.IsNullOrWhiteSpace(figure.Note) ? "" : "; " + figure.Note.Trim().TrimEnd('.', ';', ',', ' ');
        return clause + note;
    }
}
