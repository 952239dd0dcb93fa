namespace Dixis.Api.Features.Accounts;

/// <summary>A delivery address to save (or the new text of a saved one).</summary>
/// <param name="Label">Optional name for the address (e.g. "Σπίτι", "Γραφείο"), up to 60 characters.</param>
/// <param name="FullName">Recipient's name.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City or village.</param>
/// <param name="PostalCode">Greek postal code, NNNNN or NNN NN, of a known Greek area.</param>
/// <param name="Phone">Greek phone for the courier (optional), stored as E.164.</param>
/// <param name="IsDefault">Makes it the default address (the first saved address is the default anyway).</param>
public sealed record AddressRequest(string? Label, string? FullName, string? Street, string? City, string? PostalCode, string? Phone, bool IsDefault = false);

/// <summary>A saved delivery address of the signed-in user.</summary>
/// <param name="Id">Address id.</param>
/// <param name="Label">Name the user gave it.</param>
/// <param name="FullName">Recipient's name.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City or village.</param>
/// <param name="PostalCode">5 digits.</param>
/// <param name="Phone">E.164 phone, when given.</param>
/// <param name="IsDefault">The address the checkout offers first.</param>
public sealed record AddressResponse(Guid Id, string Label, string FullName, string Street, string City, string PostalCode, string? Phone, bool IsDefault);
