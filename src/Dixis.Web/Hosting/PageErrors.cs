using System.Globalization;
using Dixis.Web.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Web.Hosting;

/// <summary>
/// Errors of pages answer an HTML page in the shopper's language (503 with <c>Retry-After</c> when the API is not
/// serving), never a stack trace; <c>/api</c> paths keep their problem details. The page is rendered in place rather
/// than by re-executing the request, so it needs no routing and no catalogue read.
/// </summary>
public static class PageErrors
{
    public static IApplicationBuilder UsePageErrors(this IApplicationBuilder app) =>
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                StatusCodeSelector = e => ApiUnavailable.Is(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
                ExceptionHandler = context => RenderAsync(context, context.Response.StatusCode),
            });
            pages.UseStatusCodePages(context => RenderAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
        });

    /// <summary>Writes the error page for <paramref name="status"/> in the shopper's language.</summary>
    public static async Task RenderAsync(HttpContext context, int status)
    {
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = ApiUnavailable.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.Headers.CacheControl = "no-store";
        var page = new RazorComponentResult<ErrorDocument>(new Dictionary<string, object?> { [nameof(ErrorDocument.StatusCode)] = status })
        {
            StatusCode = status,
            ContentType = "text/html; charset=utf-8",
        };
        // A fresh scope: the failed page's scoped services (its navigation manager among them) are spent.
        var original = context.RequestServices;
        await using var scope = original.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        try
        {
            await page.ExecuteAsync(context);
        }
        finally
        {
            context.RequestServices = original;
        }
    }
}
