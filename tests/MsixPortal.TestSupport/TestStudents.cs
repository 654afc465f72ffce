using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.TestSupport;

/// <summary>A consolidated student created for a test, with its State records' IDs.</summary>
public sealed record TestStudent(long Id, string MsixId, IReadOnlyList<long> RecordIds);

/// <summary>Consolidated students with State records, written straight to the database (as an accepted submission would).</summary>
public static class TestStudents
{
    /// <summary>Every test child's surname; also a log canary (<see cref="LogCanaries"/>).</summary>
    public const string LastName = "Testchild";

    /// <summary>The default birth date; also a log canary.</summary>
    public static readonly DateOnly BirthDate = new(2015, 3, 4);

    /// <summary>One student with one record per State in <paramref name="states"/>; names made up, never real.</summary>
    public static async Task<TestStudent> CreateAsync(IServiceProvider services, params string[] states) =>
        await CreateAsync(services, "Rosa", BirthDate, states);

    public static async Task<TestStudent> CreateAsync(IServiceProvider services, string firstName, DateOnly birthDate, params string[] states)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTime.UtcNow;
        var student = new ConsolidatedStudent
        {
            MsixId = await scope.ServiceProvider.GetRequiredService<MsixIdGenerator>().NextAsync(),
            CreatedAt = now,
        };
        foreach (var state in states)
        {
            student.StateRecords.Add(new StateStudentRecord
            {
                StateCode = state, StateStudentId = $"{state}-{Guid.NewGuid():N}"[..15], StateStudentIdType = "01",
                FirstName = firstName, LastName1 = LastName, Sex = "Female", BirthDate = birthDate,
                CreatedAt = now, LastSubmittedAt = now,
            });
        }
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
        return new TestStudent(student.Id, student.MsixId, [.. student.StateRecords.Select(r => r.Id)]);
    }

    /// <summary>Which student each State record sits under, and each student's merge pointer: the shape merges and splits change.</summary>
    public static async Task<string> SnapshotAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var students = await db.ConsolidatedStudents.OrderBy(s => s.Id)
            .Select(s => $"{s.Id}:{s.MsixId}->{s.MergedIntoStudentId}").ToListAsync();
        var records = await db.StateStudentRecords.OrderBy(r => r.Id)
            .Select(r => $"{r.Id}@{r.ConsolidatedStudentId}").ToListAsync();
        return string.Join(' ', students) + " | " + string.Join(' ', records);
    }
}
