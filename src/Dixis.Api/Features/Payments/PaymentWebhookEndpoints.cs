using Dixis.Api.Problems;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Payments.Sandbox;
using Dixis.Infrastructure.Payments.Viva;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Payments;

/// <summary>
/// Provider webhooks and the person's return from Viva's page. Webhooks answer 200 once a notification is
/// recorded, whatever its outcome (so providers stop redelivering); 400/401 only when it is not the provider's.
/// </summary>
public static class PaymentWebhookEndpoints
{
    /// <summary>What Dixis answers a webhook it recorded.</summary>
    /// <param name="Outcome">applied, already-applied, stale, not-allowed, ignored, rejected: tampered, rejected: unknown-order, pending or replay.</param>
    public sealed record WebhookAnswer(string Outcome);

    public static RouteGroupBuilder MapPaymentWebhookEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/payments").WithTags("Payments");
        group.MapPost("/webhooks/sandbox", SandboxAsync).WithName("SandboxWebhook")
            .WithSummary("Sandbox provider notification, signed with X-Sandbox-Signature (HMAC-SHA256 of t.body)")
            .Accepts<SandboxWebhookPayload>("application/json");
        group.MapGet("/webhooks/viva", VivaKeyAsync).WithName("VivaWebhookVerification")
            .WithSummary("Viva's webhook verification: answers {\"Key\": …} from Viva's /api/messages/config/token");
        group.MapPost("/webhooks/viva", VivaAsync).WithName("VivaWebhook")
            .WithSummary("Viva notification (1796 payment created, 1797 reversal created, 1798 failed), verified with Viva before it applies")
            .Accepts<object>("application/json");
        group.MapGet("/return/viva/success", (VivaWebhookReceiver viva, string? t, string? s, CancellationToken ct) => ReturnAsync(viva, t, s, true, ct))
            .WithName("VivaReturnSuccess").WithSummary("Viva's success URL: verifies the transaction and sends the person back to the shop");
        group.MapGet("/return/viva/failure", (VivaWebhookReceiver viva, string? t, string? s, CancellationToken ct) => ReturnAsync(viva, t, s, false, ct))
            .WithName("VivaReturnFailure").WithSummary("Viva's failure URL: sends the person back to the shop");
        return api;
    }

    private static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> SandboxAsync(HttpRequest request, SandboxWebhookReceiver receiver, CancellationToken ct)
    {
        var body = await PaymentEndpoints.ReadBodyAsync(request, ct);
        return Answer(await receiver.ReceiveAsync(body, request.Headers[SandboxSignature.Header].ToString(), ct));
    }

    private static async Task<Results<Ok<VivaWebhookKey>, ProblemHttpResult>> VivaKeyAsync(VivaWebhookReceiver viva, CancellationToken ct)
    {
        if (!viva.Enabled)
        {
            return ApiProblems.NotFound();
        }

        try
        {
            return TypedResults.Ok(new VivaWebhookKey(await viva.VerificationKeyAsync(ct)));
        }
        catch (PaymentProviderException)
        {
            return ApiProblems.Problem(StatusCodes.Status503ServiceUnavailable, "payment.provider-unavailable");
        }
    }

    private static async Task<Results<Ok<WebhookAnswer>, ProblemHttpResult>> VivaAsync(HttpRequest request, VivaWebhookReceiver viva, CancellationToken ct)
    {
        var body = await PaymentEndpoints.ReadBodyAsync(request, ct);
        return Answer(await viva.ReceiveAsync(body, ct));
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> ReturnAsync(VivaWebhookReceiver viva, string? t, string? s, bool success, CancellationToken ct)
    {
        var returned = await viva.ReturnAsync(s, t, success, ct);
        return returned is { } r ? TypedResults.Redirect(ReturnUrls.With(r.Payment.ReturnUrl, r.Payment.Id, r.Result)) : ApiProblems.NotFound();
    }

    private static Results<Ok<WebhookAnswer>, ProblemHttpResult> Answer(WebhookResult result) => result.Status switch
    {
        WebhookStatus.Accepted => TypedResults.Ok(new WebhookAnswer(result.Receipt?.Outcome ?? "")),
        WebhookStatus.Unauthorized => ApiProblems.Problem(StatusCodes.Status401Unauthorized, "unauthorized", "payment.signature"),
        WebhookStatus.Malformed => ApiProblems.Problem(StatusCodes.Status400BadRequest, "bad-request", "payment.webhook-malformed"),
        _ => ApiProblems.NotFound(),
    };
}
