using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Dixis.Infrastructure.Payments.Viva;

/// <summary>
/// Viva Wallet's HTTP API: OAuth2 client credentials for the Smart Checkout API (orders, transactions), Basic auth
/// with merchant id and API key for the webhook key and refunds. Every failure becomes a
/// <see cref="PaymentProviderException"/> whose message names the call and the status, never a secret.
/// </summary>
public sealed class VivaClient(IHttpClientFactory clients, PaymentsOptions options, VivaTokenCache tokens)
{
    public const string ClientName = "viva";

    private VivaOptions Viva => options.Viva;

    /// <summary>A bearer token from the cache, or a new one from <c>POST {accounts}/connect/token</c>.</summary>
    public Task<string> AccessTokenAsync(CancellationToken ct) => tokens.GetAsync(RequestTokenAsync, ct);

    /// <summary>Requests a new token whatever the cache holds (the reachability probe).</summary>
    public async Task<int> RequestFreshTokenAsync(CancellationToken ct) => (await RequestTokenAsync(ct)).ExpiresInSeconds;

    /// <summary>Opens a Smart Checkout order for <paramref name="amountCents"/>; returns its order code.</summary>
    public async Task<long> CreateOrderAsync(long amountCents, string customerTrns, string merchantTrns, CancellationToken ct)
    {
        var body = new VivaOrderRequest(amountCents, customerTrns, merchantTrns, Viva.SourceCode, Viva.PaymentTimeoutSeconds, Preauth: false,
            AllowRecurring: false, MaxInstallments: 0, PaymentNotification: false, DisableCash: true, new VivaOrderCustomer(Viva.RequestLang), ["dixis"]);
        var order = await SendWithBearerAsync<VivaOrderResponse>("create order",
            () => new HttpRequestMessage(HttpMethod.Post, Url(Viva.ApiUrl, "checkout/v2/orders")) { Content = JsonContent.Create(body, options: VivaJson.Options) }, ct);
        return order is { OrderCode: > 0 } ? order.OrderCode : throw new PaymentProviderException("Viva create order: no order code in the answer");
    }

    /// <summary>Viva's record of a transaction, or null when Viva does not know it (404).</summary>
    internal async Task<VivaTransactionResponse?> GetTransactionAsync(Guid transactionId, CancellationToken ct) =>
        await SendWithBearerAsync<VivaTransactionResponse>("retrieve transaction",
            () => new HttpRequestMessage(HttpMethod.Get, Url(Viva.ApiUrl, $"checkout/v2/transactions/{transactionId:D}")), ct, notFoundIsNull: true);

    /// <summary>Refunds <paramref name="amountCents"/> of a transaction (Viva's "cancel transaction", Basic auth).</summary>
    internal async Task<VivaCancelResponse> CancelTransactionAsync(Guid transactionId, long amountCents, CancellationToken ct)
    {
        var query = $"?amount={amountCents.ToString(CultureInfo.InvariantCulture)}&sourceCode={Uri.EscapeDataString(Viva.SourceCode)}";
        using var request = new HttpRequestMessage(HttpMethod.Delete, Url(Viva.CheckoutUrl, $"api/transactions/{transactionId:D}") + query);
        request.Headers.Authorization = Basic(Viva.MerchantId, Viva.ApiKey);
        return await SendAsync<VivaCancelResponse>("cancel transaction", request, ct) ?? throw new PaymentProviderException("Viva cancel transaction: empty answer");
    }

    /// <summary>The webhook verification key (<c>GET {checkout}/api/messages/config/token</c>, Basic auth).</summary>
    public async Task<string> WebhookKeyAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(Viva.CheckoutUrl, "api/messages/config/token"));
        request.Headers.Authorization = Basic(Viva.MerchantId, Viva.ApiKey);
        var key = await SendAsync<VivaWebhookKey>("webhook key", request, ct);
        return string.IsNullOrEmpty(key?.Key) ? throw new PaymentProviderException("Viva webhook key: empty answer") : key.Key;
    }

    private async Task<(string Token, int ExpiresInSeconds)> RequestTokenAsync(CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url(Viva.AccountsUrl, "connect/token"))
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("grant_type", "client_credentials")]),
        };
        request.Headers.Authorization = Basic(Viva.ClientId, Viva.ClientSecret);
        var token = await SendAsync<VivaTokenResponse>("token", request, ct);
        return string.IsNullOrEmpty(token?.AccessToken)
            ? throw new PaymentProviderException("Viva token: no access token in the answer")
            : (token.AccessToken, token.ExpiresIn);
    }

    /// <summary>Sends with the bearer token; a 401 means the token was revoked, so one retry with a new token.</summary>
    private async Task<T?> SendWithBearerAsync<T>(string call, Func<HttpRequestMessage> build, CancellationToken ct, bool notFoundIsNull = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = build();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync(ct));
            try
            {
                return await SendAsync<T>(call, request, ct, notFoundIsNull);
            }
            catch (PaymentProviderException e) when (attempt == 1 && e.Data["status"] is HttpStatusCode.Unauthorized)
            {
                tokens.Invalidate();
            }
        }
    }

    private async Task<T?> SendAsync<T>(string call, HttpRequestMessage request, CancellationToken ct, bool notFoundIsNull = false)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, Viva.TimeoutSeconds)));
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new PaymentProviderException($"Viva {call}: {(e is TaskCanceledException ? "timed out" : "unreachable")}", e);
        }

        using (response)
        {
            if (notFoundIsNull && response.StatusCode == HttpStatusCode.NotFound)
            {
                return default;
            }

            if (!response.IsSuccessStatusCode)
            {
                var error = new PaymentProviderException($"Viva {call}: HTTP {(int)response.StatusCode}");
                error.Data["status"] = response.StatusCode;
                throw error;
            }

            try
            {
                return await response.Content.ReadFromJsonAsync<T>(VivaJson.Options, timeout.Token);
            }
            catch (JsonException e)
            {
                throw new PaymentProviderException($"Viva {call}: the answer is not the documented JSON", e);
            }
        }
    }

    private static string Url(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path;

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
