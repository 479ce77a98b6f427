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

    /// <summary>"huyện", "quận", "thị xã" or "thành phố": the kind of <see cref="District"/>.</summary>
    public string DistrictWord { get; init; } = "huyện";

    /// <summary>"Huyện ủy", "Đảng ủy xã", "Tỉnh ủy": how the Party committee is named in a sentence.</summary>
    public required string PartyCommittee { get; init; }

    /// <summary>Words for the units below: "xã, thị trấn", "thôn, tổ dân phố".</summary>
    public required string SubUnits { get; init; }

    /// <summary>One unit below, as counted in figures: "xã", "thôn".</summary>
    public required string SubUnit { get; init; }

    public required int SubUnitCount { get; init; }

    /// <summary>
    /// The report's period is after the reorganisation of 1 July 2025: no district level, merged communes,
    /// a commune People's Committee with its own offices (phòng).
    /// </summary>
    public required bool AfterReform { get; init; }

    /// <summary>
    /// From 2025 the Party's propaganda and mass mobilisation boards are one (Ban Tuyên giáo và Dân vận) and
    /// the provincial and district departments were merged (Tài chính with Kế hoạch, Nông nghiệp with Môi trường).
    /// </summary>
    public required bool Merged { get; init; }

    /// <summary>How much bigger than a district the unit's figures run (a province about 15 times, a commune a fraction).</summary>
    public required decimal Scale { get; init; }

    /// <summary>A commune, ward or special zone: the base level.</summary>
    public bool IsCommune => LevelKey is "xa" or "phuong" or "dac_khu";

    /// <summary>A commune before the reform: no offices (phòng), no Chánh Văn phòng, only civil servants by field.</summary>
    public bool IsSmallCommune => IsCommune && !AfterReform;

    /// <summary>Farming, new rural areas and OCOP belong to rural units, not to a ward.</summary>
    public bool Rural => LevelKey != "phuong";

    /// <summary>"huyện Tân Phú".</summary>
    public string Name => $"{LevelWord} {Place}";

    /// <summary>"Ủy ban nhân dân huyện".</summary>
    public string People => $"Ủy ban nhân dân {LevelWord}";

    /// <summary>Who leads in a sentence of this regime: "Ban Thường vụ Huyện ủy" or "Ủy ban nhân dân huyện".</summary>
    public string Leader => Party ? $"Ban Thường vụ {PartyCommittee}" : People;

    /// <summary>"cán bộ, đảng viên và Nhân dân" in a Party report; a People's Committee speaks of its civil servants.</summary>
    public string Everyone => Party ? "cán bộ, đảng viên và Nhân dân" : "cán bộ, công chức và Nhân dân";

    /// <summary>"lãnh đạo, chỉ đạo" is what a Party committee does; a People's Committee "chỉ đạo, điều hành".</summary>
    public string Steers => Party ? "lãnh đạo, chỉ đạo" : "chỉ đạo, điều hành";

    /// <summary>The Party committee of the district above: "Huyện ủy", "Thị ủy", "Thành ủy".</summary>
    public string DistrictCommittee => DistrictWord switch { "thị xã" => "Thị ủy", "thành phố" => "Thành ủy", "quận" => "Quận ủy", _ => "Huyện ủy" };
}

