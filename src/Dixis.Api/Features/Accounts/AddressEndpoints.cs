using System.Security.Claims;
using Dixis.Api.Features.Cart;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Accounts;

/// <summary>
/// The signed-in user's saved delivery addresses (<c>/api/v1/me/addresses</c>): owner only (another user's id answers
/// 404), postal code and phone checked like the checkout checks them, one default at a time.
/// Handlers are public because the embedded storefront calls them in-process.
/// </summary>
public static class AddressEndpoints
{
    /// <summary>Enough for home, work, family and a few shops; a bound on what one account can store.</summary>
    public const int MaxAddresses = 20;

    public static RouteGroupBuilder MapAddressEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/addresses").WithTags("Accounts").RequireAuthorization();
        group.MapGet("/", List).WithName("ListMyAddresses").WithSummary("The signed-in user's saved addresses, the default first");
        group.MapPost("/", Create).WithName("CreateMyAddress").WithSummary("Save a delivery address (postal code and phone checked; 409 beyond 20 addresses)");
        group.MapPut("/{id:guid}", Update).WithName("UpdateMyAddress").WithSummary("Change a saved address (another user's answers 404)");
        group.MapDelete("/{id:guid}", Delete).WithName("DeleteMyAddress").WithSummary("Delete a saved address (the next one becomes the default)");
        return api;
    }

    /// <summary>The user's addresses, default first, then in the order they were saved.</summary>
    public static async Task<Results<Ok<List<AddressResponse>>, ProblemHttpResult>> List(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        if (CartAccess.UserId(user) is not { } userId)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        return TypedResults.Ok(await ListAsync(db, userId, ct));
    }

    /// <summary>Saves a new address.</summary>
    public static async Task<Results<Created<AddressResponse>, ValidationProblem, ProblemHttpResult>> Create(
        AddressRequest request, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        if (CartAccess.UserId(user) is not { } userId)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        var errors = new FieldErrors();
        var fields = Validate(request, errors);
        if (fields is null)
        {
            return ApiProblems.Validation(errors);
        }

        var existing = await db.Addresses.Where(a => a.UserId == userId).ToListAsync(ct);
        if (existing.Count >= MaxAddresses)
        {
            return ApiProblems.Conflict("address.limit");
        }

        var address = new Address
        {
            UserId = userId,
            Label = fields.Label,
            FullName = fields.FullName,
            Street = fields.Street,
            City = fields.City,
            PostalCode = fields.PostalCode,
            Phone = fields.Phone,
        };
        MakeDefaultWhen(request.IsDefault || existing.Count == 0 || !existing.Any(a => a.IsDefault), address, existing);
        db.Addresses.Add(address);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/me/addresses/{address.Id}", ToResponse(address));
    }

    /// <summary>Replaces the text of a saved address; <c>isDefault: true</c> makes it the default.</summary>
    public static async Task<Results<Ok<AddressResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, AddressRequest request, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        if (CartAccess.UserId(user) is not { } userId)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        var existing = await db.Addresses.Where(a => a.UserId == userId).ToListAsync(ct);
        var address = existing.FirstOrDefault(a => a.Id == id);
        if (address is null)
        {
            return ApiProblems.NotFound();
        }

        var errors = new FieldErrors();
        var fields = Validate(request, errors);
        if (fields is null)
        {
            return ApiProblems.Validation(errors);
        }

        address.Label = fields.Label;
        address.FullName = fields.FullName;
        address.Street = fields.Street;
        address.City = fields.City;
        address.PostalCode = fields.PostalCode;
        address.Phone = fields.Phone;
        MakeDefaultWhen(request.IsDefault, address, existing);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(address));
    }

    /// <summary>Deletes a saved address; when it was the default, the oldest remaining one becomes the default.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        if (CartAccess.UserId(user) is not { } userId)
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized");
        }

        var existing = (await db.Addresses.Where(a => a.UserId == userId).ToListAsync(ct)).OrderBy(a => a.Id).ToList();
        var address = existing.FirstOrDefault(a => a.Id == id);
        if (address is null)
        {
            return ApiProblems.NotFound();
        }

        db.Addresses.Remove(address);
        if (address.IsDefault && existing.FirstOrDefault(a => a.Id != id) is { } next)
        {
            next.IsDefault = true;
        }

        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<List<AddressResponse>> ListAsync(DixisDbContext db, Guid userId, CancellationToken ct)
    {
        // Ids are v7 Guids: their order is the order the addresses were saved in.
        var addresses = await db.Addresses.AsNoTracking().Where(a => a.UserId == userId).ToListAsync(ct);
        return addresses.OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).Select(ToResponse).ToList();
    }

    private static ValidAddress? Validate(AddressRequest request, FieldErrors errors)
    {
        var label = errors.Text("label", request.Label, 60, required: false);
        var fullName = errors.Text("fullName", request.FullName, 120);
        var street = errors.Text("street", request.Street, 200);
        var city = errors.Text("city", request.City, 100);
        var postal = errors.PostalCode("postalCode", request.PostalCode);
        string? phone = null;
        errors.When(!string.IsNullOrWhiteSpace(request.Phone) && !GreekPhone.TryNormalize(request.Phone, out phone, out _), "phone", "phone");
        return errors.Any || postal is null
            ? null
            : new ValidAddress(label!, fullName!, street!, city!, postal.PostalCode.Value, string.IsNullOrWhiteSpace(phone) ? null : phone);
    }

    private static void MakeDefaultWhen(bool makeDefault, Address address, List<Address> others)
    {
        if (!makeDefault)
        {
            return;
        }

        foreach (var other in others)
        {
            other.IsDefault = false;
        }

        address.IsDefault = true;
    }

    private static AddressResponse ToResponse(Address a) => new(a.Id, a.Label, a.FullName, a.Street, a.City, a.PostalCode, a.Phone, a.IsDefault);

    private sealed record ValidAddress(string Label, string FullName, string Street, string City, string PostalCode, string? Phone);
}
