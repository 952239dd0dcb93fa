using Dixis.Infrastructure.Data.Catalog;

namespace Dixis.Infrastructure.Data.Producers;

/// <summary>A Greek producer, the seller of record of its products.</summary>
public sealed class Producer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The user who manages this producer; null for seeded demo producers without a login.</summary>
    public Guid? OwnerUserId { get; set; }

    public required string Slug { get; set; }

    public required string BusinessName { get; set; }

    /// <summary>Greek tax id (ΑΦΜ), nine digits, checksum-valid.</summary>
    public required string Afm { get; set; }

    public required string TaxOffice { get; set; }

    public string? Iban { get; set; }

    public string Description { get; set; } = "";

    public required string Street { get; set; }

    public required string City { get; set; }

    /// <summary>Postal code of the establishment, five digits.</summary>
    public required string PostalCode { get; set; }

    /// <summary>Postal code where the stock is kept; null means at the establishment.</summary>
    public string? StockPostalCode { get; set; }

    public string Region { get; set; } = "";

    public string Prefecture { get; set; } = "";

    public string? Island { get; set; }

    public ProducerStatus Status { get; set; }

    public string? RejectionReason { get; set; }

    /// <summary>Order value (VAT included) from which this producer ships free; null for never.</summary>
    public decimal? FreeShippingThreshold { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Product> Products { get; } = [];

    public List<ProducerDocument> Documents { get; } = [];
}
