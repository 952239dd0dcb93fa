using System.Security.Claims;
using Dixis.Api.Features.Admin;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Dixis.Infrastructure.Data.Gdpr;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Gdpr;

/// <summary>What a staff endpoint does with personal data, and why (the purpose recorded when no reason is given).</summary>
public sealed record AuditedEndpoint(string Action, string? SubjectType, string Purpose)
{
    /// <summary>For an endpoint serving many pages: which requests touch personal data (null: every request).</summary>
    public Func<PathString, bool>? Applies { get; init; }
}

/// <summary>
/// Writes the audit row of one staff read or change of personal data (who, what, when, why), before it happens. The
/// audited endpoints and their purposes are listed here, in one place, and every way in uses this class: the
/// <see cref="StaffAccessAudit"/> middleware for HTTP calls, and the embedded storefront's admin area, which calls
/// the same handlers in-process and so never passes through the middleware. Both leave the same row.
/// </summary>
public sealed class StaffAccessRecorder(DixisDbContext db, TimeProvider clock)
{
    /// <summary>The longest reason a staff member may give.</summary>
    public const int MaxReasonLength = 300;

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

    /// <summary>True when <paramref name="reason"/> (optional) may be recorded: at most 300 characters of clean text.</summary>
    public static bool IsAcceptableReason(string? reason) => reason is null || (reason.Trim().Length <= MaxReasonLength && TextRules.IsClean(reason.Trim()));

    /// <summary>
    /// Appends the row for <paramref name="staff"/> calling the audited endpoint <paramref name="endpointName"/>, and
    /// leaves the context with nothing tracked, so the handler that follows starts clean.
    /// </summary>
    /// <param name="staff">The administrator.</param>
    /// <param name="endpointName">A key of <see cref="Endpoints"/>.</param>
    /// <param name="request">Method and path of the API request (ids only, no query string).</param>
    /// <param name="subjectId">The record concerned, for endpoints about one record.</param>
    /// <param name="reason">The staff member's own reason (checked with <see cref="IsAcceptableReason"/>), or null for the endpoint's purpose.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task RecordAsync(ClaimsPrincipal staff, string endpointName, string request, string? subjectId = null, string? reason = null, CancellationToken ct = default)
    {
        if (!Endpoints.TryGetValue(endpointName, out var audited))
        {
            throw new ArgumentException($"{endpointName} is not an audited staff endpoint.", nameof(endpointName));
        }

        if (!IsAcceptableReason(reason))
        {
            throw new ArgumentException("The reason is too long or holds control characters.", nameof(reason));
        }

        var given = reason?.Trim();
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorUserId = Guid.TryParse(staff.FindFirstValue(ClaimTypes.NameIdentifier), out var actor) ? actor : null,
            ActorRole = Roles.Admin,
            Action = audited.Action,
            Resource = endpointName,
            SubjectType = audited.SubjectType,
            SubjectId = audited.SubjectType is null ? null : subjectId,
            SubjectUserId = await SubjectUserAsync(audited.SubjectType, subjectId, ct),
            Reason = string.IsNullOrEmpty(given) ? audited.Purpose : given,
            Request = request,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The person a record is about, so they find the access in their own export.</summary>
    private async Task<Guid?> SubjectUserAsync(string? type, string? id, CancellationToken ct)
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
