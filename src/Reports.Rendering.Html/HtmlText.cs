using System.Globalization;
using System.Text;

namespace Reports.Rendering.Html;

/// <summary>Escaping and number formatting shared by the page and the fragment.</summary>
internal static class HtmlText
{
    /// <summary>
    /// Escapes text for element content, and with <paramref name="attribute"/> for a double-quoted attribute
    /// value. Only the characters HTML gives a meaning there are replaced (&amp; &lt; &gt;, and " in
    /// attributes); Vietnamese letters and quotes in text stay literal (the page is UTF-8).
    /// </summary>
    public static void Escape(StringBuilder sb, string text, bool attribute = false)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"' when attribute: sb.Append("&quot;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    public static string Escape(string text, bool attribute = false)
    {
        var sb = new StringBuilder(text.Length + 16);
        Escape(sb, text, attribute);
        return sb.ToString();
    }

    /// <summary>Escapes text, turning each line break inside it ("\n", "\r\n", "\r") into &lt;br&gt;.</summary>
    public static void EscapeLines(StringBuilder sb, string text)
    {
        var lines = SplitLines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) sb.Append("<br>");
            Escape(sb, lines[i]);
        }
    }

    public static string[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    /// <summary>A CSS number: invariant, no exponent, at most three decimals, no trailing zeros.</summary>
    public static string Num(double value) =>
        double.IsFinite(value) ? Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture) : "0";
}
