using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Dixis.Api.Features.Catalog;

/// <summary>
/// Catalogue reads, shared by the API endpoints and the storefront when both run in one process.
/// Only approved products of active producers are visible.
/// </summary>
public sealed class CatalogQueries(DixisDbContext db, HybridCache cache, DixisMetrics metrics, IProductSearch search)
{
    public const string MediaPrefix = "/api/v1/media/";

    private IQueryable<Product> Visible => db.Products.AsNoTracking()
        .Where(p => p.Approval == ApprovalStatus.Approved && p.Producer!.Status == ProducerStatus.Active);

    public async Task<IReadOnlyList<CategoryDto>> CategoriesAsync(CancellationToken ct = default)
    {
        var miss = false;
        var result = await cache.GetOrCreateAsync("catalog:categories", async token =>
        {
            miss = true;
            return await db.Categories.AsNoTracking()
                .OrderBy(c => c.SortOrder)
                .Select(c => new CategoryDto(c.Id, c.Slug, c.NameEl, c.NameEn,
                    c.Products.Count(p => p.Approval == ApprovalStatus.Approved && p.Producer!.Status == ProducerStatus.Active)))
                .ToListAsync(token);
        }, new HybridCacheEntryOptions { Expiration = TimeSpan.FromMinutes(2) }, tags: ["catalog"], cancellationToken: ct);
        metrics.CacheRequest("categories", miss);
        return result;
    }

    public async Task<PagedResult<ProductSummary>> ProductsAsync(ProductQuery q, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            return await SearchedAsync(q, ct);
        }

        var query = Visible;
        if (!string.IsNullOrWhiteSpace(q.Category))
        {
            query = query.Where(p => p.Category!.Slug == q.Category);
        }

        if (!string.IsNullOrWhiteSpace(q.Producer))
        {
            query = Guid.TryParse(q.Producer, out var producerId)
                ? query.Where(p => p.ProducerId == producerId)
                : query.Where(p => p.Producer!.Slug == q.Producer);
        }

        if (q.MinPrice is { } min)
        {
            query = query.Where(p => p.Price >= min);
        }

        if (q.MaxPrice is { } max)
        {
            query = query.Where(p => p.Price <= max);
        }

        if (q.Pdo is { } pdo)
        {
            query = pdo ? query.Where(p => p.QualityLabel == QualityLabel.Pdo) : query.Where(p => p.QualityLabel != QualityLabel.Pdo);
        }

        if (q.Organic is { } organic)
        {
            query = query.Where(p => p.IsOrganic == organic);
        }

