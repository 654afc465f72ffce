using MsixPortal.Infrastructure.Submissions;
using MsixPortal.Tests.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security.Fuzz;

/// <summary>The portal for the fuzz test: sign-in, search and export limits out of the way (they answer 429, a 4xx, and would end the test early).</summary>
public sealed class FuzzPortalAppFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerIpPerMinute"] = "100000",
        ["RateLimits:SignInPerAccountPerMinute"] = "100000",
        ["RateLimits:AnonymousPerIpPerMinute"] = "100000",
        ["Search:PermitsPerMinute"] = "100000",
        ["Records:Export:PerUserPerMinute"] = "100000",
    };
}

/// <summary>
/// security.md 45 (issue 17 point 6): every form of the authorization matrix, posted by every caller
/// the matrix lets through, with a valid antiforgery token and submission key, with each field in
/// turn empty, too long, of the wrong type and hostile (the others plausible): never a 5xx. Bounded:
/// one request per field and bad value, about 1,500 in all.
/// </summary>
public class FormFuzzTests(FuzzPortalAppFactory factory) : IClassFixture<FuzzPortalAppFactory>
{
    private const string TokenField = "__RequestVerificationToken";

    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(r => r.IsStateChanging && !r.Route.StartsWith("/api/", StringComparison.Ordinal)
            && AuthorizationMatrix.Callers.Any(c => r.Expected[c] == MatrixOutcome.Allow)))
        {
            data.Add(row.Method, row.Route);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task Post_EachFieldEmptyTooLongWrongTypeOrHostile_NeverAServerError(string method, string route)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Route == route);
        var fields = FormFields.Of(factory.Services, method, route);
        var failures = new List<string>();

        foreach (var caller in AuthorizationMatrix.Callers.Where(c => row.Expected[c] == MatrixOutcome.Allow))
        {
            var client = await ClientAsync(caller);
            var token = await TokenAsync(client, caller);
            foreach (var (label, values) in Variants(fields))
            {
                using var response = await client.PostAsync(new Uri(row.Url, UriKind.Relative), new FormUrlEncodedContent(
                    [new(TokenField, token), new(IdempotentSubmissionAttribute.FieldName, Guid.NewGuid().ToString()), .. values]));
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{caller}, {label}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0,
            $"{row} ({row.Url}, fields {string.Join(", ", fields.Select(f => f.Name))}) answered 5xx:\n{string.Join('\n', failures)}");
    }

    /// <summary>All fields plausible, then each field in turn with each bad value.</summary>
    private static IEnumerable<(string Label, List<KeyValuePair<string, string>> Values)> Variants(IReadOnlyList<FormField> fields)
    {
        List<KeyValuePair<string, string>> Plausible() => [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, FuzzValues.Plausible(f.Type)))];
        yield return ("all plausible", Plausible());
        foreach (var field in fields)
        {
            foreach (var (label, value) in FuzzValues.Bad)
            {
                var values = Plausible();
                values.RemoveAll(v => v.Key == field.Name);
                values.Add(new(field.Name, value(field.Type)));
                yield return ($"{field.Name} {label}", values);
            }
        }
    }

    private async Task<HttpClient> ClientAsync(string caller)
    {
        if (caller != AuthorizationMatrix.Anonymous)
        {
            return await factory.SignInAsync(caller);
        }
        var client = factory.CreatePortalClient();
        await PortalSignIn.AcceptNoticeAsync(client);
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, string caller)
    {
        var path = caller == AuthorizationMatrix.Anonymous ? "/account/signin" : "/account";
        var page = await HtmlPage.GetAsync(client, path);
        return page.Document.Forms.Select(form => new HtmlForm(form)[TokenField]).FirstOrDefault(t => t is not null)
            ?? throw new InvalidOperationException($"No antiforgery token on {path}");
    }
}
