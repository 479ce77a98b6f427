using System.Text;
using Reports.Document;

namespace Reports.Compose.Layout;

/// <summary>
/// The article names the usual bodies the way portals do: spelled out once with the short form in brackets,
/// then by the short form ("Hội đồng nhân dân (HĐND) huyện", later "Thường trực HĐND"). A short form the text
/// already used (a figure's "dự toán HĐND huyện giao") counts as introduced, and a long form already followed
/// by its short form in brackets is left as written. Runs over the blocks in reading order; the headline is
/// not touched. Only the article: the official report spells names out, as clerks write it.
/// </summary>
public static class ArticleAbbreviations
{
    /// <summary>Long form and short form, from DOMAIN.md's list of common abbreviations; "Uỷ" is the older spelling.</summary>
    private static readonly (string Long, string Short)[] Forms =
    [
        ("Hội đồng nhân dân", "HĐND"),
        ("Ủy ban nhân dân", "UBND"),
        ("Uỷ ban nhân dân", "UBND"),
        ("Mặt trận Tổ quốc", "MTTQ"),
    ];

    public static IReadOnlyList<Block> Apply(IReadOnlyList<Block> blocks)
    {
        var introduced = new HashSet<string>(StringComparer.Ordinal);
        var rewrite = new InlineRewrite(inlines => inlines.Select(inline => Rewrite(inline, introduced)).ToList());
        // In order, one block after another: what counts as introduced depends on what came before.
        var result = new List<Block>(blocks.Count);
        foreach (var block in blocks) result.Add(block.Accept(rewrite));
        return result;
    }

    /// <summary>Every long form (with or without its bracketed short form) as its short form: text compared whatever was introduced where.</summary>
    public static string ShortForms(string text)
    {
        foreach (var (longForm, shortForm) in Forms)
            text = text.Replace(longForm + " (" + shortForm + ")", shortForm, StringComparison.Ordinal)
                .Replace(longForm, shortForm, StringComparison.OrdinalIgnoreCase);
        return text;
    }

    private static Inline Rewrite(Inline inline, HashSet<string> introduced) => inline switch
    {
        Text text => new Text(Abbreviate(text.Value, introduced)),
        Strong strong => new Strong(strong.Children.Select(c => Rewrite(c, introduced)).ToList()),
        Emphasis emphasis => new Emphasis(emphasis.Children.Select(c => Rewrite(c, introduced)).ToList()),
        NoBreak glued => new NoBreak(glued.Children.Select(c => Rewrite(c, introduced)).ToList()),
        _ => inline,
    };

    /// <summary>Walks the text once, taking at each step the earliest long or short form.</summary>
    internal static string Abbreviate(string text, HashSet<string> introduced)
    {
        var sb = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var (index, form, isLong) = Next(text, at);
            if (index < 0) break;
            sb.Append(text, at, index - at);
            if (!isLong)
            {
                introduced.Add(form.Short);
                sb.Append(form.Short);
                at = index + form.Short.Length;
                continue;
            }
            var end = index + form.Long.Length;
            var bracketed = " (" + form.Short + ")";
            if (text.AsSpan(end).StartsWith(bracketed, StringComparison.Ordinal))
            {
                introduced.Add(form.Short);
                sb.Append(text, index, form.Long.Length + bracketed.Length);
                at = end + bracketed.Length;
            }
            else if (introduced.Add(form.Short))
            {
                sb.Append(text, index, form.Long.Length).Append(bracketed);
                at = end;
            }
            else
            {
                sb.Append(form.Short);
                at = end;
            }
        }
        return at == 0 ? text : sb.Append(text, at, text.Length - at).ToString();
    }

    private static (int Index, (string Long, string Short) Form, bool IsLong) Next(string text, int from)
    {
        var best = (Index: -1, Form: Forms[0], IsLong: false);
        foreach (var form in Forms)
        {
            foreach (var (word, isLong) in new[] { (form.Long, true), (form.Short, false) })
            {
                var index = Find(text, word, from, ignoreCase: isLong);
                if (index >= 0 && (best.Index < 0 || index < best.Index)) best = (index, form, isLong);
            }
        }
        return best;
    }

    /// <summary>A whole-word match: no letter or digit right before or after.</summary>
    private static int Find(string text, string word, int from, bool ignoreCase)
    {
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var index = text.IndexOf(word, from, comparison); index >= 0; index = text.IndexOf(word, index + 1, comparison))
        {
            var end = index + word.Length;
            if ((index == 0 || !char.IsLetterOrDigit(text[index - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                return index;
        }
        return -1;
    }
}
