using System.Globalization;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// State student IDs that look random but never collide: a bijection (a·n + b) mod 10^k of the child
/// number, with b drawn from the seed and the State, so every child has its own ID in every State.
/// Type 01 (State-assigned) IDs have ten digits, type 02 (MEP-assigned) IDs are "M" and nine digits.
/// </summary>
internal static class StateStudentIds
{
    private const ulong Multiplier = 7_391_273_987; // odd and not a multiple of 5: coprime with 10^k

    public static string For(int seed, string state, long childNumber, string idType) => idType == "01"
        ? Scramble(seed, state, childNumber, 10_000_000_000UL).ToString("D10", CultureInfo.InvariantCulture)
        : "M" + Scramble(seed, state, childNumber, 1_000_000_000UL).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>A district's local ID for the child (alternate ID type 03).</summary>
    public static string Local(int seed, string state, long childNumber) =>
        "L" + Scramble(seed, state + "-local", childNumber, 100_000_000UL).ToString("D8", CultureInfo.InvariantCulture);

    private static ulong Scramble(int seed, string state, long childNumber, ulong modulus)
    {
        var offset = (ulong)RandomExtensions.ForStream(seed, state[0] * 256 + state[^1], state.Length).NextInt64() % modulus;
        return (ulong)(((UInt128)Multiplier * (ulong)childNumber + offset) % modulus);
    }
}
