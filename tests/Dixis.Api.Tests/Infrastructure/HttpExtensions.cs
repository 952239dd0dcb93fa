using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Dixis.Api.Tests.Infrastructure;

/// <summary>Small helpers that keep the tests about behaviour, not plumbing.</summary>
public static class HttpExtensions
{
    public static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public static HttpClient Client(this ApiFixture fixture, string language = "el-GR", string? token = null)
    {
        var client = fixture.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<JsonElement> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(string.IsNullOrEmpty(text) ? "null" : text).RootElement.Clone();
    }

    /// <summary>Logs in with a bearer token and returns it.</summary>
    public static async Task<string> LoginAsync(this ApiFixture fixture, string email, string password)
    {
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email, password });
        Assert.True(response.IsSuccessStatusCode, $"login of {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Json()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Registers a new account with a unique email and logs it in; returns its bearer token and email.</summary>
    public static async Task<(string Token, string Email)> NewAccountAsync(this ApiFixture fixture, string accountType, string? afm = null)
    {
        var email = $"{accountType}-{Guid.NewGuid():N}@example.gr";
        using var client = fixture.Client();
        using var response = await client.PostAsJsonAsync("/api/v1/accounts/register",
            new { email, password = "Kalimera-2026!", displayName = "Δοκιμαστικός Χρήστης", accountType, afm });
        Assert.True(response.IsSuccessStatusCode, $"register failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await fixture.LoginAsync(email, "Kalimera-2026!"), email);
    }

    /// <summary>Asserts an RFC 7807 answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> AssertProblem(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(body).RootElement.Clone();
        Assert.StartsWith("https://dixis.gr/problems/", json.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
        return json;
    }
}
