namespace Reports.Samples;

/// <summary>
/// SplitMix64: tiny, fast and fully specified, so a seed gives the same files on every .NET version and
/// machine (System.Random's seeded sequence is not promised to stay the same across versions).
/// </summary>
internal sealed class SampleRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The seed of sample number <paramref name="index"/> of a run: sample 7 is the same whatever the count.</summary>
    public static ulong SeedOf(long runSeed, int index) => Mix(unchecked((ulong)runSeed * 0xD1B54A32D192ED03UL + (ulong)index));

    public ulong NextUInt64()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    private static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary><paramref name="min"/> ≤ result ≤ <paramref name="max"/>.</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    /// <summary>True with probability <paramref name="p"/> (integer arithmetic: no floating point differences).</summary>
    public bool Chance(double p) => Next(1_000_000) < (int)(p * 1_000_000);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary><paramref name="count"/> different items (all of them when there are fewer), in random order.</summary>
    public List<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var chosen = new List<T>();
        for (var i = 0; i < count && indexes.Count > 0; i++)
        {
            var at = Next(indexes.Count);
            chosen.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }
        return chosen;
    }

    /// <summary>A number between the bounds with <paramref name="decimals"/> decimals.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals)
    {
        var scale = Pow10(decimals);
        var low = (long)Math.Ceiling(min * scale);
        var high = (long)Math.Floor(max * scale);
        if (high <= low) return low / scale;
        var span = (ulong)(high - low + 1);
        return (low + (long)(NextUInt64() % span)) / scale;
    }

    public static decimal Pow10(int decimals)
    {
        var scale = 1m;
        for (var i = 0; i < decimals; i++) scale *= 10;
        return scale;
    }
}
