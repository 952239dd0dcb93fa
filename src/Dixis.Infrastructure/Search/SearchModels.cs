namespace Dixis.Infrastructure.Search;

/// <summary>Sort orders of a search.</summary>
public enum SearchSort
{
    /// <summary>Best match first, then name.</summary>
    Relevance,
    Name,
    Newest,
    PriceAsc,
    PriceDesc,
}

/// <summary>Filters of a search; null means "any".</summary>
public sealed record SearchFilters
{
    /// <summary>Category slug.</summary>
    public string? Category { get; init; }

    /// <summary>Producer slug or id.</summary>
    public string? Producer { get; init; }

    /// <summary>Region (island or region name, as shown on products).</summary>
    public string? Region { get; init; }

    /// <summary>Quality label: <c>Pdo</c>, <c>Pgi</c>, <c>Tsg</c> or <c>None</c>.</summary>
    public string? QualityLabel { get; init; }

    /// <summary>True: PDO only; false: everything but PDO.</summary>
    public bool? Pdo { get; init; }

    public bool? Organic { get; init; }

    /// <summary>EUR, VAT included, inclusive.</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>EUR, VAT included, inclusive.</summary>
    public decimal? MaxPrice { get; init; }

    public static SearchFilters None { get; } = new();
}

/// <summary>One search: text (may be empty to browse), filters, sort, page and what to compute besides hits.</summary>
public sealed record SearchRequest(
    string? Query,
    SearchFilters Filters,
    SearchSort Sort = SearchSort.Relevance,
    int Page = 1,
    int PageSize = 24,
    bool Facets = false,
    bool Highlight = false)
{
    public static SearchRequest For(string query, int pageSize = 24) => new(query, SearchFilters.None, PageSize: pageSize);
}

/// <summary>A product found, with its score and (when asked) highlighted name and description snippet.</summary>
/// <param name="Document">The indexed product.</param>
/// <param name="Score">Engine score; only comparable within one result.</param>
/// <param name="NameHtml">The name, HTML-encoded, matched words in <c>&lt;mark&gt;</c>; null unless highlighting.</param>
/// <param name="SnippetHtml">Up to ~160 characters of the description around the matches, same encoding; null unless highlighting.</param>
public sealed record SearchHit(SearchDocument Document, float Score, string? NameHtml = null, string? SnippetHtml = null);

/// <summary>One value of a facet with the number of matching products.</summary>
public sealed record FacetValue(string Value, string Label, long Count);

/// <summary>Hits of one page, the total, and facet counts over every match (when asked).</summary>
public sealed record SearchResult(IReadOnlyList<SearchHit> Hits, long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
{
    public static SearchResult Empty { get; } = new([], 0, new Dictionary<string, IReadOnlyList<FacetValue>>());
}

/// <summary>An autocomplete proposal: a product name (with its slug) that starts with, or contains a word starting with, the prefix.</summary>
public sealed record Suggestion(string Text, string Slug, string CategorySlug);

/// <summary>State of the index, for the health check.</summary>
public sealed record SearchIndexStatus(bool Exists, long DocumentCount, string Engine, string Location);

/// <summary>Names and buckets of the facets both engines compute.</summary>
public static class SearchFacets
{
    public const string Category = "category";
    public const string Producer = "producer";
    public const string Region = "region";
    public const string QualityLabel = "qualityLabel";
    public const string Organic = "organic";
    public const string Price = "price";

    /// <summary>
    /// Values returned per facet: the most common ones. A shop of 100,000 products has hundreds of producers; a page
    /// shows a few, and the engines (Elasticsearch's terms size) return the same number.
    /// </summary>
    public const int MaxValues = 50;

    /// <summary>Price buckets in cents: [from, to). The last has no upper end.</summary>
    public static readonly IReadOnlyList<(string Key, long From, long? To)> PriceRanges =
    [
        ("0-5", 0, 500),
        ("5-10", 500, 1000),
        ("10-20", 1000, 2000),
        ("20-50", 2000, 5000),
        ("50-", 5000, null),
    ];
}

/// <summary>Searches the product index.</summary>
public interface IProductSearch
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct = default);

    /// <summary>Autocomplete: up to <paramref name="size"/> product names for what the user has typed so far.</summary>
    Task<IReadOnlyList<Suggestion>> SuggestAsync(string prefix, int size = 8, CancellationToken ct = default);

    Task<SearchIndexStatus> StatusAsync(CancellationToken ct = default);
}

/// <summary>Writes the product index.</summary>
public interface IProductIndexer
{
    /// <summary>Adds or replaces these documents and makes them searchable.</summary>
    Task UpsertAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken ct = default);

    /// <summary>Removes these products (no error for ids not in the index).</summary>
    Task DeleteAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct = default);

    /// <summary>Replaces the whole index with these documents; searches keep answering from the old index until the new one is complete.</summary>
    Task<long> RebuildAsync(IAsyncEnumerable<SearchDocument> documents, IProgress<long>? progress = null, CancellationToken ct = default);
}
