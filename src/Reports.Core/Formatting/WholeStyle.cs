namespace Reports.Core.Formatting;

/// <summary>How a part of a whole is written. Data key <c>cach_ghi_tong</c>.</summary>
public enum WholeStyle
{
    /// <summary>"27/31 vụ, đạt 87,1%"; a complete whole "21/21 xã (đạt 100%)".</summary>
    Fraction,

    /// <summary>A small share of a large population: "51 hộ, chiếm 0,09% tổng số hộ" (<c>cach_ghi_tong: ty_trong</c>).</summary>
    Share,
}
