namespace Dixis.Infrastructure.Data.Accounts;

/// <summary>A delivery or billing address of a user.</summary>
public sealed class Address
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public string Label { get; set; } = "";

    public required string FullName { get; set; }

    public required string Street { get; set; }

    public required string City { get; set; }

    public required string PostalCode { get; set; }

    /// <summary>E.164 phone number.</summary>
    public string? Phone { get; set; }

    public bool IsDefault { get; set; }
}
