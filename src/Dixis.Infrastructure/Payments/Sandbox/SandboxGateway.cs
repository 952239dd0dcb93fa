using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Payments;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Infrastructure.Payments.Sandbox;

/// <summary>
/// The sandbox as a provider: orders are <c>sbx-&lt;payment&gt;</c>, the person pays on Dixis's own sandbox page,
/// and transactions and refunds live in the sandbox bank's ledger (<see cref="SandboxTransaction"/>).
/// </summary>
public sealed class SandboxGateway(DixisDbContext db, PaymentsOptions options, TimeProvider clock) : IPaymentGateway
{
    /// <summary>Path of the sandbox page; the payment id follows.</summary>
    public const string PagePath = "/api/v1/payments/sandbox/";

    public const string Completed = "completed";
    public const string Declined = "declined";
    public const string Refund = "refund";

    public string Provider => PaymentProviders.Sandbox;

    public bool IsConfigured => options.SandboxEnabled;

    public Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(new GatewayOrder("sbx-" + request.PaymentId.ToString("N"), options.PublicBaseUrl.TrimEnd('/') + PagePath + request.PaymentId.ToString("D")));
    }

    public async Task<GatewayTransaction?> GetTransactionAsync(string transactionId, CancellationToken ct)
    {
        if (!Guid.TryParse(transactionId, out var id))
        {
            return null;
        }

        var transaction = await db.SandboxTransactions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (transaction is null)
        {
            return null;
        }

        var status = transaction.Status switch
        {
            Declined => GatewayTransactionStatus.Declined,
            Refund => GatewayTransactionStatus.Completed,
            Completed when await db.SandboxTransactions.AnyAsync(t => t.ParentId == id, ct) => GatewayTransactionStatus.Refunded,
            Completed => GatewayTransactionStatus.Completed,
            _ => GatewayTransactionStatus.Other,
        };
        return new GatewayTransaction(transaction.Id.ToString(), transaction.OrderCode, status, transaction.AmountCents);
    }

    public async Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Guid.TryParse(request.TransactionId, out var id)
            || await db.SandboxTransactions.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id && t.Status == Completed && t.ParentId == null, ct) is not { } original
            || original.OrderCode != request.OrderCode)
        {
            return new GatewayRefund(false, null, "unknown transaction");
        }

        var refunded = await db.SandboxTransactions.Where(t => t.ParentId == id).SumAsync(t => t.AmountCents, ct);
        if (request.AmountCents <= 0 || refunded + request.AmountCents > original.AmountCents)
        {
            return new GatewayRefund(false, null, "refund exceeds the transaction");
        }

        var refund = new SandboxTransaction { OrderCode = original.OrderCode, Status = Refund, AmountCents = request.AmountCents, ParentId = id, CreatedAt = clock.GetUtcNow() };
        db.SandboxTransactions.Add(refund);
        await db.SaveChangesAsync(ct);
        db.Entry(refund).State = EntityState.Detached;
        return new GatewayRefund(true, refund.Id.ToString(), "refunded by the sandbox bank");
    }

    public async Task<GatewayProbe> ProbeAsync(CancellationToken ct)
    {
        var transactions = await db.SandboxTransactions.CountAsync(ct);
        return new GatewayProbe(true, $"ledger reachable ({transactions} transactions)");
    }
}
