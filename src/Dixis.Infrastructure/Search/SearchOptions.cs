namespace Dixis.Infrastructure.Search;

/// <summary>Settings of section <c>Search</c>.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary><c>Lucene</c> (default, embedded index on disk) or <c>Elasticsearch</c>.</summary>
    public SearchProvider Provider { get; set; } = SearchProvider.Lucene;

    /// <summary>Folder of the Lucene index; relative to the working directory.</summary>
    public string LucenePath { get; set; } = "data/search";

    /// <summary>Base URL of Elasticsearch, e.g. <c>http://elasticsearch:9200</c>.</summary>
    public string? ElasticsearchUrl { get; set; }

    /// <summary>Alias the API searches; physical indices are named <c>&lt;alias&gt;-&lt;yyyyMMddHHmmssfff&gt;</c>.</summary>
    public string IndexAlias { get; set; } = "dixis-products";

    /// <summary>Seconds between outbox polls of the in-process worker; 0 turns the worker off.</summary>
    public double OutboxPollSeconds { get; set; } = 1;

    /// <summary>
    /// Lucene only: search and suggestion answers kept per kind until the index next changes (popular queries are
    /// answered without searching again); 0 turns the cache off.
    /// </summary>
    public int AnswerCacheSize { get; set; } = 1024;

    /// <summary>
    /// Lucene only: searches that run at once; the rest wait their turn. Searching is pure processor work, so more
    /// searches than processors only take turns in the operating system's time slices, and every one of them takes
    /// longer. 0 means one per processor.
    /// </summary>
    public int ConcurrentSearches { get; set; }

    /// <summary>Outbox rows applied per batch.</summary>
    public int OutboxBatchSize { get; set; } = 500;
}

/// <summary>Search engine choice.</summary>
public enum SearchProvider
{
    Lucene,
    Elasticsearch,
}
