using Reports.Core;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class DocumentNumberTests
{
    private const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    [Fact]
    public void Party_form() => Assert.Equal("Số 45-BC/HU", DocumentNumber.Format(Regime.Party, 45, "HU"));

    [Fact]
    public void Party_form_does_not_pad() => Assert.Equal("Số 5-BC/ĐU", DocumentNumber.Format(Regime.Party, 5, "ĐU"));

    [Fact]
    public void State_form_pads_below_ten()
    {
        Assert.Equal("Số: 05/BC-UBND", DocumentNumber.Format(Regime.State, 5, "UBND"));
        Assert.Equal("Số: 45/BC-UBND", DocumentNumber.Format(Regime.State, 45, "UBND"));
        Assert.Equal("Số: 145/BC-UBND", DocumentNumber.Format(Regime.State, 145, "UBND"));
    }

    [Fact]
    public void Other_document_types() =>
        Assert.Equal("Số 12-KH/TU", DocumentNumber.Format(Regime.Party, 12, "TU", "KH"));

    [Fact]
    public void Leaves_a_blank_for_a_handwritten_number()
    {
        Assert.Equal("Số " + Blank + "-BC/HU", DocumentNumber.Format(Regime.Party, null, "HU"));
        Assert.Equal("Số: " + Blank + "/BC-UBND", DocumentNumber.Format(Regime.State, null, "UBND"));
    }

    [Fact]
    public void Rejects_bad_input()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentNumber.Format(Regime.Party, 0, "HU"));
        Assert.ThrowsAny<ArgumentException>(() => DocumentNumber.Format(Regime.Party, 1, " "));
    }

    [Fact]
    public void Output_is_nfc() =>
        Assert.Equal("Số 3-BC/ĐU", DocumentNumber.Format(Regime.Party, 3, "ĐU".Normalize(System.Text.NormalizationForm.FormD)));
}
