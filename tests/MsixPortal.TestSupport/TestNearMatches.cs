using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Submissions;
using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.TestSupport;

/// <summary>
/// A near-match work item made the real way: one State submits a child, another State submits a
/// record of nearly the same child (one letter, a day and the parents differ), and linking proposes them.
/// </summary>
public static class TestNearMatches
{
    private static readonly XNamespace Ns = SubmissionFormat.XmlNamespace;

    /// <summary>Submits both records through <see cref="SubmissionService"/>; returns the new item's public ID.</summary>
    public static async Task<Guid> CreateAsync(IServiceProvider services, string candidateState = "TX", string incomingState = "CA")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await SubmitAsync(services, candidateState, Student(candidateState, $"K{suffix}", "Lissete", "García", "20140307",
            ("LastName2", "López"), ("Parent1FirstName", "Juan"), ("Parent1LastName", "García")));
        await SubmitAsync(services, incomingState, Student(incomingState, $"N{suffix}", "Lisete", "Garcia", "20140308"));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.NearMatchItems.Where(n => n.StateCode == incomingState)
            .Join(db.StateStudentRecords.Where(r => r.StateStudentId == $"N{suffix}"), n => n.StateStudentRecordId, r => r.Id, (n, r) => n.PublicId)
            .SingleAsync();
    }

    /// <summary>The temporary MSIX ID the incoming record was given (before a match moves it), and the candidate's.</summary>
    public static async Task<(string Incoming, string Candidate)> MsixIdsAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var pair = await db.NearMatchItems.Where(n => n.PublicId == id)
            .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => new { r.ConsolidatedStudentId, n.CandidateConsolidatedStudentId })
            .SingleAsync();
        var ids = await db.ConsolidatedStudents.Where(s => s.Id == pair.ConsolidatedStudentId || s.Id == pair.CandidateConsolidatedStudentId)
            .ToDictionaryAsync(s => s.Id, s => s.MsixId);
        return (ids[pair.ConsolidatedStudentId], ids[pair.CandidateConsolidatedStudentId]);
    }

    private static XElement Student(string state, string id, string first, string last, string birthDate, params (string Name, string Value)[] more) =>
        new(Ns + "Student", new XAttribute("RecordNumber", 1), new XAttribute("Action", "I"),
            Elements(("StateCode", state), ("StateStudentId", id), ("StateStudentIdType", "01"), ("FirstName", first),
                ("LastName1", last), ("Sex", "Female"), ("BirthDate", birthDate), ("MultipleBirth", "No"), ("BirthCountry", "MX")),
            Elements(more),
            new XElement(Ns + "QualifyingMove", new XAttribute("Sequence", 1), Elements(("QualifyingArrivalDate", "20250815"),
                ("FromCountry", "MX"), ("ToState", state), ("EligibilityExpirationDate", "20280814"))));

    private static async Task SubmitAsync(IServiceProvider services, string state, XElement student)
    {
        var file = new XElement(Ns + "StateSubmission",
            new XElement(Ns + "Header", Elements(("StateCode", state), ("Timestamp", "2026-10-30T12:00:00Z"), ("StudentCount", "1"),
                ("RecordCount", "2"), ("EffectiveBeginDate", "20260801"), ("EffectiveEndDate", "20270731"))),
            student);
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<SubmissionService>()
            .SubmitAsync(new SubmissionRequest(state, "operator"), new MemoryStream(Encoding.UTF8.GetBytes(file.ToString())));
        if (result.Rejected > 0 || result.FileProblem is not null)
        {
            throw new InvalidOperationException($"The test submission for {state} was rejected.");
        }
    }

    private static IEnumerable<XElement> Elements(params (string Name, string Value)[] values) =>
        values.Select(v => new XElement(Ns + v.Name, v.Value));
}
