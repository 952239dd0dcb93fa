using Dixis.Web.Seo;
using Microsoft.AspNetCore.Antiforgery;

namespace Dixis.Web.Accounts;

/// <summary><c>POST /account/logout</c> from the header's form (antiforgery-checked), then back to the home page.</summary>
public static class LogoutEndpoint
{
    public static IEndpointRouteBuilder MapLogoutEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Paths.Logout, async (HttpContext context, IAntiforgery antiforgery, IAccountClient accounts, CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            await accounts.LogoutAsync(ct);
            return Results.Redirect(Paths.Home);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
