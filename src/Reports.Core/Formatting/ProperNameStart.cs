namespace Reports.Core.Formatting;

/// <summary>
/// Whether a phrase opens with the name of a body, a people or a document ("Ủy ban nhân dân xã", "Nhân
/// dân", "Nghị quyết số 71-NQ/TW"), whose capital stays when the phrase is fitted into a sentence: the
/// article writes "đề nghị Ủy ban nhân dân xã khẩn trương...", never "ủy ban nhân dân xã".
/// </summary>
public static class ProperNameStart
{
    // Heads of names written with a capital under the spelling rules for official documents.
    private static readonly string[] Heads =
    [
        "Ủy ban", "Uỷ ban", "Ban Chấp hành", "Ban Thường vụ", "Ban Tổ chức", "Ban Tuyên giáo", "Ban Dân vận",
        "Ban Kinh tế", "Ban Xây dựng", "Ban Chỉ đạo", "Ban Nội chính", "Ban Kiểm tra", "Ban Bí thư",
        "Hội đồng", "Mặt trận", "Đảng ủy", "Đảng bộ", "Đảng Cộng sản", "Huyện ủy", "Thành ủy", "Tỉnh ủy", "Quận ủy", "Thị ủy",
        "Văn phòng", "Phòng Kinh tế", "Phòng Tài chính", "Phòng Văn hóa", "Phòng Nội vụ", "Phòng Tư pháp",
        "Phòng Giáo dục", "Phòng Tài nguyên", "Phòng Y tế", "Phòng Lao động", "Phòng Quản lý", "Trung tâm", "Trạm Y tế",
        "Công an", "Ban Chỉ huy", "Bộ Chính trị",
        "Chính phủ", "Quốc hội", "Nhà nước", "Nhân dân", "Thủ tướng", "Chủ tịch", "Bí thư",
        "Nghị quyết số", "Chỉ thị số", "Kết luận số", "Quyết định số", "Kế hoạch số", "Đề án", "Chương trình số",
    ];

    public static bool Matches(string text)
    {
        var t = text.TrimStart();
        return Heads.Any(h => t.StartsWith(h, StringComparison.Ordinal) && (t.Length == h.Length || !char.IsLetter(t[h.Length])));
    }
}
