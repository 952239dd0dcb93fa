using Dixis.Api.Features.Media;
using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Api.Hosting;

/// <summary>
/// JSON bodies of the API are small: anything over the limit is refused with 413 before it is read,
/// whether or not the server in front enforces a limit of its own.
/// </summary>
public static class RequestBodyLimit
{
    public const long JsonBytes = 256 * 1024;

    public static IApplicationBuilder UseApiBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api/v1"))
        {
            // Upload endpoints take one file of up to 20 MB; everything else is JSON.
            var limit = UploadLimits.IsUploadPath(context.Request.Path) ? UploadLimits.MaxRequestBytes : JsonBytes;
            var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (feature is { IsReadOnly: false })
            {
                feature.MaxRequestBodySize = limit;
            }

            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.Response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = 413,
                        Type = ApiProblems.TypeBase + "payload-too-large",
                        Title = Messages.Get("payload-too-large"),
                        Detail = limit == JsonBytes ? null : Messages.Get("upload.too-large"),
                    },
                    options: null, contentType: "application/problem+json");
                return;
            }
        }

        await next(context);
    });
}
