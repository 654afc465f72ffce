using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Authorization;

/// <summary>
/// security.md 42 (issue 17 point 3): no GET request changes state. Every GET route of the
/// authorization matrix is requested as every caller (anonymous and each role of State TX, the
/// national administrator), with the matrix's sample URL and with URLs naming real things the
/// caller may act on (a move notice sent to TX, a data request asked of TX, a pending flag, a near
/// match, an application, a user, a submission, the caller's own search). After each request a
/// checksum of every table must be unchanged.
/// </summary>
public class NoGetChangesStateTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    /// <summary>
    /// What a read may still write, with why. The audit trail is append-only and records every view
    /// (FERPA 34 CFR 99.32, security.md 28): reading is meant to add rows there, and nothing reads them back into a decision.
    /// </summary>
    private static readonly Dictionary<string, string[]> Excluded = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["audit_events"] = ["*"],
        // The outbox job delivers emails on its own schedule, whatever request is running: its delivery
        // columns move under any request. A new email (a row) or a changed text would still be seen.
        ["outbox_emails"] = ["next_attempt_at", "attempts", "sent_at", "last_error"],
    };

    [Fact]
    public async Task EveryGetRoute_AsEveryCaller_LeavesEveryTableUnchanged()
    {
        var realUrls = await SeedAsync();
        var changed = new List<string>();
        var requests = 0;
        var seededAndOpened = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.Method is "GET" or "*"))
        {
            foreach (var caller in AuthorizationMatrix.Callers)
            {
                foreach (var url in UrlsFor(row, caller, realUrls))
                {
                    var before = await ChecksumsAsync();
                    using var response = await factory.ClientFor(caller).GetAsync(new Uri(url, UriKind.Relative));
                    var after = await ChecksumsAsync();
                    requests++;
                    if (response.IsSuccessStatusCode)
                    {
                        seededAndOpened.Add(url);
                    }
                    var tables = before.Keys.Union(after.Keys)
                        .Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).ToList();
                    if (tables.Count > 0)
                    {
                        changed.Add($"{caller}: GET {url} ({(int)response.StatusCode}) changed {string.Join(", ", tables)}");
                    }
                }
            }
        }

        Assert.True(requests > 300, $"Only {requests} requests were made: the matrix or the seeded URLs are missing.");
        // Each real thing was opened by someone (else the test would prove nothing about it); a request without an attachment has none to download.
        var neverOpened = realUrls.Values.SelectMany(u => u).Distinct()
            .Where(u => !seededAndOpened.Contains(u) && !u.EndsWith("/attachment", StringComparison.Ordinal)).ToList();
        Assert.True(neverOpened.Count == 0, "Seeded URLs no caller could open: " + string.Join(", ", neverOpened));
        Assert.True(changed.Count == 0, "GET requests changed state:\n" + string.Join('\n', changed));
    }

    /// <summary>The row's sample URL, and for a route with parameters the URLs of real things of that route.</summary>
    private static IEnumerable<string> UrlsFor(MatrixRow row, string caller, IReadOnlyDictionary<string, List<string>> realUrls)
    {
        yield return row.Url;
        var key = caller + " " + row.Route;
        foreach (var url in realUrls.GetValueOrDefault(key) ?? realUrls.GetValueOrDefault("* " + row.Route) ?? [])
        {
            yield return url;
        }
    }

    /// <summary>Things the TX callers may open, made through the real pages where one exists; keyed by "caller route" ("*" for every caller).</summary>
    private async Task<Dictionary<string, List<string>>> SeedAsync()
    {
        var urls = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string caller, string route, string url)
        {
            if (!urls.TryGetValue($"{caller} {route}", out var list))
            {
                urls[$"{caller} {route}"] = list = [];
            }
            list.Add(url);
        }

        var child = await TestStudents.CreateAsync(factory.Services, "TX", "CA");
        var other = await TestStudents.CreateAsync(factory.Services, "TX");
        foreach (var route in new[] { "/records/{msixId}", "/records/{msixId}/access-log", "/records/{msixId}/move-notices/new", "/records/{msixId}/data-requests/new" })
        {
            Add("*", route, route.Replace("{msixId}", child.MsixId, StringComparison.Ordinal));
        }
        Add("*", "/merge-split/merge", $"/merge-split/merge?ids={child.MsixId}%20{other.MsixId}");
        Add("*", "/merge-split/split", $"/merge-split/split?msixId={child.MsixId}");

        // From California to Texas: the TX callers are the receivers (opening must not mark it received).
        var caSender = await factory.SignInAsync(PortalRoles.MepStaff, "CA");
        var notice = await SendMoveNoticeAsync(caSender, child.MsixId, "TX");
        var request = await SendDataRequestAsync(caSender, child.MsixId, "TX");
        Add("*", "/move-notices/{id:long}", notice);
        Add("*", "/move-notices/{id:long}/outcome", notice + "/outcome?outcome=Located");
        Add("*", "/data-requests/{id:long}", request);
        Add("*", "/data-requests/{id:long}/attachment", request + "/attachment");

        var flagger = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "TX");
        var flag = await MergeFlagAsync(flagger.Client, other.MsixId, child.MsixId);
        Add("*", "/merge-split/{id:long}", flag);
        Add("*", "/merge-split/{id:long}/validate", flag + "/validate");
        Add("*", "/merge-split/{id:long}/reject", flag + "/reject");

        var nearMatch = await TestNearMatches.CreateAsync(factory.Services, candidateState: "CA", incomingState: "TX");
        Add("*", "/near-matches/{id:guid}", $"/near-matches/{nearMatch}");
        Add("*", "/near-matches/{id:guid}/decide", $"/near-matches/{nearMatch}/decide?decision=match");
        Add("*", "/near-matches/{id:guid}/decide", $"/near-matches/{nearMatch}/decide?decision=no-match");
        var submission = await factory.WithDbAsync(db => db.Submissions.Where(s => s.StateCode == "TX").Select(s => s.PublicId).FirstAsync());
        Add("*", "/submissions/{id:guid}", $"/submissions/{submission}");
        Add("*", "/submissions/{id:guid}/errors.{format}", $"/submissions/{submission}/errors.csv");
        Add("*", "/submissions/{id:guid}/errors.{format}", $"/submissions/{submission}/errors.xlsx");

        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        Add("*", "/admin/applications/{id:guid}", $"/admin/applications/{application.Id}");
        Add("*", "/admin/users/{id:guid}", $"/admin/users/{flagger.Account.Id}");
        Add("*", "/admin/notice-recipients", "/admin/notice-recipients?state=TX");

        // Each signed-in caller's own search results (another's are a 404 anyway).
        foreach (var caller in AuthorizationMatrix.Callers.Where(c => c != AuthorizationMatrix.Anonymous))
        {
            var client = factory.ClientFor(caller);
            var form = (await HtmlPage.GetAsync(client, "/search")).Form("/search")
                .Set("Input.LastName", TestStudents.LastName).Set("Input.BirthDate", "03/04/2015");
            var results = await form.PostAsync(client);
            Add(caller, "/search/results/{id:guid}", results.LocationPath()!);
        }
        return urls;
    }

    private async Task<Dictionary<string, string>> ChecksumsAsync()
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var checked_ = tables.Where(t => !(Excluded.TryGetValue(t, out var columns) && columns.Contains("*"))).ToList();
        var sql = string.Join("\nUNION ALL\n", checked_.Select(t =>
        {
            var without = Excluded.TryGetValue(t, out var columns) ? string.Concat(columns.Select(c => $" - '{c}'")) : "";
            return $"SELECT '{t}', md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM "
                + $"(SELECT (to_jsonb(r){without})::text AS x FROM \"{t}\" r) s";
        }));
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var rows = await command.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            sums[rows.GetString(0)] = rows.GetString(1);
        }
        return sums;
    }

    private static async Task<string> SendMoveNoticeAsync(HttpClient client, string msixId, string toState)
    {
        var form = (await HtmlPage.GetAsync(client, $"/records/{msixId}/move-notices/new")).Form($"/records/{msixId}/move-notices/review")
            .Set("Input.Kind", nameof(MoveNoticeKind.MovingTo)).Set("Input.StateCode", toState)
            .Set("Input.City", "Yuma").Set("Input.MoveDate", "2026-11-20").Set("Input.SenderContact", "Registrar, 555-0100");
        return LocationOf(await (await WorkflowForms.ConfirmAsync(client, form)).PostAsync(client), "/move-notices/");
    }

    private async Task<string> SendDataRequestAsync(HttpClient client, string msixId, string state)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/data-requests/new");
        var fields = page.Form($"/records/{msixId}/data-requests/review").Fields
            .Where(f => f.Key is not ("StateCodes" or "Kinds" or "Reason" or "NeededBy")).ToList();
        fields.AddRange([new("StateCodes", state), new("Kinds", "Immunization"), new("Reason", "Enrolling next week"), new("NeededBy", "2030-01-15")]);
        var confirm = await HtmlPage.LoadAsync(await client.PostAsync(new Uri($"/records/{msixId}/data-requests/review", UriKind.Relative), new FormUrlEncodedContent(fields)));
        var response = await confirm.Form($"/records/{msixId}/data-requests").PostAsync(client);
        Assert.Equal("/data-requests", response.LocationPath());
        var id = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.StateCode == state).OrderByDescending(r => r.Id).Select(r => r.Id).FirstAsync());
        return $"/data-requests/{id}";
    }

    private static async Task<string> MergeFlagAsync(HttpClient client, string master, string other)
    {
        var page = await HtmlPage.GetAsync(client, $"/merge-split/merge?ids={master}%20{other}");
        var confirm = await HtmlPage.LoadAsync(await page.Form("/records/merge/review").Set("MasterMsixId", master).Set("Reason", "Same child").PostAsync(client));
        var response = await confirm.Form("/records/merge").PostAsync(client);
        return LocationOf(response, "/merge-split/");
    }

    private static string LocationOf(HttpResponseMessage response, string prefix)
    {
        var location = response.LocationPath();
        Assert.True(location?.StartsWith(prefix, StringComparison.Ordinal) == true,
            $"Expected a redirect to {prefix}..., got {(int)response.StatusCode} {location}");
        return location!;
    }


}
