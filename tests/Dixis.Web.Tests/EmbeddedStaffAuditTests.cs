using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dixis.Api.Features.Gdpr;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Web.Tests;

/// <summary>
/// The embedded storefront's admin pages call the API's handlers in-process, past the API's audit middleware; the
/// accesses they make to personal data must still be in the audit log, with the same row the same call over HTTP
/// leaves (who, what, when, why).
/// </summary>
public sealed class EmbeddedStaffAuditTests(StorefrontFixture fixture) : IClassFixture<StorefrontFixture>
{
    private const string AdminEmail = "admin@dixis.local";
    private const string AdminPassword = "Admin-Test-2026!x";

    [Fact]
    public async Task Admin_pages_in_embedded_mode_leave_the_same_audit_rows_as_the_api_over_http()
    {
        // A pending producer, so the admin's home page lists one and can approve it.
        using var producer = fixture.CreateClient();
        var business = "Τυροκομείο Ελέγχου " + Guid.NewGuid().ToString("N")[..6];
        await AccountForms.RegisterAsync(producer, "producer", "Παραγωγός Ελέγχου", AccountForms.NewEmail(), null);
        using (var profile = await PageHtml.PostFormAsync(producer, "/producer/onboarding", "producer-profile", new Dictionary<string, string>
        {
            ["Input.BusinessName"] = business,
            ["Input.Afm"] = "090000045",
            ["Input.TaxOffice"] = "ΔΟΥ Ιωαννίνων",
            ["Input.Iban"] = "",
            ["Input.Street"] = "Οδός Ελέγχου 3",
            ["Input.City"] = "Ιωάννινα",
            ["Input.PostalCode"] = "45221",
            ["Input.Description"] = "",
        }))
        {
            Assert.True(profile.IsSuccessStatusCode);
        }

        Guid producerId, ownerId;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<DixisDbContext>().Producers.Where(p => p.BusinessName == business)
                .Select(p => new { p.Id, p.OwnerUserId }).SingleAsync();
            (producerId, ownerId) = (row.Id, row.OwnerUserId!.Value);
        }

        using var admin = fixture.CreateClient();
        await AdminForms.LoginAsync(admin, fixture.Services, AdminEmail, AdminPassword);
        var adminId = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/accounts/me")).GetProperty("id").GetGuid();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.OK, (await PageHtml.GetAsync(admin, "/admin/orders")).Status);
        var (homeStatus, home) = await PageHtml.GetAsync(admin, "/admin");
        Assert.Equal(HttpStatusCode.OK, homeStatus);
        Assert.Contains(business, home);
        using (var approved = await PageHtml.PostFormAsync(admin, "/admin", $"decide-producer-{producerId}", new Dictionary<string, string>
        {
            ["Input.Id"] = producerId.ToString(),
            ["Input.Subject"] = "producer",
            ["Input.Name"] = business,
            ["Input.Decision"] = "approve",
        }))
        {
            Assert.Contains("Εγκρίθηκε: " + business, await approved.Content.ReadAsStringAsync());
        }

        var pages = await AuditRowsAsync(adminId, since);
        var orders = Assert.Single(pages, r => r.Resource == "ListAllOrders");
        Assert.Equal(("read", "GET /api/v1/admin/orders", StaffAccessRecorder.Endpoints["ListAllOrders"].Purpose), (orders.Action, orders.Request, orders.Reason));
        // The home page lists pending producers on each render (also after the approval's post): a row each time.
        Assert.Contains(pages, r => r.Resource == "AdminListProducers" && r.Request == "GET /api/v1/admin/producers" && r.SubjectId is null);
        var approval = Assert.Single(pages, r => r.Resource == "ApproveProducer");
        Assert.Equal(("change", "producer", producerId.ToString(), ownerId), (approval.Action, approval.SubjectType, approval.SubjectId, approval.SubjectUserId));
        Assert.Equal($"POST /api/v1/admin/producers/{producerId}/approve", approval.Request);
        Assert.All(pages, r => Assert.Equal("admin", r.ActorRole));

        // The same read over HTTP (the API of the same process, through its middleware) leaves the same row.
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/admin/orders")).StatusCode);
        var overHttp = Assert.Single(await AuditRowsAsync(adminId, before), r => r.Resource == "ListAllOrders");
        Assert.Equal(orders with { Id = overHttp.Id, At = overHttp.At }, overHttp);

        // And the admin finds them through the API's own audit endpoint.
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/admin/audit?actorUserId={adminId}&pageSize=100");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("id").GetGuid() == approval.Id);
    }

    private async Task<List<Row>> AuditRowsAsync(Guid adminId, DateTimeOffset since)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<DixisDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ActorUserId == adminId)
            .Select(a => new Row(a.Id, a.At, a.ActorUserId, a.ActorRole, a.Action, a.Resource, a.SubjectType, a.SubjectId, a.SubjectUserId, a.Reason, a.Request))
            .ToListAsync();
        // SQLite cannot compare DateTimeOffset in SQL: filter by time here.
        return rows.Where(r => r.At >= since).ToList();
    }

    private sealed record Row(Guid Id, DateTimeOffset At, Guid? ActorUserId, string ActorRole, string Action, string Resource, string? SubjectType, string? SubjectId, Guid? SubjectUserId, string Reason, string? Request);
}
