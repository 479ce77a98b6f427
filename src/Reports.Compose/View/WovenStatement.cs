using System.Globalization;
using System.Text;
using Reports.Compose.Templating;
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
            text.Append(segment switch
            {
                LiteralText literal => literal.Text,
                // Validation guarantees the code names a figure of this domain; a model built in code
                // without validation keeps the bracket as written rather than failing the whole report.
                FigureReference reference => domain.FigureByCode(reference.Code) is { } figure
                    ? FigureSentence.Clause(figure)
                    : "[" + reference.Code + "]",
                _ => "",
            });
        }
        return StartsWithReference(statement) ? UpperFirst(text.ToString()) : text.ToString();
    }

    // A statement that opens on a figure ("[thu_ngan_sach], vượt ...") still starts a sentence: the clause's
    // verb ("đạt", "là") takes the capital letter.
    private static bool StartsWithReference(Statement statement) =>
        statement.Segments.SkipWhile(s => s is LiteralText { Text: var t } && string.IsNullOrWhiteSpace(t)).FirstOrDefault() is FigureReference;

    private static string UpperFirst(string text)
    {
        var at = 0;
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at == text.Length ? text : text[..at] + char.ToUpper(text[at], CultureInfo.GetCultureInfo("vi-VN")) + text[(at + 1)..];
    }
}
