namespace Reports.Core.Formatting;

/// <summary>The unit in which an amount of money was entered in the data file.</summary>
public enum MoneyUnit
{
    /// <summary>đồng</summary>
    Dong,

    /// <summary>nghìn đồng</summary>
    ThousandDong,

    /// <summary>triệu đồng</summary>
    MillionDong,

    /// <summary>tỷ đồng</summary>
    BillionDong,
}