/// <summary>What a sentence pattern may draw on: the unit, the period, and random numbers, months and places.</summary>
internal sealed class SampleContext
{
    private readonly HashSet<string> _places;
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);

    public SampleContext(SampleRandom random, SampleUnit unit, int year, int quarter, PeriodStyle style, DateOnly documentDate)
    {
        R = random;
        U = unit;
        Year = year;
        Quarter = quarter;
        Style = style;
        DocumentDate = documentDate;
        _places = [unit.Place, unit.Province];
        if (unit.District is not null) _places.Add(unit.District);
        Cast = new Cast(this);
    }

    public SampleRandom R { get; }

    public SampleUnit U { get; }

    public int Year { get; }

    public int Quarter { get; }

    public PeriodStyle Style { get; }

    /// <summary>The report's date: nothing the report tells of happens after it.</summary>
    public DateOnly DocumentDate { get; }

    /// <summary>Who holds which post in this file: one person per post.</summary>
    public Cast Cast { get; }

    public ReportingPeriod Period => new(Year, Quarter);

    /// <summary>"quý I năm 2024" or "6 tháng đầu năm 2024".</summary>
    public string PeriodName => Period.Name(Style);

    /// <summary>"quý II năm 2024", "6 tháng cuối năm 2024"...</summary>
    public string NextName => Period.NextName(Style);

    /// <summary>The year the next period falls in: the year after for a fourth-quarter report.</summary>
    public int NextYear => Quarter == 4 ? Year + 1 : Year;

    /// <summary>The quarter the tasks are for: 1 after a fourth-quarter report.</summary>
    public int NextQuarter => Quarter == 4 ? 1 : Quarter + 1;

    /// <summary>"I", "II", "III", "IV".</summary>
    public string QuarterRoman => RomanNumeral.Format(Quarter);

    /// <summary>The report covers the first quarter (a quarterly report of Q1, or any cumulative report).</summary>
    public bool CoversFirstQuarter => Quarter == 1 || Style == PeriodStyle.Cumulative;

    /// <summary>An integer written the Vietnamese way: "1.250".</summary>
    public string N(int min, int max) => VietnameseNumber.Format(R.Between(min, max));

    /// <summary>Like <see cref="N"/>, for counts that grow with the unit's size (households, files, tonnes).</summary>
    public string NS(int min, int max) => VietnameseNumber.Format(R.Between(S(min), Math.Max(S(min), S(max))));

    /// <summary>A district-sized count scaled to the unit, never below 1.</summary>
    public int S(int districtSized) => (int)Math.Max(1, Math.Round(districtSized * U.Scale));

    /// <summary>A percentage: "93,7%".</summary>
    public string Pct(decimal min, decimal max) => Percent.Format(R.Decimal(min, max, 1));

    /// <summary>A decimal amount: "46,5".</summary>
    public string Amount(decimal min, decimal max, int decimals = 1) => VietnameseNumber.Format(R.Decimal(min, max, decimals), decimals);

    /// <summary>An amount of money that grows with the unit's size: "46,5" (tỷ đồng) for a district.</summary>
    public string AmountS(decimal min, decimal max, int decimals = 1) =>
        VietnameseNumber.Format(Math.Max(R.Decimal(min * U.Scale, max * U.Scale, decimals), 0.1m), decimals);

    /// <summary>A month of the period up to the report's date, as text: "tháng 2/2024".</summary>
    public string Month() => $"tháng {MonthNumber()}/{Year}";

    public int MonthNumber()
    {
        var first = (Quarter - 1) * 3 + 1;
        var last = DocumentDate.Year == Year ? Math.Min(DocumentDate.Month, Quarter * 3) : Quarter * 3;
        return R.Between(first, Math.Max(first, last));
    }

    /// <summary>A day of the period at least three days before the report: "ngày 15/3/2024".</summary>
    public string Day()
    {
        var start = new DateOnly(Year, (Quarter - 1) * 3 + 1, 1);
        var end = DocumentDate.AddDays(-3);
        var lastOfPeriod = new DateOnly(Year, Quarter * 3, 1).AddMonths(1).AddDays(-1);
        if (end > lastOfPeriod) end = lastOfPeriod;
        var day = start.AddDays(R.Next(Math.Max(1, end.DayNumber - start.DayNumber + 1)));
        return $"ngày {day.Day}/{day.Month}/{day.Year}";
    }

    /// <summary>A unit below, named: "xã Phú Lợi", "thôn Đông Hòa".</summary>
    public string SubPlace() => $"{U.SubUnit} {Words.Place(R, _places)}";

    /// <summary>A new place name, not used yet in this file.</summary>
    public string NewPlace() => Words.Place(R, _places);

    /// <summary>A name for someone without a post (a guest's aide, a farmer in a story); never a post holder's name.</summary>
    public string Person() => Cast.NewName();

    /// <summary>A figure code made from its name, not used yet in this file ("so_vu_tai_nan_giao_thong_2" if needed).</summary>
    public string NewCode(string name)
    {
        var stem = FigureCode.Suggest(name) ?? "so_lieu";
        if (stem.Length > FigureCode.MaxLength - 4) stem = stem[..(FigureCode.MaxLength - 4)].TrimEnd('_');
        var code = stem;
        for (var n = 2; !_codes.Add(code); n++) code = $"{stem}_{n}";
        return code;
    }

    /// <summary>A count; district-sized bounds are scaled to the unit unless <paramref name="scaled"/> is false.</summary>
    public Fig Count(string name, string unit, int min, int max, bool scaled = true) =>
        scaled ? new(this, name, unit, R.Between(S(min), Math.Max(S(min), S(max))), 0) : new(this, name, unit, R.Between(min, max), 0);

    public Fig Amount(string name, string unit, decimal min, decimal max, int decimals, bool scaled = true)
    {
        var (low, high) = scaled ? (min * U.Scale, max * U.Scale) : (min, max);
        var value = R.Decimal(low, high, decimals);
        return new(this, name, unit, value > 0 ? value : RandomPositive(decimals), decimals);
    }

    private static decimal RandomPositive(int decimals) => 1m / SampleRandom.Pow10(decimals);

    /// <summary>A part of a whole: the whole district-sized and scaled, the part a share of it, so the rate is believable.</summary>
    public Fig Share(string name, string unit, int wholeMin, int wholeMax, decimal minShare, decimal maxShare)
    {
        var whole = R.Between(S(wholeMin), Math.Max(S(wholeMin), S(wholeMax)));
        var part = (int)Math.Max(1, Math.Round(whole * R.Decimal(minShare, maxShare, 3)));
        return new Fig(this, name, unit, Math.Min(part, whole), 0).OutOf(whole).WithVerb("là");
    }
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
    public bool Highlight { get; private set; }
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

    /// <summary>A figure the article should quote (noi_bat), half the time: the rest of the time the tool picks.</summary>
    public Fig MaybeKey() => c.R.Chance(0.5) ? Set(() => Highlight = true) : this;

    public Fig MaybeEstimated(double chance) => c.R.Chance(chance) ? Set(() => Estimated = true) : this;

    /// <summary>The previous quarter's value, near this one.</summary>
    public Fig MaybePrevious(double chance) =>
        // A cumulative figure (6 or 9 months, a year) is not compared with one quarter.
        (c.Style == PeriodStyle.Quarter || c.Quarter == 1) && c.R.Chance(chance) ? Set(() => Previous = Math.Round(Value * c.R.Decimal(0.8m, 1.1m, 3), decimals)) : this;

    private Fig Set(Action change)
    {
        change();
        return this;
    }

    /// <summary>
    /// A plan the value reaches <paramref name="minShare"/>..<paramref name="maxShare"/> of; without them, a yearly plan
    /// the value reaches in step with the part of the year the report covers (a quarter about a quarter of it,
    /// a 9-month report about three quarters), give or take.
    /// </summary>
    public Fig Plan(string label, decimal? minShare = null, decimal? maxShare = null)
    {
        var covered = (c.Style == PeriodStyle.Cumulative ? c.Quarter : 1) / 4m;
        var share = minShare is { } min && maxShare is { } max
            ? c.R.Decimal(min, max, 3)
            : Math.Round(covered * c.R.Decimal(0.7m, 1.25m, 3), 3);
        var plan = Math.Round(Value / (share <= 0 ? 1 : share), decimals);
        Plans.Add((label, plan > 0 ? plan : 1));
        return this;
    }

    public Fig MaybePlan(string label, double chance = 0.6, decimal? minShare = null, decimal? maxShare = null) =>
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

    /// <summary>
    /// A sentence of the report that states this figure, given the figure's reference mark: the sentence
    /// carries "[ma]" and the tool writes the number itself, so prose and figure can never disagree.
    /// </summary>
    public Func<string, string>? Citation { get; private set; }

    public Fig Cited(Func<string, string> sentence)
    {
        Citation = sentence;
        return this;
    }

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
        if (Highlight) map.Add(F.Figure.Highlight, YScalar.Boolean(true));
        return map;
    }
}
