using System.Security.Claims;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Gdpr;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Dixis.Api.Features.Gdpr;

/// <summary>
/// <c>GET/PUT /me/consents</c>: the signed-in person's consents, or an anonymous visitor's (by the consent cookie).
/// After log-in, choices made anonymously become the person's when they had none of their own.
/// </summary>
public static class ConsentEndpoints
{
    public const string SourceWeb = "web";
    public const string SourceApi = "api";

    public static RouteGroupBuilder MapConsentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/me/consents").WithTags("Privacy");
        group.MapGet("/", Get).WithName("GetConsents")
            .WithSummary("Current consent per purpose (essential, analytics, marketing)")
            .WithDescription("Signed in: the person's; otherwise the visitor's of the `dixis.consent` cookie. `decided` is false until a choice is made under the current policy version.");
        group.MapPut("/", Put).WithName("PutConsents")
            .WithSummary("Record consent choices (a new record per purpose; withdrawal is a record with granted=false)")
            .WithDescription("Anonymous visitors get the essential, HttpOnly `dixis.consent` cookie that identifies their choices. Essential cannot be refused.");
        return api;
    }

    /// <summary>The current state. Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Ok<ConsentsResponse>> Get(HttpContext context, ConsentLedger ledger, GdprOptions options, CancellationToken ct)
    {
        var subject = await SubjectAsync(context, ledger, create: false, ct);
        return TypedResults.Ok(await StateAsync(subject, ledger, options, ct));
    }

    /// <summary>Records choices. Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<ConsentsResponse>, ValidationProblem>> Put(
        [FromBody] ConsentsRequest request, HttpContext context, ConsentLedger ledger, GdprOptions options, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.When(request.Essential == false, "essential", "consent.essential");
        errors.When(request.Analytics is null, "analytics", "consent.choice");
        errors.When(request.Marketing is null, "marketing", "consent.choice");
        var source = request.Source?.Trim().ToLowerInvariant() ?? SourceApi;
        errors.When(source is not (SourceWeb or SourceApi), "source", "consent.source");
        if (errors.Any)
        {
            return ApiProblems.Validation(errors);
        }

        var subject = await SubjectAsync(context, ledger, create: true, ct);
        await ledger.RecordAsync(subject!.Value, request.Analytics!.Value, request.Marketing!.Value, source, ct);
        return TypedResults.Ok(await StateAsync(subject, ledger, options, ct));
    }

    private static async Task<ConsentsResponse> StateAsync(ConsentSubject? subject, ConsentLedger ledger, GdprOptions options, CancellationToken ct)
    {
        if (subject is null)
        {
            return new ConsentsResponse(options.PolicyVersion, false, ledger.Defaults().Select(Map).ToList());
        }

        var (states, decided) = await ledger.CurrentAsync(subject.Value, ct);
        return new ConsentsResponse(options.PolicyVersion, decided, states.Select(Map).ToList());
    }

    private static ConsentPurposeResponse Map(ConsentState s) => new(s.Purpose, s.Granted, s.PolicyVersion, s.RecordedAt);

    /// <summary>The signed-in person (adopting their anonymous choices once), else the cookie's visitor; null for a visitor without cookie when not creating.</summary>
    private static async Task<ConsentSubject?> SubjectAsync(HttpContext context, ConsentLedger ledger, bool create, CancellationToken ct)
    {
        if (Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            if (ConsentCookie.Read(context) is { } anonymous)
            {
                await ledger.AdoptAnonymousAsync(userId, ConsentSubject.Anonymous(anonymous), ct);
            }

            return ConsentSubject.User(userId);
        }

        var id = create ? ConsentCookie.Ensure(context) : ConsentCookie.Read(context);
        return id is null ? null : ConsentSubject.Anonymous(id);
    }
}
