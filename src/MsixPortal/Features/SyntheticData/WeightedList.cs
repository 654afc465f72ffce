namespace MsixPortal.Features.SyntheticData;

/// <summary>A list of items drawn at random in proportion to their weights (binary search on the cumulative sum).</summary>
internal sealed class WeightedList<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedList(IEnumerable<(T Item, double Weight)> entries)
    {
        var list = entries.Where(e => e.Weight > 0).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A weighted list needs at least one item with a positive weight.", nameof(entries));
        }
        _items = list.Select(e => e.Item).ToArray();
        _cumulative = new double[list.Length];
        var sum = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            sum += list[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public IReadOnlyList<T> Items => _items;

    /// <summary>
    /// Ranked items with Zipf-like weights 1/(rank + offset)^exponent: a few very common names and a long
    /// tail, as in real name frequencies. The offset keeps the top names from dominating.
    /// </summary>
    public static WeightedList<T> Zipf(IReadOnlyList<T> ranked, double exponent = 0.8, double offset = 2) =>
        new(ranked.Select((item, rank) => (item, 1 / Math.Pow(rank + offset, exponent))));

    public T Pick(Random random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        return _items[index < 0 ? Math.Min(~index, _items.Length - 1) : index];
    }
}
