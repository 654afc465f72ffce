namespace MsixPortal.Tests.Authorization;

/// <summary>The request a matrix row names, as the matrix tests send it.</summary>
public static class MatrixRequests
{
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, MatrixRow row)
    {
        var method = row.Method == "*" ? HttpMethod.Get : new HttpMethod(row.Method);
        using var request = new HttpRequestMessage(method, new Uri(row.Url, UriKind.Relative));
        if (row.IsStateChanging)
        {
            // No antiforgery token on purpose: callers who pass authorization must get 400 (security.md 22).
            request.Content = new FormUrlEncodedContent([]);
        }
        return await client.SendAsync(request);
    }
}
