using System.Security.Claims;
using Dixis.Api.Features.Catalog;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Observability;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Producers;

/// <summary>A producer manages its own profile and products. Another producer's product answers 404, never 403, so ids leak nothing.</summary>
public static class OwnProducerEndpoints
{
    public static RouteGroupBuilder MapOwnProducerEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/producer").WithTags("Producer area").RequireAuthorization(AuthorizationPolicies.Producer);
        group.MapGet("/profile", GetProfile).WithName("GetOwnProducerProfile").WithSummary("The signed-in producer's profile");
        group.MapPut("/profile", PutProfile).WithName("PutOwnProducerProfile")
            .WithSummary("Create or update the producer profile; a new profile or a changed AFM waits for approval");
        group.MapGet("/products", ListProducts).WithName("ListOwnProducts").WithSummary("The producer's products in every moderation state");
        group.MapPost("/products", CreateProduct).WithName("CreateOwnProduct").WithSummary("Submit a new product for approval");
        group.MapPut("/products/{id:guid}", UpdateProduct).WithName("UpdateOwnProduct").WithSummary("Edit a product; it goes back to approval");
        return api;
    }

    public static async Task<Results<Ok<ProducerProfileResponse>, ProblemHttpResult>> GetProfile(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var producer = await OwnProducer(user, db, ct);
        return producer is null ? ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "producer-profile-missing") : TypedResults.Ok(ToResponse(producer));
    }

    public static async Task<Results<Ok<ProducerProfileResponse>, ValidationProblem>> PutProfile(
        ProducerProfileRequest request, ClaimsPrincipal user, DixisDbContext db, TimeProvider clock, CatalogQueries catalog, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = errors.Text("businessName", request.BusinessName, 200);
        var afm = Afm.Validate(request.Afm);
        errors.When(!afm.Valid, "afm", "afm." + (afm.Reason ?? "checksum"));
        var taxOffice = errors.Text("taxOffice", request.TaxOffice, 100);
        var street = errors.Text("street", request.Street, 200);
        var city = errors.Text("city", request.City, 100);
        var description = PlainDescription.From(errors.Text("description", request.Description, 4000, required: false));
        var iban = GreekIban.Normalize(request.Iban);
        errors.When(!string.IsNullOrWhiteSpace(request.Iban) && iban is null, "iban", "iban");
        var postal = errors.PostalCode("postalCode", request.PostalCode);
        var stockPostal = errors.PostalCode("stockPostalCode", request.StockPostalCode, required: false);
        if (errors.Any || postal is null)
        {
            return ApiProblems.Validation(errors);
        }

        var producer = await OwnProducer(user, db, ct);
        var isNew = producer is null;
        if (producer is null)
        {
            producer = new Producer
            {
                OwnerUserId = UserId(user),
                Slug = await UniqueSlugAsync(GreekText.Slugify(name!), "paragogos", c => db.Producers.AnyAsync(p => p.Slug == c, ct)),
                BusinessName = name!,
                Afm = afm.Afm,
                TaxOffice = taxOffice!,
                Street = street!,
                City = city!,
                PostalCode = postal.PostalCode.Value,
                CreatedAt = clock.GetUtcNow(),
                Status = ProducerStatus.Pending,
            };
            db.Producers.Add(producer);
        }

        // A new tax id is a new legal seller: it needs an admin's eyes again.
        if (!isNew && producer.Afm != afm.Afm)
        {
            producer.Status = ProducerStatus.Pending;
        }

        producer.BusinessName = name!;
        producer.Afm = afm.Afm;
        producer.TaxOffice = taxOffice!;
        producer.Iban = iban;
        producer.Street = street!;
        producer.City = city!;
        producer.PostalCode = postal.PostalCode.Value;
        producer.StockPostalCode = stockPostal?.PostalCode.Value;
        producer.Region = postal.Region;
        producer.Prefecture = postal.Prefecture;
        producer.Island = postal.Island;
        producer.Description = description!;
        await db.SaveChangesAsync(ct);
        await catalog.InvalidateAsync(ct);
        return TypedResults.Ok(ToResponse(producer));
    }

    public static async Task<Results<Ok<List<OwnProductResponse>>, ProblemHttpResult>> ListProducts(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var producer = await OwnProducer(user, db, ct);
        if (producer is null)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "producer-profile-missing");
        }

        var products = await db.Products.AsNoTracking().Where(p => p.ProducerId == producer.Id).OrderBy(p => p.Name)
            .Select(p => new OwnProductResponse(p.Id, p.Slug, p.Name, p.Price, p.Stock, p.Approval.ToString(), p.RejectionReason))
            .ToListAsync(ct);
        return TypedResults.Ok(products);
    }

    public static async Task<Results<Created<OwnProductResponse>, ValidationProblem, ProblemHttpResult>> CreateProduct(
        ProductRequest request, ClaimsPrincipal user, DixisDbContext db, TimeProvider clock, DixisMetrics metrics, CancellationToken ct)
    {
        var producer = await OwnProducer(user, db, ct);
        if (producer is null)
        {
            return ApiProblems.Problem(StatusCodes.Status409Conflict, "conflict", "producer-profile-missing");
        }

        var errors = new FieldErrors();
        var input = ProductInput.Validate(request, errors);
        var category = input is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Slug == input.CategorySlug, ct);
        errors.When(input is not null && category is null, "categorySlug", "category");
        if (input is null || category is null)
        {
            return ApiProblems.Validation(errors);
        }

        var now = clock.GetUtcNow();
        var product = new Product
        {
            ProducerId = producer.Id,
            Name = input.Name,
            Slug = await UniqueSlugAsync(GreekText.Slugify(input.Name), "proion", c => db.Products.AnyAsync(p => p.Slug == c, ct)),
            CreatedAt = now,
        };
        Apply(product, input, category, now);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        metrics.ProductChanged("created");
        return TypedResults.Created($"/api/v1/producer/products/{product.Id}", ToResponse(product));
    }

    public static async Task<Results<Ok<OwnProductResponse>, ValidationProblem, ProblemHttpResult>> UpdateProduct(
        Guid id, ProductRequest request, ClaimsPrincipal user, DixisDbContext db, TimeProvider clock, DixisMetrics metrics, CatalogQueries catalog, CancellationToken ct)
    {
        var producer = await OwnProducer(user, db, ct);
        var product = producer is null ? null : await db.Products.FirstOrDefaultAsync(p => p.Id == id && p.ProducerId == producer.Id, ct);
        if (product is null || producer is null)
        {
            return ApiProblems.NotFound();
        }

        var errors = new FieldErrors();
        var input = ProductInput.Validate(request, errors);
        var category = input is null ? null : await db.Categories.FirstOrDefaultAsync(c => c.Slug == input.CategorySlug, ct);
        errors.When(input is not null && category is null, "categorySlug", "category");
        if (input is null || category is null)
        {
            return ApiProblems.Validation(errors);
        }

        Apply(product, input, category, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await catalog.InvalidateAsync(ct);
        metrics.ProductChanged("updated");
        return TypedResults.Ok(ToResponse(product));
    }

    private static void Apply(Product product, ProductInput input, Category category, DateTimeOffset now)
    {
        product.Name = input.Name;
        product.CategoryId = category.Id;
        product.Description = input.Description;
        product.Price = input.Price;
        product.Unit = input.Unit;
        product.NetQuantity = input.NetQuantity;
        product.WeightGrams = input.WeightGrams;
        product.Stock = input.Stock;
        product.VatRateClass = input.VatRateClass;
        product.Allergens = input.Allergens;
        product.Ingredients = input.Ingredients;
        product.Origin = input.Origin;
        product.Storage = input.Storage;
        product.QualityLabel = input.QualityLabel;
        product.IsOrganic = input.IsOrganic;
        // Every change is moderated again before it is sold.
        product.Approval = ApprovalStatus.Pending;
        product.RejectionReason = null;
        product.UpdatedAt = now;
    }

    public static Guid UserId(ClaimsPrincipal user) => Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!);

    private static Task<Producer?> OwnProducer(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var userId = UserId(user);
        return db.Producers.FirstOrDefaultAsync(p => p.OwnerUserId == userId, ct);
    }

    /// <summary>The slug itself, or the first of slug-2, slug-3, … that <paramref name="taken"/> says is free.</summary>
    private static async Task<string> UniqueSlugAsync(string slug, string fallback, Func<string, Task<bool>> taken)
    {
        slug = string.IsNullOrEmpty(slug) ? fallback : slug;
        var candidate = slug;
        for (var i = 2; await taken(candidate); i++)
        {
            candidate = $"{slug}-{i}";
        }

        return candidate;
    }

    private static ProducerProfileResponse ToResponse(Producer p) => new(p.Id, p.Slug, p.BusinessName, p.Afm, p.TaxOffice, p.Iban, p.Street, p.City,
        p.PostalCode, p.StockPostalCode, p.Region, p.Island, p.Status.ToString(), p.RejectionReason, p.Description);

    private static OwnProductResponse ToResponse(Product p) => new(p.Id, p.Slug, p.Name, p.Price, p.Stock, p.Approval.ToString(), p.RejectionReason);
}
