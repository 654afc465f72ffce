namespace MsixPortal.Features.SyntheticData;

/// <summary>Small conveniences over <see cref="Random"/> that keep the generator code readable.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    public static DateOnly DateBetween(this Random random, DateOnly first, DateOnly last) =>
        first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));

    /// <summary>
    /// A generator for one independent stream (e.g. family 1234 of seed 42): the same seed, stream and index
    /// always give the same numbers, whatever was generated before, so batches can be made in any order.
    /// </summary>
    public static Random ForStream(int seed, int stream, long index)
    {
        var x = unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)stream * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)index);
        // SplitMix64 finaliser: neighbouring indexes give unrelated seeds.
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return new Random(unchecked((int)x) & int.MaxValue);
    }
}
