namespace Reports.Pipeline;

/// <summary>
/// The run's only parallelism: <c>jobs</c> workers taking pieces of work from one queue. A data file's first
/// piece (load and compose) adds its renders as follow-up pieces, which are taken before the next file is
/// started: files then finish roughly in input order, memory holds only a few files' documents, and even a
/// single file keeps every worker busy (its renders run side by side, overlapping each renderer's start-up).
/// </summary>
internal sealed class WorkQueue
{
    // A plain object, not System.Threading.Lock: workers wait on it with Monitor.Wait.
    private readonly object _gate = new();
    private readonly Queue<Action> _followUps = new();
    private readonly int _count;
    private readonly Action<int> _start;
    private int _nextStart;
    private int _running;
    private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _fault;

    private WorkQueue(int count, Action<int> start)
    {
        _count = count;
        _start = start;
    }

    /// <summary>
    /// Calls <paramref name="start"/> for 0..count-1 and every follow-up they add, at most
    /// <paramref name="jobs"/> at a time; returns when all are done. The work is expected to handle its own
    /// failures; should one throw anyway, the rest still runs and the first exception is rethrown at the end.
    /// </summary>
    public static void Run(int count, int jobs, Action<WorkQueue, int> start)
    {
        WorkQueue? queue = null;
        queue = new WorkQueue(count, i => start(queue!, i));
        // A file yields at most a dozen pieces; more workers than that per file would only idle.
        var workers = Math.Clamp(jobs, 1, Math.Max(1, count * 12));
        var threads = Enumerable.Range(1, workers - 1).Select(_ =>
        {
            var thread = new Thread(queue.Work) { IsBackground = true, Name = "baocao build" };
            thread.Start();
            return thread;
        }).ToList();
        queue.Work();
        foreach (var thread in threads) thread.Join();
        // A fault in a worker thread would otherwise end the process; it surfaces here, once every worker is done.
        queue._fault?.Throw();
    }

    /// <summary>Adds work that belongs to a file already started; it goes before any new file.</summary>
    public void Add(Action work)
    {
        lock (_gate)
        {
            _followUps.Enqueue(work);
            Monitor.Pulse(_gate);
        }
    }

    private void Work()
    {
        while (Next() is { } work)
        {
            try
            {
                work();
            }
            catch (Exception ex)
            {
                lock (_gate) _fault ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    // Waiting workers recheck: there may be follow-ups, or nothing left at all.
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private Action? Next()
    {
        lock (_gate)
        {
            while (true)
            {
                if (_followUps.TryDequeue(out var followUp))
                {
                    _running++;
                    return followUp;
                }
                if (_nextStart < _count)
                {
                    var index = _nextStart++;
                    _running++;
                    return () => _start(index);
                }
                // Only running work can add more; when none runs, everything is done.
                if (_running == 0) return null;
                Monitor.Wait(_gate);
            }
        }
    }
}
