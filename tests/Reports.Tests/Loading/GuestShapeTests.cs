using System.Text;
using Reports.Core;
using Reports.Core.Model;
using Xunit;

namespace Reports.Tests.Loading;

/// <summary>A guest is a person (ho_ten, chuc_vu) or a body's representative written as words.</summary>
public sealed class GuestShapeTests
{
    private static string WithGuests(string guests)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Fixtures, "huyen-uy-dan-phuong-q1-2024.yaml"));
        var start = text.IndexOf("  khach_moi:\n", StringComparison.Ordinal);
        var end = text.IndexOf("  thanh_phan:\n", StringComparison.Ordinal);
        return text[..start] + "  khach_moi:\n" + guests + text[end..];
    }

    [Fact]
    public void A_guest_may_be_words_or_a_person()
    {
        var result = DataFileLoader.Load("t.yaml", Encoding.UTF8.GetBytes(WithGuests(
            "    - đại diện Ban Tổ chức Thành ủy Hà Nội\n    - ho_ten: Vũ Quang Trung\n      chuc_vu: Thành ủy viên\n")));
        var guests = result.Data!.Meeting!.Guests;
        Assert.Equal([Guest.Unnamed("đại diện Ban Tổ chức Thành ủy Hà Nội"), Guest.Named(new Person("Vũ Quang Trung", "Thành ủy viên"))], guests);
    }

    [Fact]
    public void A_person_still_needs_a_title_and_a_list_is_no_guest()
    {
        Assert.Null(DataFileLoader.Load("t.yaml", Encoding.UTF8.GetBytes(WithGuests("    - ho_ten: Vũ Quang Trung\n"))).Data);
        Assert.Null(DataFileLoader.Load("t.yaml", Encoding.UTF8.GetBytes(WithGuests("    - - đại diện\n"))).Data);
    }
}
