using F = Reports.Core.Schema.DataFields;
using Reports.Core.Formatting;
using Reports.Core.Model;

namespace Reports.Samples;

/// <summary>The unit a sample report comes from, with the words its sentences need.</summary>
internal sealed class SampleUnit
{
    public required bool Party { get; init; }

    /// <summary>The data file's key: tinh, huyen, xa, phuong, dac_khu.</summary>
    public required string LevelKey { get; init; }

    /// <summary>"tỉnh", "huyện", "xã", "phường", "đặc khu".</summary>
    public required string LevelWord { get; init; }

    public required string Place { get; init; }

    public required string Province { get; init; }

    /// <summary>The district above a commune before July 2025; null otherwise.</summary>
    public string? District { get; init; }

    /// <summary>"Huyện ủy", "Đảng ủy xã", "Tỉnh ủy": how the Party committee is named in a sentence.</summary>
    public required string PartyCommittee { get; init; }

    /// <summary>Words for the units below: "xã, thị trấn", "thôn, tổ dân phố".</summary>
    public required string SubUnits { get; init; }

    /// <summary>One unit below, as counted in figures: "xã", "thôn".</summary>
    public required string SubUnit { get; init; }

    public required int SubUnitCount { get; init; }

    /// <summary>"huyện Tân Phú".</summary>
    public string Name => $"{LevelWord} {Place}";

    /// <summary>"Ủy ban nhân dân huyện".</summary>
    public string People => $"Ủy ban nhân dân {LevelWord}";

    /// <summary>Who leads in a sentence of this regime: "Ban Thường vụ Huyện ủy" or "Ủy ban nhân dân huyện".</summary>
    public string Leader => Party ? $"Ban Thường vụ {PartyCommittee}" : People;
}

/// <summary>What a sentence pattern may draw on: the unit, the period, and random numbers, months and places.</summary>
internal sealed class SampleContext(SampleRandom random, SampleUnit unit, int year, int quarter, PeriodStyle style)
{
    private readonly HashSet<string> _places = [unit.Place];
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    public SampleRandom R { get; } = random;

    public SampleUnit U { get; } = unit;

    public int Year { get; } = year;

    public int Quarter { get; } = quarter;

    public PeriodStyle Style { get; } = style;

    public ReportingPeriod Period => new(Year, Quarter);

    /// <summary>"quý I năm 2024" or "6 tháng đầu năm 2024".</summary>
    public string PeriodName => Period.Name(Style);

    /// <summary>"quý II năm 2024", "6 tháng cuối năm 2024"...</summary>
    public string NextName => Period.NextName(Style);

    /// <summary>"I", "II", "III", "IV".</summary>
    public string QuarterRoman => RomanNumeral.Format(Quarter);

    /// <summary>An integer written the Vietnamese way: "1.250".</summary>
    public string N(int min, int max) => VietnameseNumber.Format(R.Between(min, max));

    /// <summary>A percentage: "93,7%".</summary>
    public string Pct(decimal min, decimal max) => Percent.Format(R.Decimal(min, max, 1));

    /// <summary>A decimal amount: "46,5".</summary>
    public string Amount(decimal min, decimal max, int decimals = 1) => VietnameseNumber.Format(R.Decimal(min, max, decimals), decimals);

    /// <summary>A month of the period, as text: "tháng 2/2024".</summary>
    public string Month() => $"tháng {MonthNumber()}/{Year}";

    public int MonthNumber() => (Quarter - 1) * 3 + R.Between(1, 3);

    /// <summary>A day of the period: "ngày 15/3/2024".</summary>
    public string Day()
    {
        var month = MonthNumber();
        return $"ngày {R.Between(1, 28)}/{month}/{Year}";
    }

    /// <summary>A unit below, named: "xã Phú Lợi", "thôn Đông Hòa".</summary>
    public string SubPlace() => $"{U.SubUnit} {Words.Place(R, _places)}";

    /// <summary>A new place name, not used yet in this file.</summary>
    public string NewPlace() => Words.Place(R, _places);

    public string Person() => Words.Person(R);

    /// <summary>A figure code made from its name, not used yet in this file ("so_vu_tai_nan_giao_thong_2" if needed).</summary>
    public string NewCode(string name)
    {
        var stem = FigureCode.Suggest(name) ?? "so_lieu";
        if (stem.Length > FigureCode.MaxLength - 4) stem = stem[..(FigureCode.MaxLength - 4)].TrimEnd('_');
        var code = stem;
        for (var n = 2; !_codes.Add(code); n++) code = $"{stem}_{n}";
        return code;
    }

    public Fig Count(string name, string unit, int min, int max) => new(this, name, unit, R.Between(min, max), 0);

