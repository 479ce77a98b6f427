namespace Reports.Core;

/// <summary>Which drafting rules a document follows; they differ in header, numbering and signature layout.</summary>
public enum Regime
{
    /// <summary>Party documents: Hướng dẫn 36-HD/VPTW (03/4/2018).</summary>
    Party,

    /// <summary>State documents: Nghị định 30/2020/NĐ-CP, Phụ lục I.</summary>
    State,
}
