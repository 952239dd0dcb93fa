using Dixis.Domain.Invoicing;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>
/// Section <c>Platform</c>: Dixis's own legal identity, the issuer of commission invoices to producers.
/// Empty by default, so a commission invoice cannot be issued until it is configured (the AFM check fails).
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public string LegalName { get; set; } = "";

    public string Afm { get; set; } = "";

    public string TaxOffice { get; set; } = "";

    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string PostalCode { get; set; } = "";

    /// <summary>Dixis as an invoice party.</summary>
    public InvoiceParty ToParty() => new(Afm.Trim(), LegalName.Trim(), TaxOffice.Trim(), Street.Trim(), City.Trim(), PostalCode.Trim());
}
