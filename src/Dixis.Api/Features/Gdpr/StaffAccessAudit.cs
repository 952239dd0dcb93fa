using System.Security.Claims;
using Dixis.Api.Features.Admin;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Gdpr;
using Dixis.Infrastructure.Gdpr;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Gdpr;

/// <summary>What a staff endpoint does with personal data, and why (the purpose recorded when no reason is given).</summary>
public sealed record AuditedEndpoint(string Action, string? SubjectType, string Purpose)
{
    /// <summary>For an endpoint serving many pages: which requests touch personal data (null: every request).</summary>
    public Func<PathString, bool>? Applies { get; init; }
}

/// <summary>
/// Records every call by staff (the admin role) to an endpoint that reads or changes personal data, before the
/// endpoint runs: no access without its record. The endpoints are listed here by name, in one place, and a test
/// checks that every <c>/admin</c> endpoint is either listed or known to touch no personal data. The caller may
/// give a reason in the <c>X-Audit-Reason</c> header; otherwise the endpoint's purpose is recorded.
/// </summary>
public sealed class StaffAccessAudit(RequestDelegate next)
{
    public const string ReasonHeader = "X-Audit-Reason";

    /// <summary>Staff endpoints that touch personal data, by endpoint name.</summary>
    public static readonly IReadOnlyDictionary<string, AuditedEndpoint> Endpoints = new Dictionary<string, AuditedEndpoint>(StringComparer.Ordinal)
    {
        ["ListAllOrders"] = new(AuditActions.Read, null, "Order oversight across producers (buyer names, contacts, addresses)"),
        ["MoveAnyOrder"] = new(AuditActions.Change, "order", "Order support: status change by an administrator"),
        ["AdminListProducers"] = new(AuditActions.Read, null, "Producer moderation (business details, AFM, address)"),
        ["ApproveProducer"] = new(AuditActions.Change, "producer", "Producer moderation: approval"),
        ["RejectProducer"] = new(AuditActions.Change, "producer", "Producer moderation: rejection"),
        ["ListSettlements"] = new(AuditActions.Read, null, "Monthly settlements (producers' payouts)"),
        ["ExportSettlements"] = new(AuditActions.Read, null, "Monthly settlements export for accounting"),
        ["RunSettlements"] = new(AuditActions.Change, null, "Monthly settlements run"),
        ["GetInvoice"] = new(AuditActions.Read, "invoice", "Tax document look-up by an administrator"),
        ["GetInvoicePdf"] = new(AuditActions.Read, "invoice", "Tax document look-up by an administrator"),
        [AuditEndpoints.ListName] = new(AuditActions.Read, null, "Review of the record of processing"),
        // The jobs dashboard (no endpoint name, so by route): a job's page shows its arguments, and a mail job's hold the recipient.
        [JobsDashboard.Path + "/{**path}"] = new(AuditActions.Read, "job", "Jobs dashboard: a job's details (its arguments)")
        {
            Applies = path => path.Value?.Contains("/jobs/details/", StringComparison.Ordinal) == true,
        },
    };

    /// <summary>Staff endpoints that handle no personal data (product moderation), so need no record.</summary>
    public static readonly IReadOnlySet<string> NoPersonalData = new HashSet<string>(StringComparer.Ordinal)
    {
        "AdminListProducts", "ApproveProduct", "RejectProduct",
        // Sales by day and by delivery region: sums, no person.
        "GetSales",
    };

    public async Task InvokeAsync(HttpContext context, DixisDbContext db, TimeProvider clock)
    {
        var endpoint = context.GetEndpoint();
        var name = endpoint?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? (endpoint as RouteEndpoint)?.RoutePattern.RawText;
        if (name is not null && Endpoints.TryGetValue(name, out var audited) && (audited.Applies?.Invoke(context.Request.Path) ?? true)
            && context.User.IsInRole(Roles.Admin))
        {
            if (!await AppendAsync(context, db, clock, name, audited))
            {
                var errors = new FieldErrors();
                errors.Add("X-Audit-Reason", "audit.reason");
                await ApiProblems.Validation(errors).ExecuteAsync(context);
                return;
            }
        }

        await next(context);
    }

    private static async Task<bool> AppendAsync(HttpContext context, DixisDbContext db, TimeProvider clock, string name, AuditedEndpoint audited)
    {
        var given = context.Request.Headers[ReasonHeader].ToString().Trim();
        if (given.Length > 300 || !TextRules.IsClean(given))
        {
            return false;
        }

        var subjectId = audited.SubjectType switch
        {
            null => null,
            "job" => context.Request.Path.Value?.Split('/')[^1] is { Length: > 0 and <= 64 } job ? job : null,
            _ => context.Request.RouteValues["id"]?.ToString(),
        };
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorUserId = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var actor) ? actor : null,
            ActorRole = Roles.Admin,
            Action = audited.Action,
            Resource = name,
            SubjectType = audited.SubjectType,
            SubjectId = subjectId,
            SubjectUserId = await SubjectUserAsync(db, audited.SubjectType, subjectId, context.RequestAborted),
            Reason = given.Length > 0 ? given : audited.Purpose,
            Request = $"{context.Request.Method} {context.Request.Path}",
        });
        await db.SaveChangesAsync(context.RequestAborted);
        // The endpoint gets a clean context: nothing of ours stays tracked.
        db.ChangeTracker.Clear();
        return true;
    }

    /// <summary>The person a record is about, so they find the access in their own export.</summary>
    private static async Task<Guid?> SubjectUserAsync(DixisDbContext db, string? type, string? id, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var recordId))
        {
            return null;
        }

        return type switch
        {
            "order" => await db.Orders.Where(o => o.Id == recordId).Select(o => o.BuyerUserId).FirstOrDefaultAsync(ct),
            "producer" => await db.Producers.Where(p => p.Id == recordId).Select(p => p.OwnerUserId).FirstOrDefaultAsync(ct),
            "invoice" => await db.Invoices.Where(i => i.Id == recordId).Select(i => i.BuyerUserId).FirstOrDefaultAsync(ct),
            _ => null,
        };
    }
}
