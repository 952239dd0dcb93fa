namespace Dixis.Infrastructure.Search;

/// <summary>
/// What the search engines hold of one product on sale (approved, producer active). Built from the database by
/// <see cref="SearchDocumentSource"/>; enough to render a result without a database round trip.
/// </summary>
public sealed record SearchDocument
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required string CategorySlug { get; init; }

    public required string CategoryName { get; init; }

    public required Guid ProducerId { get; init; }

    public required string ProducerSlug { get; init; }

    public required string ProducerName { get; init; }

    /// <summary>Island, else region: what the catalogue shows as the product's place.</summary>
    public required string Region { get; init; }

    /// <summary>Searchable place words: region, prefecture, island and city of the producer.</summary>
    public string Place { get; init; } = "";

    /// <summary><c>None</c>, <c>Pdo</c>, <c>Pgi</c> or <c>Tsg</c>.</summary>
    public string QualityLabel { get; init; } = "None";

    public bool IsOrganic { get; init; }

    /// <summary>EUR, VAT included.</summary>
    public decimal Price { get; init; }

    public string Unit { get; init; } = "";

    public decimal NetQuantity { get; init; }

    public bool InStock { get; init; }

    /// <summary>Blob key of the first image, or null.</summary>
    public string? ImageKey { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Price in cents, the integer the engines filter, sort and bucket on.</summary>
    public long PriceCents => (long)Math.Round(Price * 100m, MidpointRounding.AwayFromZero);
}
