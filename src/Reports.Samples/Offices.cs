namespace Reports.Samples;

/// <summary>The posts a sample file names people by; each is held by one person in a file (see <see cref="Cast"/>).</summary>
internal enum Post
{
    Secretary,
    StandingDeputy,
    Chairman,
    StandingViceChairman,
    ViceChairman,
    CouncilChair,
    PartyOfficeChief,
    OrganisationHead,
    PropagandaHead,
    InspectionHead,
    StateOfficeChief,
    PoliceChief,
    MilitaryChief,
    FrontChair,
    FinanceHead,
    EconomyHead,
    CultureHead,
}

/// <summary>What a task is about, so that the body that leads it can be named for the unit's level, regime and time.</summary>
internal enum Duty
{
    Propaganda,
    Organisation,
    Inspection,
    MassMobilisation,
    PartyOffice,
    Government,
    Budget,
    Investment,
    Agriculture,
    Land,
    Environment,
    Culture,
    Social,
    Education,
    AdminReform,
    Police,
    Military,
    Council,
    Front,
    Complaints,
}

/// <summary>
/// Names of bodies, offices and posts as they are at the unit's level, in its regime and at its time (DOMAIN.md,
/// "Since 1 July 2025"): a commune before the reform had civil servants by field and no offices (phòng); after
/// it, a commune has the Văn phòng HĐND và UBND, the Phòng Kinh tế and the Phòng Văn hóa - Xã hội, and its Party
/// committee the Văn phòng, the Ban Xây dựng Đảng and the Ủy ban Kiểm tra. From 2025 the Party's propaganda and
/// mass mobilisation boards are one, and provincial and district departments were merged.
/// </summary>
internal static class Offices
{
    /// <summary>The post that actually does the job at this unit: a small commune has no Ban Tổ chức, its standing deputy does the work.</summary>
    public static Post Holder(SampleUnit u, Post post) => post switch
    {
        Post.OrganisationHead or Post.PropagandaHead or Post.PartyOfficeChief when u.IsSmallCommune => Post.StandingDeputy,
        Post.PropagandaHead when u.IsCommune => Post.OrganisationHead,
        Post.StateOfficeChief when u.IsSmallCommune => Post.StandingViceChairman,
        Post.FinanceHead when u.IsCommune && u.AfterReform => Post.EconomyHead,
        _ => post,
    };

    /// <summary>The post's title as written beside a name in this unit's file ("Phó Bí thư Thường trực Huyện ủy").</summary>
    public static string Title(SampleUnit u, Post post, bool actingChairman)
    {
        var pc = u.PartyCommittee;
        var level = u.LevelWord;
        var chair = actingChairman ? "Quyền Chủ tịch" : "Chủ tịch";
        var standing = u.IsCommune ? "" : $"Ủy viên Ban Thường vụ {pc}, ";
        return Holder(u, post) switch
        {
            Post.Secretary => $"Bí thư {pc}",
            Post.StandingDeputy => $"Phó Bí thư Thường trực {pc}",
            Post.Chairman => u.Party ? $"Phó Bí thư {pc}, {chair} {u.People}" : $"{chair} {u.People}",
            Post.StandingViceChairman => u.IsSmallCommune
                ? $"Phó Chủ tịch {u.People}"
                : (u.Party ? standing : "") + $"Phó Chủ tịch Thường trực {u.People}",
            Post.ViceChairman => $"Phó Chủ tịch {u.People}",
            Post.CouncilChair => $"Chủ tịch Hội đồng nhân dân {level}",
            Post.PartyOfficeChief => $"Chánh Văn phòng {pc}",
            Post.OrganisationHead => u.IsCommune ? $"Trưởng Ban Xây dựng Đảng {pc}" : $"{standing}Trưởng Ban Tổ chức {pc}",
            Post.PropagandaHead => $"{standing}Trưởng {PropagandaBoard(u)} {pc}",
            Post.InspectionHead => $"Chủ nhiệm Ủy ban Kiểm tra {pc}",
            Post.StateOfficeChief => u.LevelKey == "tinh"
                ? $"Chánh Văn phòng Ủy ban nhân dân {level}"
                : $"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {level}",
            Post.PoliceChief => u.LevelKey == "tinh" ? "Giám đốc Công an tỉnh" : $"{(u.Party ? standing : "")}Trưởng Công an {level}",
            Post.MilitaryChief => u.LevelKey == "tinh" ? "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh" : $"Chỉ huy trưởng Ban Chỉ huy Quân sự {level}",
            Post.FrontChair => $"{(u.Party ? standing : "")}Chủ tịch Ủy ban Mặt trận Tổ quốc {level}",
            Post.FinanceHead => u.LevelKey switch
            {
                "tinh" => "Giám đốc Sở Tài chính",
                "huyen" => "Trưởng phòng Tài chính - Kế hoạch huyện",
                _ => $"công chức Tài chính - Kế toán {level}",
            },
            Post.EconomyHead => u.LevelKey switch
            {
                "tinh" => u.Merged ? "Giám đốc Sở Nông nghiệp và Môi trường" : "Giám đốc Sở Tài nguyên và Môi trường",
                "huyen" => u.Merged ? "Trưởng phòng Nông nghiệp và Môi trường huyện" : "Trưởng phòng Tài nguyên và Môi trường huyện",
                _ when u.AfterReform => $"Trưởng {EconomyOffice(u)}",
                _ => $"công chức Địa chính - Xây dựng {level}",
            },
            Post.CultureHead => u.LevelKey switch
            {
                "tinh" => "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
                "huyen" => u.Merged ? "Trưởng phòng Văn hóa, Khoa học và Thông tin huyện" : "Trưởng phòng Văn hóa và Thông tin huyện",
                _ when u.AfterReform => "Trưởng phòng Văn hóa - Xã hội",
                _ => $"công chức Văn hóa - Xã hội {level}",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(post), post, null),
        };
    }

