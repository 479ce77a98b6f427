using Scriban.Parsing;

namespace Reports.Compose.Templating;

/// <summary>
/// Scriban reports a missing "end" where the text runs out; the user needs the block they left open.
/// This pairs statement-opening words with "end" over Scriban's own tokens and returns the innermost
/// block left open, or null (then Scriban's place stands).
/// </summary>
internal static class UnclosedBlock
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "if", "for", "while", "with", "func", "capture", "case", "tablerow", "wrap",
    };

    public static TextPosition? Find(string text, string path)
    {
        var opens = new Stack<TextPosition>();
        var atStatementStart = false;
        foreach (var token in new Lexer(text, path))
        {
            if (token.Type is TokenType.CodeEnter or TokenType.NewLine or TokenType.SemiColon)
            {
                atStatementStart = true;
                continue;
            }
            // Only the first word of a statement opens or closes a block: the "if" of "else if" does not.
            if (atStatementStart && token.Type == TokenType.Identifier)
            {
                var word = text.Substring(token.Start.Offset, token.End.Offset - token.Start.Offset + 1);
                if (word == "end") opens.TryPop(out _);
                else if (Openers.Contains(word)) opens.Push(token.Start);
            }
            atStatementStart = false;
        }
        return opens.Count > 0 ? opens.Peek() : null;
    }
}
