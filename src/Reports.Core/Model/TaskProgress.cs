namespace Reports.Core.Model;

/// <summary>How a task set by the previous report went (<c>nhiem_vu_ky_truoc[].tinh_trang</c>).</summary>
public enum TaskProgress
{
    /// <summary>hoàn thành.</summary>
    Done,

    /// <summary>đang thực hiện.</summary>
    InProgress,

    /// <summary>chưa thực hiện.</summary>
    NotStarted,

    /// <summary>chuyển tiếp: carried into this report's tasks, marked "(chuyển tiếp)".</summary>
    CarriedOver,
}
