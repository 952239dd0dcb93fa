using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Payments.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Payments;

/// <summary>What checkout would do, and what a provider would send, in one line each.</summary>
public static class PaymentTestKit
{
    public const string ReturnPath = "/checkout/apotelesma";

    /// <summary>Starts a payment through <see cref="PaymentService"/>, as checkout does.</summary>
    public static async Task<PaymentCommandResult> StartAsync(this ApiFixture fixture, Guid group, long cents, PaymentMethod method = PaymentMethod.Card,
        string description = "Dixis – παραγγελία δοκιμής", string returnUrl = ReturnPath)
    {
        await using var scope = fixture.Scope();
        return await scope.ServiceProvider.GetRequiredService<PaymentService>().StartAsync(new StartPaymentRequest(group, method, cents, description, returnUrl));
    }

    /// <summary>Runs <paramref name="call"/> on a fresh <see cref="PaymentService"/>.</summary>
    public static async Task<T> PaymentsAsync<T>(this ApiFixture fixture, Func<PaymentService, Task<T>> call)
    {
        await using var scope = fixture.Scope();
        return await call(scope.ServiceProvider.GetRequiredService<PaymentService>());
    }

    /// <summary>Reads the database in a fresh scope.</summary>
    public static async Task<T> DbAsync<T>(this ApiFixture fixture, Func<DixisDbContext, Task<T>> read)
    {
        await using var scope = fixture.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<DixisDbContext>());
    }

    public static Task<Payment> PaymentAsync(this ApiFixture fixture, Guid id) => fixture.DbAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<List<PaymentEventLogEntry>> EventsAsync(this ApiFixture fixture, Guid paymentId) =>
        fixture.DbAsync(db => db.PaymentEvents.AsNoTracking().Where(e => e.PaymentId == paymentId).OrderBy(e => e.ReceivedAt).ToListAsync());

    /// <summary>Records a transaction in the sandbox bank's ledger, as the sandbox page does before it calls the webhook.</summary>
    public static Task<Guid> SandboxTransactionAsync(this ApiFixture fixture, string orderCode, long cents, string status = SandboxGateway.Completed) =>
        fixture.DbAsync(async db =>
        {
            var transaction = new SandboxTransaction { OrderCode = orderCode, Status = status, AmountCents = cents, CreatedAt = DateTimeOffset.UtcNow };
            db.SandboxTransactions.Add(transaction);
            await db.SaveChangesAsync();
            return transaction.Id;
        });

    /// <summary>A sandbox webhook body.</summary>
    public static byte[] SandboxBody(string type, string orderCode, Guid? transactionId, long? cents, DateTimeOffset? at = null, string? eventId = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new SandboxWebhookPayload(eventId ?? Guid.NewGuid().ToString(), type, orderCode, transactionId?.ToString(), cents,
            at ?? DateTimeOffset.UtcNow), SandboxWebhookPayload.Json);

    /// <summary>POSTs a sandbox webhook signed with <paramref name="secret"/> (default: the fixture's) at <paramref name="signedAt"/>.</summary>
    public static async Task<HttpResponseMessage> PostSandboxAsync(this HttpClient client, byte[] body, string? secret = PaymentsFixture.SandboxSecret,
        DateTimeOffset? signedAt = null, byte[]? sentBody = null)
    {
        using var content = new ByteArrayContent(sentBody ?? body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/sandbox") { Content = content };
        if (secret is not null)
        {
            request.Headers.Add(SandboxSignature.Header, SandboxSignature.Sign(Encoding.UTF8.GetBytes(secret), signedAt ?? DateTimeOffset.UtcNow, body));
        }

        return await client.SendAsync(request);
    }

    /// <summary>The outcome a webhook answer names.</summary>
    public static async Task<string?> OutcomeAsync(this HttpResponseMessage response)
    {
        var json = await response.Json();
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty("outcome", out var outcome) ? outcome.GetString() : null;
    }
}
