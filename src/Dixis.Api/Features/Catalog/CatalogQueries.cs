using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Dixis.Api.Features.Catalog;

/// <summary>
/// Catalogue reads, shared by the API endpoints and the storefront when both run in one process.
/// Only approved products of active producers are visible.
/// </summary>
public sealed class CatalogQueries(DixisDbContext db, HybridCache cache, DixisMetrics metrics)
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

        var tokens = string.IsNullOrWhiteSpace(q.Search) ? [] : GreekText.SearchSkeleton(q.Search).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8).ToArray();
        foreach (var token in tokens)
        {
            // Both sides are reduced to the same folded, Greeklish-tolerant skeleton, so «ΜΈΛΙ», «μελι» and «meli» meet.
            query = query.Where(p => p.SearchText.Contains(token));
        }

        if (!string.IsNullOrWhiteSpace(q.Search) && tokens.Length == 0)
        {
            // Text with no letters or digits (punctuation only) matches nothing rather than everything.
            return new PagedResult<ProductSummary>([], q.Page, q.PageSize, 0);
        }

        var total = await query.CountAsync(ct);
        if (q.Sort == "relevance" && tokens.Length > 0)
        {
            return new PagedResult<ProductSummary>(await RankedPageAsync(query, tokens, q, ct), q.Page, q.PageSize, total);
        }

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
    /// Ranks matches in memory: words found in the name weigh more than in producer, region or category, and a name
    /// that starts with the first word comes first. The engine of the search issue replaces this.
    /// </summary>
    private async Task<List<ProductSummary>> RankedPageAsync(IQueryable<Product> query, string[] tokens, ProductQuery q, CancellationToken ct)
    {
        var candidates = await query.Select(p => new { p.Id, p.Name, p.SearchText }).Take(MaxRankedCandidates).ToListAsync(ct);
        var pageIds = candidates
            .OrderByDescending(c => Score(c.SearchText, tokens))
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Skip((q.Page - 1) * q.PageSize).Take(q.PageSize)
            .Select(c => c.Id).ToList();
        var rows = await ToSummaries(Visible.Where(p => pageIds.Contains(p.Id))).ToListAsync(ct);
        return pageIds.Select(id => Finish(rows.First(r => r.Id == id))).ToList();
    }

    private const int MaxRankedCandidates = 5000;

    private static int Score(string searchText, string[] tokens)
    {
        var name = CatalogueSearchText.NamePart(searchText);
        var score = name.StartsWith(tokens[0], StringComparison.Ordinal) ? 1 : 0;
        foreach (var token in tokens)
        {
            if (name.Contains(token, StringComparison.Ordinal))
            {
                score += name.StartsWith(token, StringComparison.Ordinal) || name.Contains(" " + token, StringComparison.Ordinal) ? 3 : 2;
            }
        }

        return score;
    }

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
