using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Search;

/// <summary>Reads search documents from the database: only products on sale (approved, producer active).</summary>
public static class SearchDocumentSource
{
    public static IQueryable<Product> Visible(DixisDbContext db) => db.Products.AsNoTracking()
        .Where(p => p.Approval == ApprovalStatus.Approved && p.Producer!.Status == ProducerStatus.Active);

    /// <summary>Documents of the given products that are on sale; ids missing from the answer should leave the index.</summary>
    public static async Task<List<SearchDocument>> LoadAsync(DixisDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var list = new List<SearchDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(500))
        {
            list.AddRange(await Project(Visible(db).Where(p => chunk.Contains(p.Id))).ToListAsync(ct));
        }

        return list;
    }

    /// <summary>Every product on sale, streamed by one query in id order (for rebuilds of any size).</summary>
    public static IAsyncEnumerable<SearchDocument> AllAsync(DixisDbContext db) => Project(Visible(db).OrderBy(p => p.Id)).AsAsyncEnumerable();

    public static Task<int> CountAsync(DixisDbContext db, CancellationToken ct) => Visible(db).CountAsync(ct);

    private static IQueryable<SearchDocument> Project(IQueryable<Product> query) => query.Select(p => new SearchDocument
    {
        Id = p.Id,
        Slug = p.Slug,
        Name = p.Name,
        Description = p.Description,
        CategorySlug = p.Category!.Slug,
        CategoryName = p.Category.NameEl,
        ProducerId = p.ProducerId,
        ProducerSlug = p.Producer!.Slug,
        ProducerName = p.Producer.BusinessName,
        Region = p.Producer.Island ?? p.Producer.Region,
        Place = p.Producer.Region + " " + p.Producer.Prefecture + " " + (p.Producer.Island ?? "") + " " + p.Producer.City,
        QualityLabel = p.QualityLabel.ToString(),
        IsOrganic = p.IsOrganic,
        Price = p.Price,
        Unit = p.Unit.ToString(),
        NetQuantity = p.NetQuantity,
        InStock = p.Stock == null || p.Stock > 0,
        ImageKey = p.Images.OrderBy(i => i.SortOrder).Select(i => i.BlobKey).FirstOrDefault(),
        CreatedAt = p.CreatedAt,
    });
}
