namespace Dixis.Infrastructure.Payments.CashOnDelivery;

/// <summary>
/// Cash on delivery: no provider and no redirect. The attempt waits as <c>Pending</c> until orders report the
/// delivery (<see cref="PaymentService.CaptureCashOnDeliveryAsync"/>); a refund only records that the money went
/// back by hand or by bank transfer.
/// </summary>
public sealed class CashOnDeliveryGateway(TimeProvider clock) : IPaymentGateway
{
    public string Provider => PaymentProviders.CashOnDelivery;

    public bool IsConfigured => true;

    public Task<GatewayOrder> CreateOrderAsync(GatewayOrderRequest request, CancellationToken ct) =>
        Task.FromResult(new GatewayOrder("cod-" + request.PaymentId.ToString("N"), null));

    /// <summary>Nobody else keeps a record of cash; notifications never come for cash on delivery.</summary>
    public Task<GatewayTransaction?> GetTransactionAsync(string transactionId, CancellationToken ct) => Task.FromResult<GatewayTransaction?>(null);

    public Task<GatewayRefund> RefundAsync(GatewayRefundRequest request, CancellationToken ct) =>
        Task.FromResult(new GatewayRefund(true, $"cod-refund-{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}"[..48], "recorded; the money goes back by hand"));

    public Task<GatewayProbe> ProbeAsync(CancellationToken ct) => Task.FromResult(new GatewayProbe(true, "nothing to reach"));
}