    public Fig Amount(string name, string unit, decimal min, decimal max, int decimals) =>
        new(this, name, unit, R.Decimal(min, max, decimals), decimals);
}

/// <summary>One figure (chỉ tiêu) being made: value, plans, same period last year, whole.</summary>
internal sealed class Fig(SampleContext c, string name, string unit, decimal value, int decimals)
{
    public string Name { get; } = name;
    public string Unit { get; } = unit;
    public decimal Value { get; } = value;
    public List<(string Label, decimal Value)> Plans { get; } = [];
    public decimal? SamePeriod { get; private set; }
    public decimal? Whole { get; private set; }
    public string? Verb { get; private set; }
    public string? Note { get; private set; }
    public string? Code { get; private set; }
    public bool IsLowerBetter { get; private set; }
    public bool Estimated { get; private set; }
    public decimal? Previous { get; private set; }

    /// <summary>Less is better (violations, accidents): "giảm 7 vụ (18,4%) so với cùng kỳ".</summary>
    public Fig LowerIsBetter()
    {
        IsLowerBetter = true;
        return this;
    }

    /// <summary>Gives the figure a code, unique in the file, so a statement can place it.</summary>
    public Fig WithCode()
    {
        Code = c.NewCode(Name);
        return this;
    }

    public Fig MaybeEstimated(double chance) => c.R.Chance(chance) ? Set(() => Estimated = true) : this;

    /// <summary>The previous quarter's value, near this one.</summary>
    public Fig MaybePrevious(double chance) =>
        c.R.Chance(chance) ? Set(() => Previous = Math.Round(Value * c.R.Decimal(0.8m, 1.1m, 3), decimals)) : this;

    private Fig Set(Action change)
    {
        change();
        return this;
    }

    /// <summary>A plan the value reaches <paramref name="minShare"/>..<paramref name="maxShare"/> of.</summary>
    public Fig Plan(string label, decimal minShare = 0.2m, decimal maxShare = 1.1m)
    {
        var share = c.R.Decimal(minShare, maxShare, 3);
        var plan = Math.Round(Value / (share <= 0 ? 1 : share), decimals);
        Plans.Add((label, plan > 0 ? plan : 1));
        return this;
    }

    public Fig MaybePlan(string label, double chance = 0.6, decimal minShare = 0.2m, decimal maxShare = 1.1m) =>
        c.R.Chance(chance) ? Plan(label, minShare, maxShare) : this;

    /// <summary>Last year's value, between the given ratios of this year's.</summary>
    public Fig Same(decimal minRatio = 0.75m, decimal maxRatio = 1.3m)
    {
        SamePeriod = Math.Round(Value * c.R.Decimal(minRatio, maxRatio, 3), decimals);
        return this;
    }

    public Fig MaybeSame(double chance = 0.6) => c.R.Chance(chance) ? Same() : this;

    /// <summary>"4/21 xã": the value counted out of <paramref name="whole"/> (raised to the value when below it).</summary>
    public Fig OutOf(decimal whole)
    {
        Whole = Math.Max(whole, Math.Max(Value, 1));
        return this;
    }

    public Fig MaybeOutOf(decimal whole, double chance = 0.5) => c.R.Chance(chance) ? OutOf(whole) : this;

    public Fig WithVerb(string verb)
    {
        Verb = verb;
        return this;
    }

    public Fig WithNote(string note)
    {
        Note = note;
        return this;
    }

    public YMap ToYaml()
    {
        var map = new YMap().Add(F.Figure.Name, Name);
        if (Code is not null) map.Add(F.Figure.Code, Code);
        if (Verb is not null) map.Add(F.Figure.Verb, Verb);
        map.Add(F.Figure.Unit, Unit).Add(F.Figure.Value, YScalar.Number(Value));
        if (Estimated) map.Add(F.Figure.Estimated, YScalar.Boolean(true));
        if (Plans.Count > 0)
        {
            map.Add(F.Figure.Plans, new YList(Plans.Select(p => (YNode)new YMap().Add(F.Plan.Label, p.Label).Add(F.Plan.Value, YScalar.Number(p.Value)))));
        }
        if (SamePeriod is { } same) map.Add(F.Figure.SamePeriod, YScalar.Number(same));
        if (Previous is { } previous) map.Add(F.Figure.Previous, YScalar.Number(previous));
        if (Whole is { } whole) map.Add(F.Figure.Whole, YScalar.Number(whole));
        // A small part of a large whole reads as a share: "51 hộ, chiếm 0,09% tổng số hộ".
        if (Whole is { } w && Value * 20 < w) map.Add(F.Figure.WholeStyle, WholeStyle.Share);
        if (IsLowerBetter) map.Add(F.Figure.Direction, Direction.LowerIsBetter);
        if (Note is not null) map.Add(F.Figure.Note, Note);
        return map;
    }
}
