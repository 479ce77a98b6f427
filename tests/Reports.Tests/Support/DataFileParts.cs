namespace Reports.Tests.Support;

/// <summary>
/// Pieces of a Party data file that tests written as YAML share: who signs and who receives it. Tests keep
/// in their own text only what they are about.
/// </summary>
internal static class DataFileParts
{
    /// <summary>The signature and recipients, top-level keys ending the file (no trailing newline).</summary>
    public static string Closing(string archive = "Văn phòng Đảng ủy") => $"""
        ky:
          chuc_vu: Bí thư
          ho_ten: Nguyễn Văn An
        noi_nhan:
          gui:
            - Ban Thường vụ Thành ủy
          luu: {archive}
        """;
}
