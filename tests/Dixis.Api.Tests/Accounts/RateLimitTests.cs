using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Dixis.Api.Tests.Accounts;

/// <summary>An app whose login limit is 3 a minute, to see the limiter answer.</summary>
public sealed class StrictRateLimitFixture : ApiFixture
{
    public override string ProviderName => "Sqlite";

    protected override IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Sqlite",
        ["ConnectionStrings:Dixis"] = $"Data Source={Path.Combine(Folder, "dixis.db")}",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AuthPerMinute", "3");
    }
}

public sealed class RateLimitTests(StrictRateLimitFixture fixture) : IClassFixture<StrictRateLimitFixture>
{
    [Fact]
    public async Task Login_beyond_the_limit_answers_429_with_retry_after()
    {
        using var client = fixture.Client("en");
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = "someone@example.gr", password = "Wrong-123456!" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/accounts/login", new { email = "someone@example.gr", password = "Wrong-123456!" });
        var problem = await limited.AssertProblem(429);
        Assert.Equal("Too many requests. Try again shortly.", problem.GetProperty("title").GetString());
        Assert.Equal("60", limited.Headers.GetValues("Retry-After").Single());
    }
}
