using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Gdpr;

/// <summary><c>GET /admin/audit</c>: the record of processing (who read or changed whose data, when and why), newest first.</summary>
public static class AuditEndpoints
{
    public const string ListName = "AdminListAudit";

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/admin/audit", List).RequireAuthorization(AuthorizationPolicies.Admin).WithTags("Admin").WithName(ListName)
            .WithSummary("The audit log, paged; filter by the person concerned (`subjectUserId`), a record (`subjectType` + `subjectId`) or the actor (`actorUserId`)")
            .WithDescription("Reading the log is itself recorded in it.");
        return api;
    }

    private static async Task<Results<Ok<AuditPageResponse>, ValidationProblem>> List(
        Guid? subjectUserId, string? subjectType, string? subjectId, Guid? actorUserId, int? page, int? pageSize, DixisDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(page is < 1, "page", "page");
        errors.When(pageSize is < 1 or > 100, "pageSize", "page-size");
        errors.When(subjectType is { Length: > 30 } || (subjectType is not null && !TextRules.IsClean(subjectType)), "subjectType", "bad-request");
        errors.When(subjectId is { Length: > 64 } || (subjectId is not null && !TextRules.IsClean(subjectId)), "subjectId", "bad-request");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var query = db.AuditLog.AsNoTracking();
        if (subjectUserId is { } person)
        {
            query = query.Where(a => a.SubjectUserId == person);
        }

        if (!string.IsNullOrWhiteSpace(subjectType))
        {
            query = query.Where(a => a.SubjectType == subjectType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(subjectId))
        {
            query = query.Where(a => a.SubjectId == subjectId.Trim());
        }

        if (actorUserId is { } actor)
        {
            query = query.Where(a => a.ActorUserId == actor);
        }

        var p = page ?? 1;
        var size = pageSize ?? 50;
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip((p - 1) * size).Take(size)
            .Select(a => new AuditEntryResponse(a.Id, a.At, a.ActorUserId, a.ActorRole, a.Action, a.Resource, a.SubjectType, a.SubjectId, a.SubjectUserId, a.Reason, a.Request))
            .ToListAsync(ct);
        return TypedResults.Ok(new AuditPageResponse(items, p, size, total));
    }
}
