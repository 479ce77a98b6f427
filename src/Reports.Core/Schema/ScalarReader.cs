using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Reports.Core.Diagnostics;
using Reports.Core.Formatting;
using Reports.Core.Loading;

namespace Reports.Core.Schema;

/// <summary>Reads one scalar's raw text as the value its shape asks for, or says why it cannot.</summary>
internal static partial class ScalarReader
{
    public readonly record struct Result(object? Value, MessageId? Error, string[] Args)
    {
        public static Result Ok(object value) => new(value, null, []);
        public static Result Fail(MessageId id, params string[] args) => new(null, id, args);
    }

    public static Result Read(ScalarNode node, Shape shape) => shape switch
    {
        TextShape t => node.Text.Length > t.MaxLength
            ? Result.Fail(MessageId.TextTooLong, Invariant(node.Text.Length), Invariant(t.MaxLength))
            : Result.Ok(node.Text),
        CodeShape => ReadCode(node.Text),
        IntegerShape i => ReadInteger(node.Text, i),
        NumberShape n => ReadNumber(node.Text, n),
        BooleanShape => ReadBoolean(node),
        DateShape => ReadDate(node.Text),
        TimeShape => ReadTime(node.Text),
        DateTimeShape => ReadDateTime(node.Text),
        DateOrTextShape => DateLike().IsMatch(node.Text.Trim()) ? ReadDate(node.Text) : Result.Ok(node.Text),
        ChoiceShape c => ReadChoice(node.Text, c),
        ImageFileShape => ReadImageFile(node),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape.GetType().Name),
    };

    /// <summary>The picture is read here, once, so that validate reports a bad photo at its line and build never reads it again.</summary>
    private static Result ReadImageFile(ScalarNode node)
    {
        if (node.Text.Trim().Length == 0) return Result.Fail(MessageId.PhotoNotFound, node.Text, node.Text);
        var (file, error, args) = Imaging.PhotoFileReader.Read(node.Text, node.Location.File);
        return file is null ? Result.Fail(error, args) : Result.Ok(file);
    }

    private static Result ReadCode(string text)
    {
        // Not trimmed: " thu " is not the code statements write as "[thu]", and the schema's pattern refuses it too.
        if (Model.FigureCode.IsValid(text)) return Result.Ok(text);
        var suggestion = Model.FigureCode.Suggest(text);
        return suggestion is null
            ? Result.Fail(MessageId.BadFigureCode, text, Invariant(Model.FigureCode.MaxLength))
            : Result.Fail(MessageId.BadFigureCodeGuess, text, Invariant(Model.FigureCode.MaxLength), suggestion);
    }

    private static Result ReadInteger(string text, IntegerShape shape)
    {
        var trimmed = text.Trim();
        if (!IntegerText().IsMatch(trimmed) || !long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return Result.Fail(MessageId.NotAnInteger, text, Invariant(Math.Max(shape.Min, 1)));
        return value < shape.Min || value > shape.Max
            ? Result.Fail(MessageId.OutOfRange, Invariant(value), Invariant(shape.Min), Invariant(shape.Max))
            : Result.Ok(value);
    }

    private static Result ReadNumber(string text, NumberShape shape)
    {
        var reading = NumberText.Read(text);
        switch (reading.Kind)
        {
            case NumberReadingKind.Ambiguous:
                return Result.Fail(MessageId.AmbiguousNumber, text,
                    reading.AsThousands.ToString(CultureInfo.InvariantCulture),
                    VietnameseNumber.Format(reading.AsDecimal, 6));
            case NumberReadingKind.Invalid:
                return Result.Fail(MessageId.NotANumber, text);
        }
        var value = reading.Value;
        if (shape.Max is { } max && (value < shape.Min || value > max))
            return Result.Fail(MessageId.OutOfRange, VietnameseNumber.Format(value, 6), VietnameseNumber.Format(shape.Min), VietnameseNumber.Format(max));
        var tooSmall = shape.ExclusiveMin ? value <= shape.Min : value < shape.Min;
        return tooSmall
            ? Result.Fail(shape.ExclusiveMin ? MessageId.NotPositive : MessageId.BelowMinimum, VietnameseNumber.Format(value, 6), VietnameseNumber.Format(shape.Min))
            : Result.Ok(value);
    }

    private static Result ReadBoolean(ScalarNode node)
    {
        // YAML's own spellings only, unquoted: a quoted "true" is text to editors, so it is to us.
        if (!node.IsQuoted)
        {
            switch (node.Text)
            {
                case "true" or "True" or "TRUE": return Result.Ok(true);
                case "false" or "False" or "FALSE": return Result.Ok(false);
            }
        }
        return Result.Fail(MessageId.NotBoolean, node.Text);
    }

    public static Result ReadDate(string text)
    {
        var m = IsoDate().Match(text.Trim());
        if (!m.Success) return Result.Fail(MessageId.NotADate, text);
        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1) return Result.Fail(MessageId.NotADate, text);
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return day > days
            ? Result.Fail(MessageId.ImpossibleDate, text, Invariant(month), Invariant(year), Invariant(days))
            : Result.Ok(new LocalDate(year, month, day));
    }

    private static Result ReadTime(string text)
    {
        var m = TimeText().Match(text.Trim());
        return m.Success
            ? Result.Ok(new LocalTime(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            : Result.Fail(MessageId.NotATime, text);
    }

    private static Result ReadDateTime(string text)
    {
        var m = DateTimeText().Match(text.Trim());
        if (!m.Success) return Result.Fail(MessageId.NotADateTime, text);
        var date = ReadDate(m.Groups[1].Value);
        var time = ReadTime(m.Groups[2].Value);
        if (date.Error is not null) return date;
        if (time.Error is not null) return Result.Fail(MessageId.NotADateTime, text);
        return Result.Ok(((LocalDate)date.Value!).At((LocalTime)time.Value!));
    }

    private static Result ReadChoice(string text, ChoiceShape shape)
    {
        if (shape.Values.Contains(text)) return Result.Ok(text);
        var choices = string.Join(", ", shape.Values);
        var guess = KeySuggester.Suggest(text, shape.Values);
        return guess is null
            ? Result.Fail(MessageId.NotInChoices, text, choices)
            : Result.Fail(MessageId.NotInChoicesGuess, text, choices, guess);
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[+-]?[0-9]+$")]
    private static partial Regex IntegerText();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")]
    private static partial Regex TimeText();

    [GeneratedRegex(@"^([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{1,2}:[0-9]{2})$")]
    private static partial Regex DateTimeText();
}
