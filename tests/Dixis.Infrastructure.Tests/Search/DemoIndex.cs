using Dixis.Domain.Greek;
using Dixis.Infrastructure.Search;
using Dixis.Infrastructure.Search.Lucene;
using Dixis.Infrastructure.Seeding;

namespace Dixis.Infrastructure.Tests.Search;

/// <summary>The demo catalogue as search documents (no database), and a Lucene index of it in a temporary folder.</summary>
public sealed class DemoIndex : IAsyncLifetime, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dixis-search-" + Guid.NewGuid().ToString("N")[..8]);

    public LuceneProductSearch Search { get; private set; } = null!;

    public static IReadOnlyList<SearchDocument> Documents { get; } = Build();

    public static SearchDocument Named(string name) => Documents.Single(d => d.Name == name);

    public async Task InitializeAsync()
    {
        Search = new LuceneProductSearch(_folder);
        await Search.RebuildAsync(Documents.ToAsyncEnumerable());
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        Search?.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static List<SearchDocument> Build()
    {
        var categories = DemoCategories.All.ToDictionary(c => c.Slug);
        var producers = DemoProducers.All.ToDictionary(p => p.Key);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var list = new List<SearchDocument>();
        foreach (var (item, i) in DemoProducts.All.Select((p, i) => (p, i)))
        {
            var producer = producers[item.Producer];
            var info = PostalCodeDirectory.Lookup(PostalCode.Parse(producer.PostalCode));
            list.Add(new SearchDocument
            {
                Id = new Guid(i + 1, 0, 0, new byte[8]),
                Slug = GreekText.Slugify(item.Name),
                Name = item.Name,
                Description = item.Description,
                CategorySlug = item.Category,
                CategoryName = categories[item.Category].NameEl,
                ProducerId = new Guid(1000 + DemoProducers.All.ToList().IndexOf(producer), 0, 0, new byte[8]),
                ProducerSlug = GreekText.Slugify(producer.BusinessName),
                ProducerName = producer.BusinessName,
                Region = info?.Island ?? info?.Region ?? "",
                Place = string.Join(' ', info?.Region, info?.Prefecture, info?.Island, producer.City),
                QualityLabel = item.Label.ToString(),
                IsOrganic = item.Organic,
                Price = item.Price,
                Unit = item.Unit.ToString(),
                NetQuantity = item.NetQuantity,
                InStock = item.Stock is null or > 0,
                CreatedAt = start.AddMinutes(-i),
            });
        }

        return list;
    }
}

internal static class AsyncEnumerableExtensions
{
    public static async IAsyncEnumerable<T> ToAsyncEnumerable<T>(this IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask;
    }
}
