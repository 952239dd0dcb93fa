using Dixis.Web.Localization;
using Microsoft.AspNetCore.Antiforgery;

namespace Dixis.Web.Consent;

/// <summary>
/// <c>POST /consent</c> from the banner or the preferences page (a plain form, so it works without JavaScript):
/// <c>choice</c> = <c>all</c>, <c>essential</c> or <c>save</c> (the ticked boxes), then back to the page.
/// </summary>
public static class ConsentEndpoint
{
    public const string Path = "/consent";

    /// <summary>The page where a visitor reviews and changes their choices (linked from the footer).</summary>
    public const string PreferencesPath = "/privacy/cookies";

    public static IEndpointRouteBuilder MapConsentEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, IConsentClient consent, CancellationToken ct) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync(ct);
            var (analytics, marketing) = form["choice"].ToString() switch
            {
                "all" => (true, true),
                "essential" => (false, false),
                _ => (form["analytics"] == "on", form["marketing"] == "on"),
            };
            await consent.SaveAsync(analytics, marketing, ct);
            var back = form["returnUrl"].ToString();
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(CultureEndpoints.IsLocal(back) ? back : "/");
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }
}
