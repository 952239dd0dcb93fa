using System.Security.Claims;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Producers;

/// <summary>
/// Multipart uploads of the signed-in producer: one file in the field <c>file</c>. The form is read by hand rather than
/// bound, so bearer-token clients need no antiforgery token; cookie sessions are <c>SameSite=Lax</c>, which keeps
/// cross-site form posts from carrying them.
/// </summary>
public static class ProducerUploadEndpoints
{
    public static RouteGroupBuilder MapProducerUploadEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/producer").WithTags("Producer area").RequireAuthorization(AuthorizationPolicies.Producer);
        group.MapPost("/products/{id:guid}/images", UploadProductImage).WithName("UploadProductImage")
            .WithSummary("Add an image (JPEG, PNG or WebP up to 20 MB, re-encoded without metadata) to an own product; it goes back to approval")
            .Accepts<IFormFile>("multipart/form-data");
        group.MapPost("/documents", UploadDocument).WithName("UploadProducerDocument")
            .WithSummary("Add an onboarding document (PDF, JPEG or PNG up to 20 MB); form fields kind and file")
            .Accepts<IFormFile>("multipart/form-data");
        group.MapGet("/documents", ListDocuments).WithName("ListProducerDocuments").WithSummary("The producer's onboarding documents, newest first");
        return api;
    }

    private static async Task<Results<Created<ProductImageResponse>, ValidationProblem, ProblemHttpResult>> UploadProductImage(
        Guid id, HttpRequest request, ClaimsPrincipal user, ProducerUploads uploads, CancellationToken ct)
    {
        var (form, problem) = await ReadFormAsync(request, ct);
        if (form is null)
        {
            return problem!;
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Missing();
        }

        await using var content = file.OpenReadStream();
        var outcome = await uploads.AddProductImageAsync(OwnProducerEndpoints.UserId(user), id, content, form["alt"], ct);
        return outcome.Value is { } image ? TypedResults.Created(image.Url, image) : ToProblem(outcome);
    }

    private static async Task<Results<Created<ProducerDocumentResponse>, ValidationProblem, ProblemHttpResult>> UploadDocument(
        HttpRequest request, ClaimsPrincipal user, ProducerUploads uploads, CancellationToken ct)
    {
        var (form, problem) = await ReadFormAsync(request, ct);
        if (form is null)
        {
            return problem!;
        }

        if (form.Files.GetFile("file") is not { } file)
        {
            return Missing();
        }

        await using var content = file.OpenReadStream();
        var outcome = await uploads.AddDocumentAsync(OwnProducerEndpoints.UserId(user), form["kind"], file.FileName, content, ct);
        return outcome.Value is { } document ? TypedResults.Created($"/api/v1/producer/documents/{document.Id}", document) : ToProblem(outcome);
    }

    private static async Task<Ok<List<ProducerDocumentResponse>>> ListDocuments(ClaimsPrincipal user, ProducerUploads uploads, CancellationToken ct) =>
        TypedResults.Ok(await uploads.DocumentsAsync(OwnProducerEndpoints.UserId(user), ct));

    /// <summary>The problem an upload outcome stands for: 400 names the field, 413 says the limit.</summary>
    public static Results<Created<T>, ValidationProblem, ProblemHttpResult> ToProblem<T>(UploadOutcome<T> outcome)
        where T : class => outcome.Status switch
        {
            StatusCodes.Status400BadRequest => Invalid(outcome.Code == "upload.kind" ? "kind" : "file", outcome.Code!),
            StatusCodes.Status413PayloadTooLarge => ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "payload-too-large", outcome.Code),
            StatusCodes.Status409Conflict => ApiProblems.Conflict(outcome.Code!),
            _ => ApiProblems.NotFound(),
        };

    private static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type"));
        }

        try
        {
            return (await request.ReadFormAsync(ct), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.Problem(StatusCodes.Status413PayloadTooLarge, "payload-too-large", "upload.too-large"));
        }
        catch (InvalidDataException)
        {
            // A form section over the framework's limits or a broken multipart body.
            return (null, ApiProblems.Problem(StatusCodes.Status400BadRequest, "bad-request"));
        }
    }

    private static ValidationProblem Missing() => Invalid("file", "upload.missing");

    private static ValidationProblem Invalid(string field, string code)
    {
        var errors = new FieldErrors();
        errors.Add(field, code);
        return ApiProblems.Validation(errors);
    }
}