    /// <summary>"Ban Tuyên giáo và Dân vận" from 2025, "Ban Tuyên giáo" before.</summary>
    public static string PropagandaBoard(SampleUnit u) => u.Merged ? "Ban Tuyên giáo và Dân vận" : "Ban Tuyên giáo";

    private static string MassMobilisationBoard(SampleUnit u) => u.Merged ? "Ban Tuyên giáo và Dân vận" : "Ban Dân vận";

    /// <summary>The economy office of a commune after the reform: a ward's covers infrastructure and urban affairs too.</summary>
    private static string EconomyOffice(SampleUnit u) => u.LevelKey == "phuong" ? "phòng Kinh tế, Hạ tầng và Đô thị" : "phòng Kinh tế";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The body that leads a task of this kind, as the unit's report names it.</summary>
    public static string Lead(SampleUnit u, Duty duty)
    {
        var pc = u.PartyCommittee;
        var level = u.LevelWord;
        // A People's Committee hands what a Party committee's boards would do to its own offices.
        if (!u.Party)
            duty = duty switch { Duty.Propaganda => Duty.Culture, Duty.MassMobilisation => Duty.Front, Duty.PartyOffice => Duty.Complaints, _ => duty };
        // Party bodies lead Party work, at every level the unit has them.
        switch (duty)
        {
            case Duty.Organisation or Duty.Propaganda or Duty.MassMobilisation or Duty.PartyOffice when u.Party && u.IsSmallCommune:
                return $"Văn phòng {pc}";
            case Duty.Organisation or Duty.Propaganda or Duty.MassMobilisation when u.Party && u.IsCommune:
                return $"Ban Xây dựng Đảng {pc}";
            case Duty.Organisation when u.Party:
                return $"Ban Tổ chức {pc}";
            case Duty.Propaganda:
                return $"{PropagandaBoard(u)} {pc}";
            case Duty.MassMobilisation:
                return $"{MassMobilisationBoard(u)} {pc}";
            case Duty.PartyOffice:
                return $"Văn phòng {pc}";
            case Duty.Inspection when u.Party:
                return $"Ủy ban Kiểm tra {pc}";
            case Duty.Police:
                return u.LevelKey == "tinh" ? "Công an tỉnh" : $"Công an {level}";
            case Duty.Military:
                return u.LevelKey == "tinh" ? "Bộ Chỉ huy Quân sự tỉnh" : $"Ban Chỉ huy Quân sự {level}";
            case Duty.Council:
                return $"Thường trực Hội đồng nhân dân {level}";
            case Duty.Front:
                return $"Ủy ban Mặt trận Tổ quốc {level}";
        }
        // A Party report hands government work to the People's Committee, not to its offices.
        if (u.Party) return u.People;
        return u.LevelKey switch
        {
            "tinh" => ProvinceDepartment(u, duty),
            "huyen" => DistrictOffice(u, duty),
            _ when u.AfterReform => duty switch
            {
                Duty.Budget or Duty.Investment or Duty.Agriculture or Duty.Land or Duty.Environment => Capital(EconomyOffice(u)),
                Duty.Culture or Duty.Social or Duty.Education => "Phòng Văn hóa - Xã hội",
                Duty.AdminReform => $"Trung tâm Phục vụ hành chính công {level}",
                Duty.Inspection or Duty.Complaints or Duty.Organisation => $"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {level}",
                _ => u.People,
            },
            _ => duty switch
            {
                Duty.Budget or Duty.Investment => "Công chức Tài chính - Kế toán",
                Duty.Land or Duty.Environment => "Công chức Địa chính - Xây dựng",
                Duty.Culture or Duty.Social or Duty.Education => "Công chức Văn hóa - Xã hội",
                Duty.AdminReform => "Công chức Văn phòng - Thống kê",
                Duty.Complaints => "Công chức Tư pháp - Hộ tịch",
                _ => u.People,
            },
        };
    }