        var total = await query.CountAsync(ct);
        query = q.Sort switch
        {
            "newest" => query.OrderByDescending(p => p.CreatedAt).ThenBy(p => p.Id),
            "price-asc" => query.OrderBy(p => p.Price).ThenBy(p => p.Name),
            "price-desc" => query.OrderByDescending(p => p.Price).ThenBy(p => p.Name),
            _ => query.OrderBy(p => p.Name).ThenBy(p => p.Id),
        };
        var items = await ToSummaries(query.Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)).ToListAsync(ct);
        return new PagedResult<ProductSummary>(items.Select(Finish).ToList(), q.Page, q.PageSize, total);
    }

    public async Task<ProductDetail?> ProductAsync(string idOrSlug, CancellationToken ct = default)
    {
        var miss = false;
        var result = await cache.GetOrCreateAsync($"catalog:product:{idOrSlug}", async token =>
        {
            miss = true;
            var query = Guid.TryParse(idOrSlug, out var id) ? Visible.Where(p => p.Id == id) : Visible.Where(p => p.Slug == idOrSlug);
            var row = await query.Select(p => new
            {
                Summary = new ProductSummary(p.Id, p.Slug, p.Name, p.Price, p.Unit.ToString(), p.NetQuantity, null,
                    p.Category!.Slug, p.Category.NameEl, p.Producer!.Slug, p.Producer.BusinessName, p.Producer.Island ?? p.Producer.Region,
                    p.QualityLabel.ToString(), p.IsOrganic, p.Stock == null || p.Stock > 0,
                    p.Images.OrderBy(i => i.SortOrder).Select(i => i.BlobKey).FirstOrDefault()),
                p.Description,
                p.Ingredients,
                p.Allergens,
                p.Origin,
                p.Storage,
                p.Stock,
                p.WeightGrams,
                p.VatRateClass,
                Images = p.Images.OrderBy(i => i.SortOrder).Select(i => i.BlobKey).ToList(),
            }).FirstOrDefaultAsync(token);
            return row is null
                ? null
                : new ProductDetail(Finish(row.Summary), row.Description, row.Ingredients, AllergenNames(row.Allergens), row.Origin, row.Storage,
                    row.Stock, row.WeightGrams, row.VatRateClass.ToString(), row.Images.Select(k => MediaPrefix + k).ToList());
        }, new HybridCacheEntryOptions { Expiration = TimeSpan.FromSeconds(60) }, tags: ["catalog"], cancellationToken: ct);
        metrics.CacheRequest("product", miss);
        return result;
    }

    public async Task<PagedResult<ProducerSummary>> ProducersAsync(int page, int pageSize, CancellationToken ct = default)
    {
        var query = db.Producers.AsNoTracking().Where(p => p.Status == ProducerStatus.Active);
        var total = await query.CountAsync(ct);
        var items = await ProducerSummaries(query.OrderBy(p => p.BusinessName).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        return new PagedResult<ProducerSummary>(items, page, pageSize, total);
    }

    public async Task<ProducerDetail?> ProducerAsync(string idOrSlug, CancellationToken ct = default)
    {
        var query = db.Producers.AsNoTracking().Where(p => p.Status == ProducerStatus.Active);
        query = Guid.TryParse(idOrSlug, out var id) ? query.Where(p => p.Id == id) : query.Where(p => p.Slug == idOrSlug);
        var producer = await query.Select(p => new { p.Id, p.Description, p.FreeShippingThreshold }).FirstOrDefaultAsync(ct);
        if (producer is null)
        {
            return null;
        }

        var summary = await ProducerSummaries(db.Producers.AsNoTracking().Where(p => p.Id == producer.Id)).FirstAsync(ct);
        var products = await ToSummaries(Visible.Where(p => p.ProducerId == producer.Id).OrderBy(p => p.Name)).ToListAsync(ct);
        return new ProducerDetail(summary, producer.Description, producer.FreeShippingThreshold, products.Select(Finish).ToList());
    }

    /// <summary>
    /// A text search goes to the search engine (Greek folding, stemming, Greeklish, typos, relevance); the page's
    /// products are then read from the database, so prices and stock are current and hidden products never show.
    /// </summary>
    private async Task<PagedResult<ProductSummary>> SearchedAsync(ProductQuery q, CancellationToken ct)
    {
        var filters = new SearchFilters
        {
            Category = q.Category,
            Producer = q.Producer,
            MinPrice = q.MinPrice,
            MaxPrice = q.MaxPrice,
            Pdo = q.Pdo,
            Organic = q.Organic,
        };
        var result = await search.SearchAsync(new SearchRequest(q.Search, filters, SortOf(q.Sort), q.Page, q.PageSize), ct);
        var ids = result.Hits.Select(h => h.Document.Id).ToList();
        var rows = ids.Count == 0 ? [] : await ToSummaries(Visible.Where(p => ids.Contains(p.Id))).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        var items = ids.Where(byId.ContainsKey).Select(id => Finish(byId[id])).ToList();
        return new PagedResult<ProductSummary>(items, q.Page, q.PageSize, (int)Math.Min(result.Total, int.MaxValue));
    }

    /// <summary>The catalogue's sort names as engine sorts.</summary>
    public static SearchSort SortOf(string sort) => sort switch
    {
        "name" => SearchSort.Name,
        "newest" => SearchSort.Newest,
        "price-asc" => SearchSort.PriceAsc,
        "price-desc" => SearchSort.PriceDesc,
        _ => SearchSort.Relevance,
    };

    /// <summary>Drops cached catalogue reads after a change (every replica's Redis-backed entries too).</summary>
    public ValueTask InvalidateAsync(CancellationToken ct = default) => cache.RemoveByTagAsync("catalog", ct);

    private static IQueryable<ProductSummary> ToSummaries(IQueryable<Product> query) => query.Select(p => new ProductSummary(
        p.Id, p.Slug, p.Name, p.Price, p.Unit.ToString(), p.NetQuantity, null,
        p.Category!.Slug, p.Category.NameEl, p.Producer!.Slug, p.Producer.BusinessName, p.Producer.Island ?? p.Producer.Region,
        p.QualityLabel.ToString(), p.IsOrganic, p.Stock == null || p.Stock > 0,
        p.Images.OrderBy(i => i.SortOrder).Select(i => i.BlobKey).FirstOrDefault()));

    private static IQueryable<ProducerSummary> ProducerSummaries(IQueryable<Producer> query) => query.Select(p => new ProducerSummary(
        p.Id, p.Slug, p.BusinessName, p.City, p.Region, p.Prefecture, p.Island,
        p.Products.Count(x => x.Approval == ApprovalStatus.Approved)));

    // Price per kg or litre is what Greek shelf labels show; pieces have none.
    private static ProductSummary Finish(ProductSummary s) => s with
    {
        PricePerUnit = s.Unit == nameof(SaleUnit.Piece) || s.NetQuantity <= 0 ? null : Math.Round(s.Price / s.NetQuantity, 2, MidpointRounding.AwayFromZero),
        QualityLabel = s.QualityLabel == nameof(QualityLabel.None) ? null : s.QualityLabel,
        ImageUrl = s.ImageUrl is null ? null : MediaPrefix + s.ImageUrl,
    };

    private static List<string> AllergenNames(Allergens allergens) =>
        Enum.GetValues<Allergens>().Where(a => a != Allergens.None && allergens.HasFlag(a)).Select(a => a.ToString()).ToList();
}
