using System.Net;
using System.Net.Http.Json;
using Dixis.Api.Features.Gdpr;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Api.Tests.Payments;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Gdpr;

/// <summary>
/// Records of processing: staff reads and changes of personal data are in the audit log (who, what, when, why), which
/// only admins can read and nobody can change; security events are counted for failed log-ins and refused requests.
/// </summary>
public abstract class AuditLogTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : ApiFixture
{
    protected TFixture Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Staff_reads_and_changes_are_recorded_with_who_what_and_why_and_only_admins_see_the_log()
    {
        Fixture.EnsureAvailable();
        var token = await Fixture.AdminTokenAsync();
        using var admin = Fixture.Client(token: token);
        var adminId = (await (await admin.GetAsync("/api/v1/accounts/me")).Json()).GetProperty("id").GetGuid();

        var reason = "Αίτημα υποστήριξης " + Guid.NewGuid().ToString("N")[..6];
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/orders"))
        {
            request.Headers.Add(StaffAccessAudit.ReasonHeader, reason);
            Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(request)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/producers")).StatusCode);

        // A producer submits a profile; the admin approves it: a change about that person.
        var owner = await GdprTestKit.NewPersonAsync(Fixture, "producer");
        using var producer = Fixture.Client(token: owner.Token);
        using (var profile = await producer.PutAsJsonAsync("/api/v1/producer/profile", new
        {
            businessName = "Μελισσοκομία Ελέγχου",
            afm = "094014201",
            taxOffice = "ΔΟΥ Χανίων",
            street = "Οδός 5",
            city = "Χανιά",
            postalCode = "73100",
            description = "Μέλι από θυμάρι.",
        }))
        {
            Assert.True(profile.IsSuccessStatusCode, await profile.Content.ReadAsStringAsync());
        }

        var producerId = (await (await producer.GetAsync("/api/v1/producer/profile")).Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/admin/producers/{producerId}/approve", null)).StatusCode);

        var orders = await (await admin.GetAsync($"/api/v1/admin/audit?actorUserId={adminId}&pageSize=100")).Json();
        Assert.Contains(orders.GetProperty("items").EnumerateArray(), e => e.GetProperty("resource").GetString() == "ListAllOrders"
            && e.GetProperty("reason").GetString() == reason && e.GetProperty("action").GetString() == "read" && e.GetProperty("request").GetString() == "GET /api/v1/admin/orders");
        Assert.Contains(orders.GetProperty("items").EnumerateArray(), e => e.GetProperty("resource").GetString() == "AdminListProducers"
            && e.GetProperty("reason").GetString()!.StartsWith("Producer moderation", StringComparison.Ordinal));

        var aboutOwner = await (await admin.GetAsync($"/api/v1/admin/audit?subjectUserId={owner.Id}")).Json();
        var approval = Assert.Single(aboutOwner.GetProperty("items").EnumerateArray());
        Assert.Equal("ApproveProducer", approval.GetProperty("resource").GetString());
        Assert.Equal("change", approval.GetProperty("action").GetString());
        Assert.Equal(producerId.ToString(), approval.GetProperty("subjectId").GetString());
        Assert.Equal(adminId, approval.GetProperty("actorUserId").GetGuid());

        // Reading the log is recorded too; a consumer cannot read it at all.
        Assert.Contains(orders.GetProperty("items").EnumerateArray(), e => e.GetProperty("resource").GetString() == AuditEndpoints.ListName);
        using var consumer = Fixture.Client(token: owner.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await consumer.GetAsync("/api/v1/admin/audit")).StatusCode);
        await (await admin.GetAsync("/api/v1/admin/audit?pageSize=1000")).AssertProblem(400);

        // A reason with control characters is refused before anything is read.
        using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/orders");
        bad.Headers.TryAddWithoutValidation(StaffAccessAudit.ReasonHeader, "x\u0007y");
        await (await admin.SendAsync(bad)).AssertProblem(400);
    }

    [SkippableFact]
    public async Task The_audit_log_cannot_be_changed_or_deleted_through_ef_nor_by_sql()
    {
        Fixture.EnsureAvailable();
        var token = await Fixture.AdminTokenAsync();
        Assert.Equal(HttpStatusCode.OK, (await Fixture.Client(token: token).GetAsync("/api/v1/admin/orders")).StatusCode);
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<DixisDbContext>();
        var entry = await db.AuditLog.OrderBy(a => a.Id).FirstAsync();
        var reason = entry.Reason;

        entry.Reason = "rewritten";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditLog.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        // Past EF, the database's triggers refuse.
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.Where(a => a.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reason, "rewritten")));
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditLog.Where(a => a.Id == entry.Id).ExecuteDeleteAsync());
        Assert.Equal(reason, (await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == entry.Id)).Reason);
    }

    [SkippableFact]
    public void Every_admin_endpoint_is_audited_or_known_to_handle_no_personal_data()
    {
        Fixture.EnsureAvailable();
        var admin = Fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.Contains("/admin/", StringComparison.Ordinal) == true)
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? e.RoutePattern.RawText!)
            .ToList();
        Assert.NotEmpty(admin);
        var unlisted = admin.Where(n => !StaffAccessRecorder.Endpoints.ContainsKey(n) && !StaffAccessRecorder.NoPersonalData.Contains(n)).ToList();
        Assert.True(unlisted.Count == 0, "admin endpoints missing from StaffAccessRecorder.Endpoints: " + string.Join(", ", unlisted));
    }

    [SkippableFact]
    public async Task Failed_logins_lockouts_and_refused_requests_are_counted_as_security_events()
    {
        Fixture.EnsureAvailable();
        using var metrics = new MetricCapture(Fixture);
        var person = await GdprTestKit.NewPersonAsync(Fixture);
        using var anonymous = Fixture.Client();
        for (var i = 0; i < 5; i++)
        {
            await anonymous.PostAsJsonAsync("/api/v1/accounts/login", new { email = person.Email, password = "Wrong-Password-1!" });
        }

        await (await anonymous.PostAsJsonAsync("/api/v1/accounts/login", new { email = person.Email, password = person.Password })).AssertProblem(423);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Fixture.Client(token: person.Token).GetAsync("/api/v1/admin/orders")).StatusCode);

        const string events = "dixis.security.events";
        Assert.True(metrics.Sum(events, ("kind", SecurityEvents.LoginFailed)) >= 4);
        Assert.True(metrics.Sum(events, ("kind", SecurityEvents.Lockout)) >= 1);
        Assert.True(metrics.Sum(events, ("kind", SecurityEvents.Unauthorized)) >= 1);
        Assert.True(metrics.Sum(events, ("kind", SecurityEvents.Forbidden)) >= 1);
    }
}

public sealed class SqliteAuditLogTests(SqliteApiFixture fixture) : AuditLogTests<SqliteApiFixture>(fixture);

public sealed class MariaDbAuditLogTests(MariaDbApiFixture fixture) : AuditLogTests<MariaDbApiFixture>(fixture);
