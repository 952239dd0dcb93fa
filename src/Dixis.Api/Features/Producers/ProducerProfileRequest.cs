namespace Dixis.Api.Features.Producers;

/// <summary>A producer's business details, as entered in onboarding.</summary>
/// <param name="BusinessName">Registered business name.</param>
/// <param name="Afm">Greek tax id, checksum-verified.</param>
/// <param name="TaxOffice">Tax office (ΔΟΥ).</param>
/// <param name="Iban">Greek IBAN for settlements (optional at first).</param>
/// <param name="Street">Street and number of the establishment.</param>
/// <param name="City">Town or village.</param>
/// <param name="PostalCode">Postal code of the establishment (NNNNN or NNN NN).</param>
/// <param name="StockPostalCode">Where the goods are kept, when not at the establishment.</param>
/// <param name="Description">About the producer.</param>
public sealed record ProducerProfileRequest(
    string? BusinessName, string? Afm, string? TaxOffice, string? Iban, string? Street, string? City, string? PostalCode, string? StockPostalCode, string? Description);

/// <summary>The producer's own view of its profile, including moderation state.</summary>
public sealed record ProducerProfileResponse(Guid Id, string Slug, string BusinessName, string Afm, string TaxOffice, string? Iban, string Street, string City,
    string PostalCode, string? StockPostalCode, string Region, string? Island, string Status, string? RejectionReason, string Description);
