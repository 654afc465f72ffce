using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

/// <summary>Arranges children for search tests and runs the matcher as the app does.</summary>
internal static class SearchStudents
{
    private static long _sequence = MsixId.FirstSequenceNumber + 500_000;

    /// <summary>A State record with sensible defaults; tests override what they are about.</summary>
    public static StateStudentRecord Record(string first, string last1, string? last2 = null, DateOnly? birthDate = null,
        string state = "TX", string sex = "Female") => new()
    {
        StateCode = state,
        StateStudentId = "S" + Interlocked.Increment(ref _sequence).ToString(System.Globalization.CultureInfo.InvariantCulture)[^9..],
        StateStudentIdType = "01",
        FirstName = first,
        LastName1 = last1,
        LastName2 = last2,
        Sex = sex,
        BirthDate = birthDate ?? new DateOnly(2014, 3, 9),
        CreatedAt = DateTime.UtcNow,
        LastSubmittedAt = DateTime.UtcNow,
    };

    /// <summary>Saves one consolidated student made of the given State records; returns its MSIX ID.</summary>
    public static async Task<string> AddAsync(PortalAppFactory factory, params StateStudentRecord[] records)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var student = new ConsolidatedStudent
        {
            MsixId = MsixId.FromSequenceNumber(Interlocked.Increment(ref _sequence)),
            CreatedAt = DateTime.UtcNow,
        };
        student.StateRecords.AddRange(records);
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
        return student.MsixId;
    }

    /// <summary>The MSIX IDs found, best first (first page of 20).</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(PortalAppFactory factory, SearchCriteria criteria)
    {
        var page = await MatchAsync(factory, criteria);
        await using var scope = factory.Services.CreateAsyncScope();
        var details = scope.ServiceProvider.GetRequiredService<SearchResultDetails>();
        return (await details.LoadAsync(page.Matches)).Select(r => r.MsixId).ToList();
    }

    public static string? First(IReadOnlyList<string> found) => found.Count > 0 ? found[0] : null;

    public static async Task<MatchPage> MatchAsync(PortalAppFactory factory, SearchCriteria criteria, int page = 1)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var matcher = scope.ServiceProvider.GetRequiredService<StudentMatcher>();
        return await matcher.FindAsync(criteria, page, 20);
    }
}
