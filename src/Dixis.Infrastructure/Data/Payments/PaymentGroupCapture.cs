namespace Dixis.Infrastructure.Data.Payments;

/// <summary>
/// The one attempt that paid for a checkout group. Its primary key is the group, so two attempts captured at the
/// same moment on two replicas cannot both become the paying one: the second insert fails and that capture is
/// treated as a duplicate (refunded).
/// </summary>
public sealed class PaymentGroupCapture
{
    public Guid CheckoutGroupId { get; set; }

    public Guid PaymentId { get; set; }

    public DateTimeOffset CapturedAt { get; set; }
}
