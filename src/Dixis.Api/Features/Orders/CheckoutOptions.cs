using Dixis.Domain.Commission;

namespace Dixis.Api.Features.Orders;

/// <summary>Checkout settings (section <c>Checkout</c>).</summary>
public sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>Minutes a card checkout keeps its stock reserved while waiting for the payment.</summary>
    public int PaymentWindowMinutes { get; set; } = 30;

    /// <summary>Commission percent on sales to consumers.</summary>
    public decimal CommissionConsumerPercent { get; set; } = 12m;

    /// <summary>Commission percent on sales to businesses.</summary>
    public decimal CommissionBusinessPercent { get; set; } = 8m;

    /// <summary>Commission overrides by category slug (wins over the channel percent).</summary>
    public Dictionary<string, decimal> CommissionCategoryPercents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The commission policy these settings describe.</summary>
    public CommissionPolicy Commission => new(CommissionConsumerPercent, CommissionBusinessPercent, CommissionCategoryPercents);
}
