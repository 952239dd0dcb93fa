using Dixis.Api.Features.Accounts;
using Dixis.Web.Seo;
using Microsoft.AspNetCore.Antiforgery;

namespace Dixis.Web.Accounts;

/// <summary>The profile page's per-address buttons as plain forms: delete an address, or make it the default.</summary>
public static class AddressFormEndpoints
{
    public const string DeletePath = "/account/addresses/delete";
    public const string DefaultPath = "/account/addresses/default";

    public static IEndpointRouteBuilder MapAddressFormEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(DeletePath, DeleteAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost(DefaultPath, MakeDefaultAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, IAntiforgery antiforgery, IAddressClient addresses, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(ct);
        if (Guid.TryParse(form["id"], out var id))
        {
            await addresses.DeleteAsync(id, ct);
        }

        return Results.LocalRedirect(Paths.Profile);
    }

    private static async Task<IResult> MakeDefaultAsync(HttpContext context, IAntiforgery antiforgery, IAddressClient addresses, CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(ct);
        if (Guid.TryParse(form["id"], out var id) && (await addresses.ListAsync(ct)).FirstOrDefault(a => a.Id == id) is { } a)
        {
            await addresses.UpdateAsync(id, new AddressRequest(a.Label, a.FullName, a.Street, a.City, a.PostalCode, a.Phone, IsDefault: true), ct);
        }

        return Results.LocalRedirect(Paths.Profile);
    }
}
