using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Features.Records;
using MsixPortal.TestSupport.Records;

namespace MsixPortal.Tests.Features.Records;

/// <summary>The one-round-trip loader (PostgreSQL builds the record as JSON) against EF's own loading of the same child.</summary>
public class RecordLoaderTests(RecordsAppFactory factory) : IClassFixture<RecordsAppFactory>
{
    [Fact]
    public async Task Find_FullChild_EveryPropertyOfEveryRowAsEfLoadsIt()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var expected = await db.StateStudentRecords.AsNoTracking().AsSplitQuery()
            .Where(r => r.ConsolidatedStudent!.MsixId == student.MsixId)
            .Include(r => r.AlternateIds).Include(r => r.QualifyingMoves).Include(r => r.Enrollments)
            .Include(r => r.Courses).Include(r => r.Assessments)
            .ToListAsync();

        var found = await scope.ServiceProvider.GetRequiredService<RecordLoader>().FindAsync(student.MsixId, CancellationToken.None);

        Assert.NotNull(found?.Record);
        Assert.False(found.WasMergedAway);
        Assert.Equal(2, expected.Count);
        Assert.Equal(Snapshot(expected), Snapshot(found.Record.StateRecords));
        Assert.All(found.Record.StateRecords.SelectMany(r => r.Courses), c => Assert.Same(c.StateStudentRecord,
            found.Record.StateRecords.Single(r => r.Courses.Contains(c))));
        Assert.All(found.Record.StateRecords, r => Assert.Equal(DateTimeKind.Utc, r.LastSubmittedAt.Kind));
    }

    [Fact]
    public async Task Find_MergedIntoAStudentMergedInTurn_LeadsToTheLastMasterAndThePageRedirects()
    {
        var first = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("TX"));
        var second = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("CA"));
        var last = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("FL"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.ConsolidatedStudents.Where(s => s.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedIntoStudentId, second.Id));
        await db.ConsolidatedStudents.Where(s => s.Id == second.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedIntoStudentId, last.Id));
        var client = await factory.ClientAsync(MsixPortal.Authorization.PortalRoles.MepStaff);

        var found = await scope.ServiceProvider.GetRequiredService<RecordLoader>().FindAsync(first.MsixId, CancellationToken.None);
        using var page = await client.GetAsync(new Uri("/records/" + first.MsixId, UriKind.Relative));

        Assert.NotNull(found);
        Assert.True(found.WasMergedAway);
        Assert.Equal(last.MsixId, found.MsixId);
        Assert.Equal("FL", Assert.Single(found.Record!.StateRecords).StateCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/records/{last.MsixId}?mergedFrom={first.MsixId}", page.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Find_UnknownOrMalformedMsixId_Null()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<RecordLoader>();

        Assert.Null(await loader.FindAsync(RecordTestData.NewMsixId(), CancellationToken.None));
        Assert.Null(await loader.FindAsync("12345", CancellationToken.None));
    }

    /// <summary>Every scalar value of every record and row, in a stable order, as JSON (navigations left out).</summary>
    private static string Snapshot(IEnumerable<StateStudentRecord> records) => JsonSerializer.Serialize(
        records.OrderBy(r => r.StateCode, StringComparer.Ordinal).Select(r => new
        {
            Record = Scalars(r),
            AlternateIds = r.AlternateIds.OrderBy(x => x.Id).Select(Scalars),
            QualifyingMoves = r.QualifyingMoves.OrderBy(x => x.Id).Select(Scalars),
            Enrollments = r.Enrollments.OrderBy(x => x.Id).Select(Scalars),
            Courses = r.Courses.OrderBy(x => x.Id).Select(Scalars),
            Assessments = r.Assessments.OrderBy(x => x.Id).Select(Scalars),
        }));

    private static Dictionary<string, string?> Scalars(object entity) => entity.GetType().GetProperties()
        .Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string))
        .ToDictionary(p => p.Name, p => p.GetValue(entity) switch
        {
            DateTime t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            { } v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture),
            null => null,
        });
}
