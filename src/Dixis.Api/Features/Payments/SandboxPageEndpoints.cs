using Dixis.Api.Problems;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Payments.Sandbox;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Payments;

/// <summary>
/// The sandbox provider's hosted page. The person chooses success, decline or cancel; the sandbox bank records it,
/// calls Dixis's sandbox webhook signed with the shared secret, and sends the person back to the shop (303).
/// Answers 404 unless the sandbox is enabled (<c>Payments:Gateway=sandbox</c> or <c>Payments:Sandbox:Enabled</c>).
/// </summary>
public static class SandboxPageEndpoints
{
    public static RouteGroupBuilder MapSandboxPageEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/payments/sandbox").WithTags("Payments");
        group.MapGet("/page.css", () => TypedResults.Text(SandboxPage.Css, "text/css; charset=utf-8"))
            .WithName("SandboxPageStyle").WithSummary("Stylesheet of the sandbox page").ExcludeFromDescription();
        group.MapGet("/{id:guid}", PageAsync).WithName("SandboxPage").WithSummary("The sandbox payment page (HTML, Greek)");
        group.MapPost("/{id:guid}/{choice}", ChooseAsync).WithName("SandboxChoice")
            .WithSummary("The person's choice on the sandbox page: success, decline or cancel; redirects (303) to the shop");
        return api;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PageAsync(Guid id, HttpContext context, SandboxBank bank, PaymentsOptions options, CancellationToken ct)
    {
        var payment = options.SandboxEnabled ? await bank.FindAsync(id, ct) : null;
        if (payment is null)
        {
            return ApiProblems.NotFound();
        }

        NoStore(context, payment.ReturnUrl);
        return Domain.Payments.PaymentStateMachine.IsOpen(payment.State)
            ? TypedResults.Content(SandboxPage.Open(payment), "text/html; charset=utf-8")
            : TypedResults.Content(SandboxPage.Closed(payment, ReturnUrls.With(payment.ReturnUrl, payment.Id, SandboxPage.Result(payment.State))), "text/html; charset=utf-8");
    }

    private static async Task<IResult> ChooseAsync(Guid id, string choice, HttpContext context, SandboxBank bank, PaymentsOptions options, CancellationToken ct)
    {
        SandboxChoice? chosen = choice switch
        {
            "success" => SandboxChoice.Success,
            "decline" => SandboxChoice.Decline,
            "cancel" => SandboxChoice.Cancel,
            _ => null,
        };
        if (!options.SandboxEnabled || chosen is null)
        {
            return ApiProblems.NotFound();
        }

        var decision = await bank.DecideAsync(id, chosen.Value, ct);
        switch (decision.Status)
        {
            case SandboxDecisionStatus.NotFound:
                return ApiProblems.NotFound();
            case SandboxDecisionStatus.Closed:
                NoStore(context, decision.Payment!.ReturnUrl);
                return TypedResults.Content(SandboxPage.Closed(decision.Payment, ReturnUrls.With(decision.Payment.ReturnUrl, decision.Payment.Id, SandboxPage.Result(decision.Payment.State))),
                    "text/html; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
            default:
                context.Response.Headers.Location = decision.ReturnUrl;
                return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
        }
    }

    private static void NoStore(HttpContext context, string returnUrl)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.ContentSecurityPolicy = SandboxPage.ContentSecurityPolicy(returnUrl);
    }
}
