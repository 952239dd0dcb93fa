namespace Dixis.Domain.Invoicing;

/// <summary>
/// Issuer or counterpart of a document. For a Greek party myDATA takes only AFM, country and branch (and the
/// counterpart's address); the name, tax office and address are printed on the PDF.
/// </summary>
/// <param name="Afm">Greek tax id, 9 digits (validated by <see cref="InvoiceRules"/>).</param>
/// <param name="Name">Legal or business name.</param>
/// <param name="TaxOffice">ΔΟΥ; required for the issuer, printed when known for the counterpart.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Five digits.</param>
/// <param name="Branch">Installation number at AADE; 0 for the head office.</param>
public sealed record InvoiceParty(string Afm, string Name, string? TaxOffice, string Street, string City, string PostalCode, int Branch = 0)
{
    /// <summary>Only Greek parties are supported today.</summary>
    public string Country => "GR";
}
