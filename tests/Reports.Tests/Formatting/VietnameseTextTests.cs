using System.Text;
using Reports.Core.Formatting;
using Xunit;

namespace Reports.Tests.Formatting;

public class VietnameseTextTests
{
    [Fact]
    public void Upper_case_for_headers() =>
        Assert.Equal("HUYỆN ỦY ĐAN PHƯỢNG", VietnameseText.ToUpper("Huyện ủy Đan Phượng"));

    [Fact]
    public void Upper_case_of_decomposed_text_is_nfc()
    {
        string upper = VietnameseText.ToUpper("Đảng bộ tỉnh Hà Tĩnh".Normalize(NormalizationForm.FormD));
        Assert.Equal("ĐẢNG BỘ TỈNH HÀ TĨNH", upper);
        Assert.True(upper.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Nfc_composes()
    {
        string decomposed = "Mỹ Đức".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Mỹ Đức", decomposed);
        Assert.Equal("Mỹ Đức", VietnameseText.Nfc(decomposed));
    }
}
