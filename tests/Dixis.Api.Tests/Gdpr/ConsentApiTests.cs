using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Gdpr;

/// <summary>
/// Consent per purpose (GET/PUT /me/consents): anonymous visitors by the consent cookie, signed-in people by account;
/// every change is a new record (withdrawal included), essential cannot be refused, anonymous choices follow the person
/// after log-in.
/// </summary>
public abstract class ConsentApiTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task A_visitor_without_a_choice_has_only_essential_and_no_cookie_is_set_by_asking()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var response = await client.GetAsync("/api/v1/me/consents");
        var state = await response.Json();
        Assert.False(state.GetProperty("decided").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["essential"] = true, ["analytics"] = false, ["marketing"] = false }, Granted(state));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [SkippableFact]
    public async Task A_visitor_choice_is_remembered_by_cookie_and_a_withdrawal_is_a_new_record()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client();
        using var put = await client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true, marketing = false, source = "web" });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var cookie = put.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dixis.consent=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        var id = cookie.Split(';')[0]["dixis.consent=".Length..];

        using var again = Fixture.Client();
        again.DefaultRequestHeaders.Add("Cookie", "dixis.consent=" + id);
        var state = await (await again.GetAsync("/api/v1/me/consents")).Json();
        Assert.True(state.GetProperty("decided").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["essential"] = true, ["analytics"] = true, ["marketing"] = false }, Granted(state));

        // Withdraw analytics: the history keeps both decisions, the state is the newer one.
        var withdrawn = await (await again.PutAsJsonAsync("/api/v1/me/consents", new { analytics = false, marketing = false })).Json();
        Assert.False(Granted(withdrawn)["analytics"]);
        await using var scope = Fixture.Scope();
        var hash = Dixis.Infrastructure.Gdpr.ConsentSubject.Anonymous(id).AnonymousIdHash;
        var history = await scope.ServiceProvider.GetRequiredService<DixisDbContext>().ConsentRecords.AsNoTracking()
            .Where(c => c.AnonymousIdHash == hash && c.Purpose == ConsentPurposes.Analytics).ToListAsync();
        Assert.Equal([true, false], history.OrderBy(h => h.RecordedAt).ThenBy(h => h.Id).Select(h => h.Granted));
        Assert.Equal(["api", "web"], history.Select(h => h.Source).Order());
    }

    [SkippableFact]
    public async Task Essential_cannot_be_refused_and_every_purpose_needs_an_answer()
    {
        Fixture.EnsureAvailable();
        using var client = Fixture.Client("en-US");
        var problem = await (await client.PutAsJsonAsync("/api/v1/me/consents", new { essential = false, analytics = false, marketing = false })).AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("essential", out _));
        problem = await (await client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true, source = "fax" })).AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("marketing", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("source", out _));
    }

    [SkippableFact]
    public async Task A_signed_in_person_adopts_the_choices_made_before_logging_in_and_keeps_their_own()
    {
        Fixture.EnsureAvailable();
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        using var visitor = Fixture.Client();
        using var put = await visitor.PutAsJsonAsync("/api/v1/me/consents", new { analytics = false, marketing = true, source = "web" });
        var cookie = put.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dixis.consent=", StringComparison.Ordinal)).Split(';')[0];

        using var signedIn = Fixture.Client(token: person.Token);
        signedIn.DefaultRequestHeaders.Add("Cookie", cookie);
        var state = await (await signedIn.GetAsync("/api/v1/me/consents")).Json();
        Assert.True(state.GetProperty("decided").GetBoolean());
        Assert.True(Granted(state)["marketing"]);

        // Their own later choice wins, and is theirs on any device (no cookie).
        await signedIn.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true, marketing = false });
        var mine = await (await Fixture.Client(token: person.Token).GetAsync("/api/v1/me/consents")).Json();
        Assert.Equal(new Dictionary<string, bool> { ["essential"] = true, ["analytics"] = true, ["marketing"] = false }, Granted(mine));
    }

    private static Dictionary<string, bool> Granted(JsonElement state) =>
        state.GetProperty("purposes").EnumerateArray().ToDictionary(p => p.GetProperty("purpose").GetString()!, p => p.GetProperty("granted").GetBoolean());
}

public sealed class SqliteConsentApiTests(SqliteApiFixture fixture) : ConsentApiTests<SqliteApiFixture>(fixture);

public sealed class MariaDbConsentApiTests(MariaDbApiFixture fixture) : ConsentApiTests<MariaDbApiFixture>(fixture);
