using System.Text;

namespace Reports.Rendering.Pdf.Layout;

/// <summary>
/// A paragraph of runs in mixed styles, broken into lines the way a word processor does it: greedy,
/// first fit; lines break at spaces, after a "-" inside a word when a letter follows, and at forced
/// breaks; a word longer than a line breaks after a "/" or, failing that, where it overflows. A no-break
/// run (<see cref="Run.NoBreak"/>) is one word: its spaces do not break, but stretch like any other so a
/// justified line stays even, and it is cut at one of them only when it is longer than a line. Justified
/// lines are stretched at their spaces to the full width, except the last line and lines that end in a
/// forced break. Split across pages with widow and orphan control.
/// </summary>
public sealed class Paragraph : Element
{
    private readonly Run[] _runs;
    private readonly ParagraphStyle _style;
    private readonly RunStyle _defaultStyle;
    private readonly List<Item> _items;

    // Line breaks for the last width asked; a continuation carries its lines and ignores the width.
    private Breaking? _breaking;
    private double _breakingWidth = double.NaN;
    private readonly int _firstLine;
    private readonly bool _isContinuation;

    /// <param name="defaultStyle">The style of an empty paragraph's line; the first run's style when null.</param>
    public Paragraph(IEnumerable<Run> runs, ParagraphStyle style, RunStyle? defaultStyle = null)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(style);
        _runs = runs.Where(r => r.Text.Length > 0).ToArray();
        _style = style;
        _defaultStyle = defaultStyle ?? (_runs.Length > 0 ? _runs[0].Style : throw new ArgumentException("An empty paragraph needs a default style.", nameof(defaultStyle)));
        _items = Tokenize(_runs);
    }

    public Paragraph(string text, RunStyle style, ParagraphStyle paragraphStyle)
        : this([new Run(text, style)], paragraphStyle, style)
    {
    }

    private Paragraph(Paragraph original, Breaking breaking, int firstLine)
    {
        _runs = original._runs;
        _style = original._style;
        _defaultStyle = original._defaultStyle;
        _items = original._items;
        _breaking = breaking;
        _breakingWidth = original._breakingWidth;
        _firstLine = firstLine;
        _isContinuation = true;
    }

    public ParagraphStyle Style => _style;

    public override bool KeepWithNext => _style.KeepWithNext || base.KeepWithNext;

    /// <summary>The plain text of the paragraph, for diagnostics and tests.</summary>
    public string Text => string.Concat(_runs.Select(r => r.Text));

    public override double IntrinsicWidth
    {
        get
        {
            double widest = 0, segment = 0, pendingSpace = 0;
            var first = true;
            var started = false;
            void Close()
            {
                var indent = _style.LeftIndent + _style.RightIndent + (first ? _style.FirstLineIndent : 0);
                widest = Math.Max(widest, segment + indent);
                segment = pendingSpace = 0;
                started = false;
                first = false;
            }
            foreach (var item in _items)
            {
                switch (item.Kind)
                {
                    case ItemKind.Break:
                        Close();
                        break;
                    case ItemKind.Space:
                        if (started) pendingSpace += item.Width;
                        break;
                    default:
                        segment += pendingSpace + item.Width;
                        pendingSpace = 0;
                        started = true;
                        break;
                }
            }
            Close();
            return widest;
        }
    }

    /// <summary>The number of lines the paragraph takes in a width (for tests and measuring).</summary>
    public int LineCount(double width) => BreakingFor(width).Lines.Length - _firstLine;

    public override double FirstBaseline(double width)
    {
        var lines = BreakingFor(width).Lines;
        return (_isContinuation ? 0 : _style.SpaceBefore) + (_firstLine < lines.Length ? lines[_firstLine].Baseline : 0);
    }

    /// <summary>The width of the longest line when the paragraph is set in <paramref name="width"/>, indents excluded.</summary>
    public double WidestLine(double width)
    {
        var lines = BreakingFor(width).Lines;
        double widest = 0;
        for (var i = _firstLine; i < lines.Length; i++) widest = Math.Max(widest, lines[i].Width);
        return widest;
    }

    /// <summary>The height of the whole paragraph in a width, without space before and after.</summary>
    public double ContentHeight(double width)
    {
        var lines = BreakingFor(width).Lines;
        double height = 0;
        for (var i = _firstLine; i < lines.Length; i++) height += lines[i].Height;
        return height;
    }

    public override LayoutResult Layout(LayoutRequest request) => Layout(request, leaveTail: false);

    /// <summary>
    /// The first lines only, leaving at least the widow minimum for the next page, so that the end of a
    /// paragraph kept with the next block can go over with it (Word's "keep with next" on a long paragraph).
    /// </summary>
    public override LayoutResult LayoutLeavingTail(LayoutRequest request) =>
        _style.KeepTogether ? LayoutResult.Nothing : Layout(request, leaveTail: true);

    private LayoutResult Layout(LayoutRequest request, bool leaveTail)
    {
        var breaking = BreakingFor(request.Width);
        var lines = breaking.Lines;
        var count = lines.Length - _firstLine;
        var before = _isContinuation || request.AtPageTop ? 0 : _style.SpaceBefore;
        var min = Math.Max(1, _style.MinLinesAtBreak);

        var height = before;
        var fit = 0;
        var most = leaveTail ? count - min : count;
        while (fit < most && request.Fits(height + lines[_firstLine + fit].Height))
        {
            height += lines[_firstLine + fit].Height;
            fit++;
        }
        if (fit == count)
            return LayoutResult.Complete(height + _style.SpaceAfter, new PlacedLines(this, breaking, _firstLine, count, before));

        if (!request.AtPageTop || leaveTail)
        {
            if (_style.KeepTogether || fit < min) return LayoutResult.Nothing;
            if (count - fit < min) fit = count - min;
            if (fit < min) return LayoutResult.Nothing;
        }
        else
        {
            // Taller than a page: progress is forced, and widows are still avoided where possible.
            if (fit == 0) fit = 1;
            else if (count - fit < min && count - min >= 1) fit = Math.Min(fit, count - min);
        }

        height = before;
        for (var i = 0; i < fit; i++) height += lines[_firstLine + i].Height;
        var rest = new Paragraph(this, breaking, _firstLine + fit);
        return LayoutResult.Partial(height, new PlacedLines(this, breaking, _firstLine, fit, before), rest);
    }

    // ---- Items ------------------------------------------------------------------------------------------

    private enum ItemKind : byte
    {
        Text,
        Space,
        Break,
    }

    /// <summary>A piece of one run: a word fragment (no spaces), a run of spaces, or a forced break.</summary>
    private struct Item
    {
        public ItemKind Kind;
        public int Run;
        public int Start;
        public int Length;
        public double Width;

        /// <summary>A line may break right after this text fragment (it ends in "-" inside a word).</summary>
        public bool BreakAfter;

        /// <summary>
        /// A line may break after this fragment only when the word does not fit on a line of its own (it ends
        /// in "/" inside a word: "QĐ/TW" stays whole as in Word and LibreOffice, a long path breaks at a "/";
        /// or it is a space of a no-break run, which a line narrower than the run must still break).
        /// </summary>
        public bool LastResortBreakAfter;

        /// <summary>A space of a no-break run: not a break, but stretched with the line's spaces when justified.</summary>
        public bool GluedSpace;

        public readonly bool Stretches => Kind == ItemKind.Space || GluedSpace;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static List<Item> Tokenize(Run[] runs)
    {
        var items = new List<Item>(runs.Sum(r => r.Text.Length) / 4 + 4);
        for (var r = 0; r < runs.Length; r++)
        {
            var text = runs[r].Text;
            var style = runs[r].Style;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (c is '\n' or '\r')
                {
                    items.Add(new Item { Kind = ItemKind.Break, Run = r, Start = i, Length = 1 });
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    continue;
                }
                var j = i;
                if (IsSpace(c) && runs[r].NoBreak)
                {
                    // Part of the word, drawn as the space it is.
                    while (j < text.Length && IsSpace(text[j])) j++;
                    items.Add(new Item
                    {
                        Kind = ItemKind.Text, Run = r, Start = i, Length = j - i, Width = (j - i) * style.Measure(" "),
                        LastResortBreakAfter = true, GluedSpace = true,
                    });
                    i = j;
                    continue;
                }
                if (IsSpace(c))
                {
                    while (j < text.Length && IsSpace(text[j])) j++;
                    items.Add(new Item { Kind = ItemKind.Space, Run = r, Start = i, Length = j - i, Width = (j - i) * style.Measure(" ") });
                    i = j;
                    continue;
                }
                bool breakAfter = false, lastResort = false;
                while (j < text.Length && !IsSpace(text[j]) && text[j] is not ('\n' or '\r'))
                {
                    var ch = text[j++];
                    // As Unicode line breaking (UAX #14) has it, and LibreOffice does: "68-NQ" may break after the
                    // "-", but a number after it stays on the line ("2024-2027"); a "/" inside a word is a break
                    // of last resort.
                    if (ch is '-' or '/' && j < text.Length && j >= i + 2 && IsWordChar(text[j - 2]))
                    {
                        if (ch == '-' && char.IsLetter(text[j])) breakAfter = !runs[r].NoBreak;
                        else if (ch == '/' && IsWordChar(text[j])) lastResort = true;
                        if (breakAfter || lastResort) break;
                    }
                }
                items.Add(new Item
                {
                    Kind = ItemKind.Text, Run = r, Start = i, Length = j - i,
                    Width = style.Measure(text.AsSpan(i, j - i)), BreakAfter = breakAfter, LastResortBreakAfter = lastResort,
                });
                i = j;
            }
        }
        return items;
    }

    // ---- Line breaking -----------------------------------------------------------------------------------

    private readonly record struct Line(
        int Start, int End, double Width, double Indent, double Available, bool EndsInBreak, bool IsLast,
        double Height, double Baseline, int SpaceChars);

    /// <summary>Lines for one width, over their own copy of the items (cutting a long word splits an item).</summary>
    private sealed record Breaking(List<Item> Items, Line[] Lines);

    private Breaking BreakingFor(double width)
    {
        if (_breaking is not null && (_isContinuation || _breakingWidth.Equals(width))) return _breaking;
        _breaking = Break(width);
        _breakingWidth = width;
        return _breaking;
    }

    private Breaking Break(double width)
    {
        const double eps = LayoutRequest.Epsilon;
        var lines = new List<Line>();
        var items = new List<Item>(_items);
        var i = 0;
        var first = true;
        while (true)
        {
            while (i < items.Count && items[i].Kind == ItemKind.Space) i++;
            var start = i;
            var end = i;
            var indent = _style.LeftIndent + (first ? _style.FirstLineIndent : 0);
            var available = Math.Max(1, width - indent - _style.RightIndent);
            double lineWidth = 0, pending = 0;
            var endsInBreak = false;

            while (i < items.Count)
            {
                var item = items[i];
                if (item.Kind == ItemKind.Break)
                {
                    endsInBreak = true;
                    i++;
                    break;
                }
                if (item.Kind == ItemKind.Space)
                {
                    pending += item.Width;
                    i++;
                    continue;
                }

                // A word: text fragments up to the next break opportunity.
                var wordEnd = i;
                double wordWidth = 0;
                do
                {
                    wordWidth += items[wordEnd].Width;
                    wordEnd++;
                }
                while (wordEnd < items.Count && !items[wordEnd - 1].BreakAfter && items[wordEnd].Kind == ItemKind.Text);

                if (end == start)
                {
                    if (wordWidth <= available + eps)
                    {
                        lineWidth = wordWidth;
                        pending = 0;
                        end = i = wordEnd;
                        continue;
                    }
                    // Longer than a line: cut it where it overflows; the rest starts the next line.
                    end = i = CutWord(items, i, wordEnd, available, out lineWidth);
                    break;
                }
                if (lineWidth + pending + wordWidth <= available + eps)
                {
                    lineWidth += pending + wordWidth;
                    pending = 0;
                    end = i = wordEnd;
                    continue;
                }
                break;
            }

            var spaces = 0;
            for (var k = start; k < end; k++)
                if (items[k].Stretches) spaces += items[k].Length;
            var (height, baseline) = Metrics(items, start, end);
            lines.Add(new Line(start, end, lineWidth, indent, available, endsInBreak, false, height, baseline, spaces));
            first = false;
            if (i >= items.Count) break;
        }
        lines[^1] = lines[^1] with { IsLast = true };
        return new Breaking(items, lines.ToArray());
    }

    /// <summary>
    /// Splits the word starting at <paramref name="start"/> so that its first part fits the width (at least one
    /// character); returns the index after that part.
    /// </summary>
    private int CutWord(List<Item> items, int start, int wordEnd, double available, out double width)
    {
        width = 0;
        // After the last "/" that fits, if there is one.
        int slash = -1;
        double slashWidth = 0;
        for (var k = start; k < wordEnd; k++)
        {
            var item = items[k];
            if (width + item.Width <= available + LayoutRequest.Epsilon)
            {
                width += item.Width;
                if (item.LastResortBreakAfter) (slash, slashWidth) = (k + 1, width);
                continue;
            }
            if (slash > 0)
            {
                width = slashWidth;
                return slash;
            }
            var run = _runs[item.Run];
            var take = 0;
            double taken = 0;
            while (take < item.Length)
            {
                var step = char.IsHighSurrogate(run.Text[item.Start + take]) && take + 1 < item.Length ? 2 : 1;
                var w = run.Style.Measure(run.Text.AsSpan(item.Start + take, step));
                if (width + taken + w > available + LayoutRequest.Epsilon && (take > 0 || k > start)) break;
                taken += w;
                take += step;
            }
            if (take == 0) return k;
            if (take < item.Length)
            {
                var head = item with { Length = take, Width = taken, BreakAfter = true };
                var tail = item with { Start = item.Start + take, Length = item.Length - take, Width = item.Width - taken };
                items[k] = head;
                items.Insert(k + 1, tail);
            }
            width += taken;
            return k + 1;
        }
        return wordEnd;
    }

    /// <summary>Line height from the tallest style on the line; the baseline with the leading split above and below.</summary>
    private (double Height, double Baseline) Metrics(List<Item> items, int start, int end)
    {
        double ascent = 0, descent = 0, single = 0;
        void Take(RunStyle style)
        {
            ascent = Math.Max(ascent, style.Ascent);
            descent = Math.Max(descent, style.Descent);
            single = Math.Max(single, style.SingleLineHeight);
        }
        for (var k = start; k < end; k++) Take(_runs[items[k].Run].Style);
        if (single == 0) Take(start < items.Count ? _runs[items[start].Run].Style : _defaultStyle);
        var height = _style.LineSpacing.HeightFor(single);
        return (height, (height - (ascent + descent)) / 2 + ascent);
    }

    // ---- Placing -----------------------------------------------------------------------------------------

    private sealed class PlacedLines(Paragraph paragraph, Breaking breaking, int first, int count, double top) : IPlaced
    {
        public void Emit(List<PageItem> page, double x, double y)
        {
            var lineTop = y + top;
            for (var n = 0; n < count; n++)
            {
                var line = breaking.Lines[first + n];
                paragraph.EmitLine(page, breaking.Items, line, x, lineTop);
                lineTop += line.Height;
            }
        }
    }

    private void EmitLine(List<PageItem> page, List<Item> items, Line line, double x, double top)
    {
        var baseline = top + line.Baseline;
        var justify = _style.Alignment == TextAlignment.Justify && !line.IsLast && !line.EndsInBreak && line.SpaceChars > 0;
        var slack = line.Available - line.Width;
        var pen = x + line.Indent + _style.Alignment switch
        {
            TextAlignment.Center => slack / 2,
            TextAlignment.Right => slack,
            _ => 0,
        };
        var extraPerSpace = justify ? slack / line.SpaceChars : 0;

        // A chunk: consecutive characters drawn with one call, across runs of one style (a no-break run is
        // a run of its own, and must not split the text a PDF reader extracts).
        int chunkRun = -1, chunkEnd = 0;
        double chunkX = 0, chunkWidth = 0;
        var chunk = new StringBuilder();
        void Flush()
        {
            if (chunkRun < 0) return;
            var run = _runs[chunkRun];
            page.Add(new TextItem(chunkX, baseline, chunk.ToString(), run.Style, chunkWidth));
            if (run.Style.Underline)
            {
                var face = run.Style.Face;
                var size = run.Style.Size;
                var thickness = face.UnderlineThickness * size / face.UnitsPerEm;
                var offset = face.UnderlinePosition * size / face.UnitsPerEm;
                page.Add(new LineItem(chunkX, baseline + offset, chunkX + chunkWidth, baseline + offset, thickness));
            }
            chunkRun = -1;
        }

        for (var k = line.Start; k < line.End; k++)
        {
            var item = items[k];
            if (item.Kind == ItemKind.Break) continue;
            if (item.Stretches && justify)
            {
                Flush();
                pen += item.Width + extraPerSpace * item.Length;
                continue;
            }
            var continues = chunkRun >= 0 && (chunkRun == item.Run
                ? chunkEnd == item.Start
                : item.Run == chunkRun + 1 && item.Start == 0 && chunkEnd == _runs[chunkRun].Text.Length && _runs[item.Run].Style == _runs[chunkRun].Style);
            if (!continues)
            {
                Flush();
                chunk.Clear();
                (chunkX, chunkWidth) = (pen, 0);
            }
            chunk.Append(_runs[item.Run].Text, item.Start, item.Length);
            (chunkRun, chunkEnd) = (item.Run, item.Start + item.Length);
            chunkWidth += item.Width;
            pen += item.Width;
        }
        Flush();
    }
}
