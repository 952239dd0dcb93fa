using System.Net;

namespace Dixis.Web.Tests;

/// <summary>
/// Embedded mode: the log-in form posts are limited per client like the API's own login (10 a minute by default),
/// because the page calls the account handlers in-process. xunit gives each test class its own fixture, so the spent limit stays here.
/// </summary>
public sealed class AccountFormRateLimitTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    [Fact]
    public async Task The_eleventh_login_post_in_a_minute_gets_the_greek_429_page_while_the_form_still_shows()
    {
        using var client = fixture.CreateClient();
        for (var i = 0; i < 10; i++)
        {
            using var refused = await AccountForms.LoginAsync(client, "nobody@example.gr", "Wrong-Password-1!");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var limited = await AccountForms.LoginAsync(client, "nobody@example.gr", "Wrong-Password-1!");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.Headers.RetryAfter?.Delta);
        Assert.Contains("Πάρα πολλές προσπάθειες", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
