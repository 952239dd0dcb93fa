using Dixis.Api.Features.Catalog;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Admin;

/// <summary>Admins approve or reject producers and products.</summary>
public static class ModerationEndpoints
{
    /// <summary>Why a submission was rejected, shown to the producer.</summary>
    public sealed record RejectRequest(string? Reason);

    /// <summary>A producer awaiting or past moderation.</summary>
    public sealed record ModerationProducer(Guid Id, string Slug, string BusinessName, string Afm, string City, string PostalCode, string Status, DateTimeOffset CreatedAt);

    /// <summary>A product awaiting or past moderation.</summary>
    public sealed record ModerationProduct(Guid Id, string Slug, string Name, string ProducerName, decimal Price, string Approval, DateTimeOffset UpdatedAt);

    public static RouteGroupBuilder MapModerationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.Admin);
        group.MapGet("/producers", ListProducers).WithName("AdminListProducers").WithSummary("Producers by status (default pending)");
        group.MapPost("/producers/{id:guid}/approve", ApproveProducer).WithName("ApproveProducer").WithSummary("Activate a producer");
        group.MapPost("/producers/{id:guid}/reject", RejectProducer).WithName("RejectProducer").WithSummary("Reject a producer with a reason");
        group.MapGet("/products", ListProducts).WithName("AdminListProducts").WithSummary("Products by approval state (default pending)");
        group.MapPost("/products/{id:guid}/approve", ApproveProduct).WithName("ApproveProduct").WithSummary("Put a product on sale");
        group.MapPost("/products/{id:guid}/reject", RejectProduct).WithName("RejectProduct").WithSummary("Reject a product with a reason");
        return api;
    }

    public static async Task<Results<Ok<List<ModerationProducer>>, ValidationProblem>> ListProducers(string? status, DixisDbContext db, CancellationToken ct)
    {
        if (!EnumNames.TryParse<ProducerStatus>(status ?? "pending", out var s))
        {
            var errors = new FieldErrors();
            errors.Add("status", "bad-request");
            return ApiProblems.Validation(errors);
        }

        var rows = await db.Producers.AsNoTracking().Where(p => p.Status == s).OrderBy(p => p.CreatedAt)
            .Select(p => new ModerationProducer(p.Id, p.Slug, p.BusinessName, p.Afm, p.City, p.PostalCode, p.Status.ToString(), p.CreatedAt))
            .Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    public static async Task<Results<Ok<List<ModerationProduct>>, ValidationProblem>> ListProducts(string? status, DixisDbContext db, CancellationToken ct)
    {
        if (!EnumNames.TryParse<ApprovalStatus>(status ?? "pending", out var s))
        {
            var errors = new FieldErrors();
            errors.Add("status", "bad-request");
            return ApiProblems.Validation(errors);
        }

        var rows = await db.Products.AsNoTracking().Where(p => p.Approval == s).OrderBy(p => p.UpdatedAt)
            .Select(p => new ModerationProduct(p.Id, p.Slug, p.Name, p.Producer!.BusinessName, p.Price, p.Approval.ToString(), p.UpdatedAt))
            .Take(500).ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ApproveProducer(Guid id, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct) =>
        DecideProducer(id, ProducerStatus.Active, null, db, metrics, catalog, ct);

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RejectProducer(Guid id, RejectRequest request, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct) =>
        DecideProducer(id, ProducerStatus.Rejected, request.Reason, db, metrics, catalog, ct);

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ApproveProduct(Guid id, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct) =>
        DecideProduct(id, ApprovalStatus.Approved, null, db, metrics, catalog, ct);

    public static Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> RejectProduct(Guid id, RejectRequest request, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct) =>
        DecideProduct(id, ApprovalStatus.Rejected, request.Reason, db, metrics, catalog, ct);

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DecideProducer(
        Guid id, ProducerStatus status, string? reason, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cleanReason = status == ProducerStatus.Rejected ? errors.Text("reason", reason, 500) : null;
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var producer = await db.Producers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (producer is null)
        {
            return ApiProblems.NotFound();
        }

        producer.Status = status;
        producer.RejectionReason = cleanReason;
        await db.SaveChangesAsync(ct);
        await catalog.InvalidateAsync(ct);
        metrics.Moderated("producer", status.ToString().ToLowerInvariant());
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DecideProduct(
        Guid id, ApprovalStatus status, string? reason, DixisDbContext db, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var cleanReason = status == ApprovalStatus.Rejected ? errors.Text("reason", reason, 500) : null;
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return ApiProblems.NotFound();
        }

        product.Approval = status;
        product.RejectionReason = cleanReason;
        await db.SaveChangesAsync(ct);
        await catalog.InvalidateAsync(ct);
        metrics.Moderated("product", status.ToString().ToLowerInvariant());
        return TypedResults.NoContent();
    }
}