    private static string ProvinceDepartment(SampleUnit u, Duty duty) => duty switch
    {
        Duty.Budget => "Sở Tài chính",
        Duty.Investment => u.Merged ? "Sở Tài chính" : "Sở Kế hoạch và Đầu tư",
        Duty.Agriculture => u.Merged ? "Sở Nông nghiệp và Môi trường" : "Sở Nông nghiệp và Phát triển nông thôn",
        Duty.Land or Duty.Environment => u.Merged ? "Sở Nông nghiệp và Môi trường" : "Sở Tài nguyên và Môi trường",
        Duty.Culture => "Sở Văn hóa, Thể thao và Du lịch",
        Duty.Education => "Sở Giáo dục và Đào tạo",
        Duty.Social => u.Merged ? "Sở Nội vụ" : "Sở Lao động - Thương binh và Xã hội",
        Duty.AdminReform or Duty.Organisation => "Sở Nội vụ",
        Duty.Inspection or Duty.Complaints => "Thanh tra tỉnh",
        _ => u.People,
    };

    private static string DistrictOffice(SampleUnit u, Duty duty) => duty switch
    {
        Duty.Budget or Duty.Investment => "Phòng Tài chính - Kế hoạch",
        Duty.Agriculture => u.Merged ? "Phòng Nông nghiệp và Môi trường" : "Phòng Nông nghiệp và Phát triển nông thôn",
        Duty.Land or Duty.Environment => u.Merged ? "Phòng Nông nghiệp và Môi trường" : "Phòng Tài nguyên và Môi trường",
        Duty.Culture => u.Merged ? "Phòng Văn hóa, Khoa học và Thông tin" : "Phòng Văn hóa và Thông tin",
        Duty.Education => "Phòng Giáo dục và Đào tạo",
        Duty.Social => u.Merged ? "Phòng Nội vụ" : "Phòng Lao động - Thương binh và Xã hội",
        Duty.AdminReform => "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
        Duty.Organisation => "Phòng Nội vụ",
        Duty.Inspection or Duty.Complaints => "Thanh tra huyện",
        _ => u.People,
    };

    /// <summary>The level above, as a Party committee or a People's Committee names it in "Nơi nhận".</summary>
    public static string Above(SampleUnit u) => u.LevelKey switch
    {
        "tinh" => u.Party ? "Ban Bí thư Trung ương Đảng" : "Văn phòng Chính phủ",
        _ when u.District is not null => u.Party ? $"Ban Thường vụ {u.DistrictCommittee}" : $"Ủy ban nhân dân {u.DistrictWord} {u.District}",
        _ => u.Party ? "Ban Thường vụ Tỉnh ủy" : $"Ủy ban nhân dân tỉnh {u.Province}",
    };

    /// <summary>The body above that sends guests: "Tỉnh ủy Hải Phú", "Huyện ủy Long Lợi" (Party), or the People's Committee above.</summary>
    public static (string Committee, string People) Higher(SampleUnit u) => u.LevelKey switch
    {
        "tinh" => ("Trung ương", "Chính phủ"),
        _ when u.District is not null => ($"{u.DistrictCommittee} {u.District}", $"Ủy ban nhân dân {u.DistrictWord} {u.District}"),
        _ => ($"Tỉnh ủy {u.Province}", $"Ủy ban nhân dân tỉnh {u.Province}"),
    };

