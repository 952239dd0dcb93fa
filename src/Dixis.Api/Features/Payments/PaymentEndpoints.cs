namespace Dixis.Api.Features.Payments;

/// <summary>Everything payments serve over HTTP: webhooks, the Viva return, the sandbox page and the payment health report.</summary>
public static class PaymentEndpoints
{
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPaymentWebhookEndpoints();
        api.MapSandboxPageEndpoints();
        api.MapPaymentHealthEndpoints();
        return api;
    }

    /// <summary>The raw request body (webhook signatures and hashes are over the exact bytes); the API's 256 KB limit applies.</summary>
    internal static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
