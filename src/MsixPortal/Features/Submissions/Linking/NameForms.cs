using System.Collections.Concurrent;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// The normalised words and sound codes of name strings, each computed once per linking run: a
/// submission's candidates are well over a million records sharing a few hundred thousand distinct
/// names, and normalising (accent removal, splitting, sound codes) dominated building their profiles.
/// Safe to use from several threads. <see cref="Uncached"/> computes every time (one-off profiles).
/// </summary>
public sealed class NameForms
{
    public static readonly NameForms Uncached = new(memoize: false);

    private readonly ConcurrentDictionary<string, string[]>? _words;
    private readonly ConcurrentDictionary<string, string>? _joined;
    private readonly ConcurrentDictionary<string, string>? _sounds;

    public NameForms()
        : this(memoize: true)
    {
    }

    private NameForms(bool memoize)
    {
        if (memoize)
        {
            _words = new(StringComparer.Ordinal);
            _joined = new(StringComparer.Ordinal);
            _sounds = new(StringComparer.Ordinal);
        }
    }

    /// <summary><see cref="NameNormalizer.Words"/>; the array is shared, never change it.</summary>
    public string[] Words(string? name) =>
        name is null ? [] : _words is null ? NameNormalizer.Words(name) : _words.GetOrAdd(name, NameNormalizer.Words);

    /// <summary><see cref="NameNormalizer.Joined"/>.</summary>
    public string Joined(string? name) =>
        name is null ? "" : _joined is null ? NameNormalizer.Joined(name) : _joined.GetOrAdd(name, n => string.Concat(Words(n)));

    /// <summary><see cref="NameNormalizer.SurnameWords"/> of two surname strings.</summary>
    public string[] SurnameWords(string? first, string? second) =>
        NameNormalizer.WithoutParticles([.. Words(first), .. Words(second)]);

    /// <summary>The <see cref="PhoneticKey"/> (default length) of a normalised word.</summary>
    public string Sound(string word) =>
        _sounds is null ? PhoneticKey.Of(word) : _sounds.GetOrAdd(word, w => PhoneticKey.Of(w));
}
