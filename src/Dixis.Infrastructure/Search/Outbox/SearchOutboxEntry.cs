namespace Dixis.Infrastructure.Search.Outbox;

/// <summary>
/// One product change waiting to reach the search index. Written in the same <c>SaveChanges</c> (so the same
/// transaction) as the change itself, applied later by <see cref="SearchOutboxProcessor"/>.
/// </summary>
public sealed class SearchOutboxEntry
{
    public long Id { get; set; }

    public Guid ProductId { get; set; }

    /// <summary>What happened to the product; the processor always re-reads the product, so this is informational.</summary>
    public SearchOutboxOperation Operation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the index took the change; null while pending.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }
}

/// <summary>Kind of change recorded in the outbox.</summary>
public enum SearchOutboxOperation
{
    Upsert = 0,
    Delete = 1,
}
