namespace Reports.Samples;

/// <summary>Names of people and places, made up from common Vietnamese parts; any likeness to a real unit is chance.</summary>
internal static class Words
{
    public static readonly string[] FamilyNames =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Hà", "Cao", "Đoàn"];

    public static readonly string[] MiddleNamesMale = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thanh", "Ngọc", "Trọng", "Mạnh", "Anh", "Tiến", "Duy"];

    public static readonly string[] MiddleNamesFemale = ["Thị", "Thu", "Thanh", "Ngọc", "Minh", "Hồng", "Thúy", "Kim", "Bích", "Phương", "Thị Thu", "Thị Hồng"];

    public static readonly string[] GivenNamesMale =
        ["Hùng", "Dũng", "Cường", "Tuấn", "Thắng", "Hải", "Long", "Nam", "Sơn", "Trung", "Bình", "Khánh", "Hiếu", "Phong", "Thành", "Quân", "Lâm", "Tùng", "Hòa", "Lực", "Toàn", "Kiên", "Đạt", "Vinh"];

    public static readonly string[] GivenNamesFemale =
        ["Lan", "Hương", "Hà", "Mai", "Hạnh", "Nga", "Thảo", "Trang", "Linh", "Yến", "Huyền", "Dung", "Vân", "Loan", "Oanh", "Nhung", "Thủy", "Hằng", "Ngọc", "Phượng"];

    /// <summary>First and second syllables of place names: "Tân" + "Phú" = Tân Phú.</summary>
    public static readonly string[] PlaceFirst =
        ["An", "Bình", "Phú", "Tân", "Hòa", "Hưng", "Long", "Phước", "Đông", "Mỹ", "Quang", "Vĩnh", "Thạnh", "Hồng", "Thái", "Đại", "Xuân", "Yên", "Thanh", "Hải", "Kim", "Ngọc", "Tiên", "Cẩm", "Hương", "Lạc", "Phong", "Trung", "Nghĩa", "Đức"];

    public static readonly string[] PlaceSecond =
        ["Lợi", "Hòa", "Phú", "Thịnh", "Bình", "An", "Xuân", "Tiến", "Sơn", "Lâm", "Điền", "Lộc", "Thành", "Phong", "Hưng", "Giang", "Hải", "Khê", "Trạch", "Mỹ", "Tân", "Đông", "Nam", "Bắc", "Hội", "Quý", "Thuận", "Long", "Yên", "Hà"];

    /// <summary>Villages and neighbourhoods use an ordinal as often as a name.</summary>
    public static readonly string[] HamletWords = ["Thôn", "Tổ dân phố", "Xóm", "Ấp", "Bản"];

    public static readonly string[] PenNames = ["Minh Ngọc", "Thanh Hà", "Quang Huy", "Hồng Nhung", "Thu Trang", "Đức Anh", "Phương Thảo", "Ngọc Lan", "Hải Đăng", "Mai Anh", "Tuấn Minh", "Bảo Châu"];

    /// <summary>Themes of the year; the one about Party cells belongs to a Party committee only.</summary>
    public static readonly IReadOnlyList<Worded> YearThemes =
    [
        new(null, c => "Năm đẩy mạnh chuyển đổi số và cải cách hành chính"),
        new(null, c => "Năm kỷ cương, trách nhiệm, hành động, hiệu quả"),
        new(null, c => "Năm tăng tốc, bứt phá, hoàn thành toàn diện các mục tiêu nhiệm kỳ"),
        new(null, c => "Năm xây dựng chính quyền thân thiện, phục vụ Nhân dân"),
        new(true, c => "Năm nâng cao chất lượng sinh hoạt chi bộ"),
        new(null, c => "Năm dân vận chính quyền"),
    ];

    public static string Person(SampleRandom r, out bool female)
    {
        female = r.Chance(0.4);
        var middle = female ? r.Pick(MiddleNamesFemale) : r.Pick(MiddleNamesMale);
        var given = female ? r.Pick(GivenNamesFemale) : r.Pick(GivenNamesMale);
        return $"{r.Pick(FamilyNames)} {middle} {given}";
    }

    public static string Person(SampleRandom r) => Person(r, out _);

    public static string Place(SampleRandom r)
    {
        var first = r.Pick(PlaceFirst);
        string second;
        do second = r.Pick(PlaceSecond); while (second == first);
        return $"{first} {second}";
    }

    /// <summary>A place different from the ones already used in the file.</summary>
    public static string Place(SampleRandom r, ICollection<string> used)
    {
        for (var attempt = 0; ; attempt++)
        {
            var place = Place(r);
            if (!used.Contains(place) || attempt > 20)
            {
                used.Add(place);
                return place;
            }
        }
    }
}
