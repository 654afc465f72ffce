using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>The normalised identity of one State record, computed once and compared many times.</summary>
public sealed class MatchProfile
{
    public long RecordId { get; init; }
    public long ConsolidatedStudentId { get; init; }
    public string StateCode { get; init; } = "";
    public string FirstJoined { get; init; } = "";
    public string FirstWord { get; init; } = "";
    public string MiddleJoined { get; init; } = "";
    public string[] Surnames { get; init; } = [];

    /// <summary>The sound code of each surname word and of the whole first name, computed once: scoring compares them per pair.</summary>
    public string[] SurnameSounds { get; init; } = [];

    public string FirstSound { get; init; } = "";
    public string SurnamesJoined { get; init; } = "";
    public string SurnamesReversed { get; init; } = "";
    public DateOnly BirthDate { get; init; }
    public string Sex { get; init; } = "";
    public bool MultipleBirth { get; init; }
    public string? BirthCountry { get; init; }
    public string? BirthState { get; init; }
    public string BirthCity { get; init; } = "";
    public string[] ParentFirstNames { get; init; } = [];
    public string[] ParentSurnames { get; init; } = [];

    public static MatchProfile Of(StateStudentRecord r)
    {
        var surnames = NameNormalizer.SurnameWords(r.LastName1, r.LastName2);
        var first = NameNormalizer.Words(r.FirstName);
        return new MatchProfile
        {
            RecordId = r.Id,
            ConsolidatedStudentId = r.ConsolidatedStudentId,
            StateCode = r.StateCode,
            FirstJoined = string.Concat(first),
            FirstWord = first.Length > 0 ? first[0] : "",
            MiddleJoined = NameNormalizer.Joined(r.MiddleName),
            Surnames = surnames,
            SurnameSounds = [.. surnames.Select(w => PhoneticKey.Of(w))],
            FirstSound = PhoneticKey.Of(string.Concat(first)),
            SurnamesJoined = string.Concat(surnames),
            SurnamesReversed = string.Concat(surnames.Reverse()),
            BirthDate = r.BirthDate,
            Sex = r.Sex,
            MultipleBirth = r.MultipleBirth == true,
            BirthCountry = r.BirthCountry,
            BirthState = r.BirthState,
            BirthCity = NameNormalizer.Joined(r.BirthCity),
            ParentFirstNames = new[] { r.Parent1FirstName, r.Parent2FirstName }
                .Select(NameNormalizer.Words).Where(w => w.Length > 0).Select(w => w[0]).ToArray(),
            ParentSurnames = NameNormalizer.SurnameWords(r.Parent1LastName, r.Parent2LastName),
        };
    }
}
