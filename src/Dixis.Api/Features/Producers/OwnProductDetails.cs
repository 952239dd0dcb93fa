using System.Security.Claims;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Producers;

/// <summary>One of the producer's own products with every field it can edit, in the shape of a <see cref="ProductRequest"/>.</summary>
public sealed record OwnProductDetail(Guid Id, string Slug, string Approval, string? RejectionReason, ProductRequest Fields, IReadOnlyList<string> ImageUrls);

/// <summary>
/// <c>GET /producer/products/{id}</c>: an edit form must send every field back (the PUT replaces them all), so it first
/// reads them here. Another producer's product answers 404.
/// </summary>
public static class OwnProductDetails
{
    public static RouteGroupBuilder MapOwnProductDetails(this RouteGroupBuilder api)
    {
        api.MapGet("/producer/products/{id:guid}", Get).RequireAuthorization(AuthorizationPolicies.Producer).WithTags("Producer area")
            .WithName("GetOwnProduct").WithSummary("One of the producer's products with every editable field");
        return api;
    }

    /// <summary>The product when the user's producer owns it, else null.</summary>
    public static async Task<OwnProductDetail?> FindAsync(DixisDbContext db, Guid userId, Guid id, CancellationToken ct)
    {
        var p = await db.Products.AsNoTracking().Include(p => p.Category).Include(p => p.Images)
            .FirstOrDefaultAsync(p => p.Id == id && p.Producer!.OwnerUserId == userId, ct);
        if (p is null)
        {
            return null;
        }

        var allergens = Enum.GetValues<Allergens>().Where(a => a != Allergens.None && p.Allergens.HasFlag(a)).Select(a => a.ToString()).ToList();
        var fields = new ProductRequest(p.Name, p.Category!.Slug, p.Description, p.Price, p.Unit.ToString().ToLowerInvariant(), p.NetQuantity, p.WeightGrams, p.Stock,
            VatMath.ToCode(p.VatRateClass), allergens, p.Ingredients, p.Origin, p.Storage, p.QualityLabel.ToString().ToLowerInvariant(), p.IsOrganic);
        var images = p.Images.OrderBy(i => i.SortOrder).Select(i => CatalogQueries.MediaPrefix + i.BlobKey).ToList();
        return new OwnProductDetail(p.Id, p.Slug, p.Approval.ToString(), p.RejectionReason, fields, images);
    }

    private static async Task<Results<Ok<OwnProductDetail>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct) =>
        await FindAsync(db, OwnProducerEndpoints.UserId(user), id, ct) is { } detail ? TypedResults.Ok(detail) : ApiProblems.NotFound();
}
