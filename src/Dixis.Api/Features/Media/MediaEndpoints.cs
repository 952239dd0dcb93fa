using Dixis.Api.Problems;
using Dixis.Infrastructure.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Media;

/// <summary>Serves public product images from object storage.</summary>
public static class MediaEndpoints
{
    public static RouteGroupBuilder MapMediaEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/media/products/{file}", GetProductImage).WithTags("Media").WithName("GetProductImage").WithSummary("A product image");
        return api;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> GetProductImage(string file, IBlobStorage storage, HttpContext context, CancellationToken ct)
    {
        string key;
        try
        {
            key = BlobKey.Validate("products/" + file);
        }
        catch (ArgumentException)
        {
            return ApiProblems.NotFound();
        }

        var blob = await storage.GetAsync(key, ct);
        if (blob is null)
        {
            return ApiProblems.NotFound();
        }

        context.Response.RegisterForDisposeAsync(blob);
        context.Response.Headers.CacheControl = "public, max-age=86400";
        // An SVG is a document: sandbox it so it can never run script in our origin.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        return TypedResults.Stream(blob.Content, blob.ContentType);
    }
}
