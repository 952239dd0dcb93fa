namespace Dixis.Api.Features.Greek;

/// <summary>Result of an AFM check.</summary>
/// <param name="Afm">The nine digits checked (or the input when malformed).</param>
/// <param name="Valid">Whether the AFM passes the checksum.</param>
/// <param name="Reason">Why not: empty, not-digits, wrong-length, all-zeros or checksum; null when valid.</param>
/// <param name="Message">The reason in the request's language.</param>
/// <param name="EuVatId">The EU VAT id (EL + AFM) when valid.</param>
public sealed record AfmResponse(string Afm, bool Valid, string? Reason, string? Message, string? EuVatId);

/// <summary>What a Greek postal code tells.</summary>
public sealed record PostalCodeResponse(string PostalCode, string Formatted, string Region, string Prefecture, string? Island, bool IsIsland, string ShippingZone);

/// <summary>The VAT rate that applies, with the myDATA category and the rule that decided it.</summary>
public sealed record VatResponse(decimal Rate, int RatePercent, int MyDataVatCategory, bool IslandReduced, string Rule, string? Island);