    /// <summary>Leaders of the level above who may attend and direct ("dự và chỉ đạo"), or a body's representative without a name.</summary>
    public static IReadOnlyList<(string Title, bool Named)> Guests(SampleUnit u)
    {
        if (u.LevelKey == "tinh")
            return u.Party
                ? [("Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương", true), ("đại diện Văn phòng Trung ương Đảng", false)]
                : [("Thứ trưởng Bộ Nội vụ", true), ("đại diện Văn phòng Chính phủ", false)];
        var (committee, people) = Higher(u);
        var board = u.District is not null ? u.DistrictCommittee : "Tỉnh ủy";
        var member = $"{board} viên";
        return u.Party
            ?
            [
                ($"Ủy viên Ban Thường vụ {committee}, Trưởng Ban Tổ chức {board}", true),
                ($"{member}, Phó Chủ tịch {people}", true),
                ($"đại diện {PropagandaBoard(u)} {committee}", false),
            ]
            :
            [
                ($"Phó Chủ tịch {people}", true),
                ($"đại diện {(u.District is not null ? "Văn phòng Hội đồng nhân dân và " : "Văn phòng ")}{people}", false),
            ];
    }

    /// <summary>A presenter from the level above for a quán triệt meeting.</summary>
    public static string PresenterTitle(SampleUnit u)
    {
        if (u.LevelKey == "tinh") return u.Party ? "Báo cáo viên Trung ương" : "Vụ trưởng Vụ Pháp chế, Bộ Tư pháp";
        var (committee, people) = Higher(u);
        if (!u.Party) return u.District is not null ? $"Trưởng phòng Tư pháp {u.DistrictWord} {u.District}" : $"Phó Giám đốc Sở Tư pháp tỉnh {u.Province}";
        var board = u.District is not null ? u.DistrictCommittee : "Tỉnh ủy";
        return $"Báo cáo viên {board}, Phó Trưởng {PropagandaBoard(u)} {committee}";
    }

    /// <summary>The head of a unit below, by name of place: "Bí thư Chi bộ thôn Đông Hòa", "Chủ tịch Ủy ban nhân dân xã Phú Lợi".</summary>
    public static string SubUnitHead(SampleUnit u, string subPlace) => u.LevelKey switch
    {
        "tinh" or "huyen" => u.Party ? $"Bí thư {(u.SubUnit == "huyện" ? "Huyện ủy" : "Đảng ủy " + u.SubUnit)} {subPlace}" : $"Chủ tịch Ủy ban nhân dân {u.SubUnit} {subPlace}",
        _ => u.Party ? $"Bí thư Chi bộ {u.SubUnit} {subPlace}" : (u.SubUnit == "thôn" ? $"Trưởng thôn {subPlace}" : $"Tổ trưởng tổ dân phố {subPlace}"),
    };

    /// <summary>Who takes part besides the chairs: the unit's committee, its offices and the units below, as a clerk lists them.</summary>
    public static IReadOnlyList<string> Attendees(SampleUnit u)
    {
        var offices = u.LevelKey switch
        {
            "tinh" => "lãnh đạo các sở, ban, ngành, đoàn thể tỉnh",
            "huyen" => "lãnh đạo các phòng, ban, ngành, đoàn thể huyện",
            _ when u.AfterReform => $"lãnh đạo các phòng, ban, đoàn thể {u.LevelWord}",
            _ => $"các ban, ngành, đoàn thể {u.LevelWord}",
        };
        var head = u.SubUnit == "thôn" ? "trưởng thôn" : "tổ trưởng tổ dân phố";
        var below = (u.LevelKey, u.Party) switch
        {
            ("tinh" or "huyen", true) => $"bí thư, chủ tịch Ủy ban nhân dân các {u.SubUnit}",
            ("tinh" or "huyen", false) => $"chủ tịch Ủy ban nhân dân các {u.SubUnit}",
            (_, true) => $"bí thư chi bộ, {head} trên địa bàn",
            _ => $"{head} trên địa bàn",
        };
        return u.Party
            ? [$"các đồng chí Ủy viên Ban Chấp hành Đảng bộ {u.LevelWord}", offices, below, $"Thường trực Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc {u.LevelWord}"]
            : [$"các đồng chí Ủy viên {u.People}", offices, $"Thường trực Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc {u.LevelWord}", below];
    }

    /// <summary>Who writes the unit's news: the district's culture centre, a commune's office, a province's newspaper.</summary>
    public static string AuthorUnit(SampleUnit u) => u.LevelKey switch
    {
        "tinh" => u.AfterReform ? $"Báo và Phát thanh, Truyền hình {u.Province}" : $"Báo {u.Province}",
        "huyen" => "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
        _ when u.AfterReform => u.Party ? $"Văn phòng {u.PartyCommittee}" : $"Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {u.LevelWord}",
        _ => $"Đài Truyền thanh {u.LevelWord}",
    };
}
