using System.Globalization;

namespace Dixis.Infrastructure.Payments.Viva;

/// <summary>
/// Viva Wallet Smart Checkout: an order per attempt, the person pays on Viva's page
/// (<c>{checkout}/web/checkout?ref={orderCode}</c>), Viva's webhook says what happened, and the transaction API
/// confirms it before anything is applied.
/// </summary>
public sealed class VivaGateway(VivaClient client, PaymentsOptions options) : IPaymentGateway
{
    public string Provider => PaymentProviders.Viva;

    public bool IsConfigured => options.Viva.IsConfigured;

    public async Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var orderCode = await client.CreateOrderAsync(request.AmountCents, request.Description, request.PaymentId.ToString("N"), ct);
        var code = orderCode.ToString(CultureInfo.InvariantCulture);
        return new GatewayOrder(code, $"{options.Viva.CheckoutUrl.TrimEnd('/')}/web/checkout?ref={code}");
    }

    public async Task<GatewayTransaction?> GetTransactionAsync(string transactionId, CancellationToken ct)
    {
        if (!Guid.TryParse(transactionId, out var id))
        {
            return null;
        }

        var transaction = await client.GetTransactionAsync(id, ct);
        return transaction is null ? null : new GatewayTransaction(id.ToString("D"), transaction.OrderCode.ToString(CultureInfo.InvariantCulture),
            Status(transaction.StatusId), Cents(transaction.Amount));
    }

    public async Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Guid.TryParse(request.TransactionId, out var id))
        {
            return new GatewayRefund(false, null, "no Viva transaction to refund");
        }

        var answer = await client.CancelTransactionAsync(id, request.AmountCents, ct);
        return answer.ErrorCode == 0 && answer.StatusId == "F" && Guid.TryParse(answer.TransactionId, out var refundId)
            ? new GatewayRefund(true, refundId.ToString("D"), "refunded by Viva")
            : new GatewayRefund(false, null, $"Viva refused: error {answer.ErrorCode}, status {answer.StatusId}");
    }

    public async Task<GatewayProbe> ProbeAsync(CancellationToken ct)
    {
        if (!IsConfigured)
        {
            return new GatewayProbe(false, "not configured");
        }

        var expiresIn = await client.RequestFreshTokenAsync(ct);
        return new GatewayProbe(true, $"token issued (expires in {expiresIn} s)");
    }

    /// <summary>Viva's transaction status letters (F finished, E error, A in progress, R refunded; X, M, U… other).</summary>
    internal static GatewayTransactionStatus Status(string? statusId) => statusId switch
    {
        "F" => GatewayTransactionStatus.Completed,
        "E" => GatewayTransactionStatus.Declined,
        "A" => GatewayTransactionStatus.InProgress,
        "R" => GatewayTransactionStatus.Refunded,
        _ => GatewayTransactionStatus.Other,
    };

    /// <summary>Viva reports amounts in euros (e.g. 12.5): whole cents, half away from zero.</summary>
    internal static long Cents(decimal euros) => (long)Math.Round(euros * 100m, MidpointRounding.AwayFromZero);
}
