using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>The normalised identity of one State record, computed once and compared many times.</summary>
public sealed class MatchProfile
{
    private string? _firstWithMiddle;

    public long RecordId { get; init; }
    public long ConsolidatedStudentId { get; init; }
    public string StateCode { get; init; } = "";
    public string FirstJoined { get; init; } = "";
    public string FirstWord { get; init; } = "";
    public string MiddleJoined { get; init; } = "";

    /// <summary>Every word of the first and middle names, particles dropped (MARIA, GUADALUPE): a child may go by any of them.</summary>
    public string[] GivenNames { get; init; } = [];
    public string[] Surnames { get; init; } = [];

    /// <summary>The sound code of each surname word and of the whole first name, computed once: scoring compares them per pair.</summary>
    public string[] SurnameSounds { get; init; } = [];

    public string FirstSound { get; init; } = "";
    /// <summary>First and middle names joined ("JOSE" + "LUIS"): scoring compares it with the other's first name.</summary>
    public string FirstWithMiddle => _firstWithMiddle ??= FirstJoined + MiddleJoined;

    public string SurnamesJoined { get; init; } = "";
    public string SurnamesReversed { get; init; } = "";

    /// <summary>Every surname word joined, particles kept (DELACRUZ), as a surname written in one word has them.</summary>
    public string SurnamesWithParticles { get; init; } = "";
    public DateOnly BirthDate { get; init; }
    public string Sex { get; init; } = "";
    public bool MultipleBirth { get; init; }
    public string? BirthCountry { get; init; }
    public string? BirthState { get; init; }
    public string BirthCity { get; init; } = "";
    public string[] ParentFirstNames { get; init; } = [];
    public string[] ParentSurnames { get; init; } = [];

    public static MatchProfile Of(StateStudentRecord r) => Of(r, NameForms.Uncached);

    /// <summary>The profile of <paramref name="r"/>, its names normalised through <paramref name="names"/> (shared across a run).</summary>
    public static MatchProfile Of(StateStudentRecord r, NameForms names)
    {
        var surnames = names.SurnameWords(r.LastName1, r.LastName2);
        var first = names.Words(r.FirstName);
        var firstJoined = names.Joined(r.FirstName);
        return new MatchProfile
        {
            RecordId = r.Id,
            ConsolidatedStudentId = r.ConsolidatedStudentId,
            StateCode = r.StateCode,
            FirstJoined = firstJoined,
            FirstWord = first.Length > 0 ? first[0] : "",
            MiddleJoined = names.Joined(r.MiddleName),
            GivenNames = NameNormalizer.WithoutParticles([.. first, .. names.Words(r.MiddleName)]),
            Surnames = surnames,
            SurnameSounds = [.. surnames.Select(names.Sound)],
            FirstSound = names.Sound(firstJoined),
            SurnamesJoined = string.Concat(surnames),
            SurnamesReversed = string.Concat(surnames.Reverse()),
            SurnamesWithParticles = names.Joined(r.LastName1) + names.Joined(r.LastName2),
            BirthDate = r.BirthDate,
            Sex = r.Sex,
            MultipleBirth = r.MultipleBirth == true,
            BirthCountry = r.BirthCountry,
            BirthState = r.BirthState,
            BirthCity = names.Joined(r.BirthCity),
            ParentFirstNames = new[] { r.Parent1FirstName, r.Parent2FirstName }
                .Select(names.Words).Where(w => w.Length > 0).Select(w => w[0]).ToArray(),
            ParentSurnames = names.SurnameWords(r.Parent1LastName, r.Parent2LastName),
        };
    }
}
