using System.Text;
using Reports.Compose.Templating;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Compose.View;

/// <summary>
/// A statement with each "[code]" replaced by its figure's clause: "Thu ngân sách được chỉ đạo quyết liệt,
/// [thu_ngan_sach]." becomes "Thu ngân sách được chỉ đạo quyết liệt, đạt 187,5 tỷ đồng, đạt 35% dự toán ...".
/// Weaving happens here, in the view, so every template that prints a domain's <c>noi_dung</c> (the
/// built-in ones and a user's copies alike) writes the figures in place, never the brackets. The result
/// is ordinary user text: the template's encoder keeps all of it literal, the clause included.
/// </summary>
public static class WovenStatement
{
    public static string Write(Statement statement, Domain domain)
    {
        var text = new StringBuilder(statement.Text.Length + 64);
        foreach (var segment in statement.Segments)
        {
            switch (segment)
            {
                case LiteralText literal:
                    text.Append(literal.Text);
                    break;
                case FigureReference reference when domain.FigureByCode(reference.Code) is { } figure:
                    var clause = FigureSentence.Clause(figure);
                    text.Append(StartsSentence(text) ? UpperFirst(clause) : clause);
                    break;
                case FigureReference reference:
                    // Validation guarantees the code names a figure of this domain; a model built in code without
                    // validation keeps the bracket as written rather than failing the whole report.
                    text.Append('[').Append(reference.Code).Append(']');
                    break;
            }
        }
        return text.ToString();
    }

    // A clause that opens the statement, or follows a full stop ("... đúng kế hoạch. [thu_ngan_sach], vượt ..."),
    // starts a sentence: its verb ("đạt", "là") takes the capital letter.
    private static bool StartsSentence(StringBuilder before)
    {
        var i = before.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(before[i])) i--;
        return i < 0 || before[i] is '.' or '!' or '?';
    }

    private static string UpperFirst(string text) =>
        text.Length == 0 ? text : VietnameseCulture.ToUpper(text[0]) + text[1..];
}
