using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>How the sandbox bank delivers its signed webhook to Dixis.</summary>
public interface ISandboxWebhookSender
{
    Task<WebhookResult> SendAsync(byte[] body, string signature, CancellationToken ct);
}

/// <summary>
/// Delivers the signed body to the same receiver the webhook endpoint uses, in a scope of its own, without a
/// network hop (the default: in embedded mode and in tests there is no address to post to).
/// </summary>
public sealed class InProcessSandboxWebhookSender(IServiceScopeFactory scopes) : ISandboxWebhookSender
{
    public async Task<WebhookResult> SendAsync(byte[] body, string signature, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SandboxWebhookReceiver>().ReceiveAsync(body, signature, ct);
    }
}

/// <summary>POSTs the signed body to <c>Payments:Sandbox:WebhookUrl</c>, as a real provider would.</summary>
public sealed class HttpSandboxWebhookSender(IHttpClientFactory clients, PaymentsOptions options) : ISandboxWebhookSender
{
    public const string ClientName = "sandbox-webhook";

    public async Task<WebhookResult> SendAsync(byte[] body, string signature, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Sandbox.WebhookUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(SandboxSignature.Header, signature);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new WebhookResult(WebhookStatus.Accepted, await response.Content.ReadFromJsonAsync<NotificationReceipt>(ct)),
            HttpStatusCode.Unauthorized => new WebhookResult(WebhookStatus.Unauthorized),
            HttpStatusCode.NotFound => new WebhookResult(WebhookStatus.Disabled),
            _ => new WebhookResult(WebhookStatus.Malformed),
        };
    }
}
