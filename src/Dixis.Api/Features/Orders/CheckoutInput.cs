using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Vat;

namespace Dixis.Api.Features.Orders;

/// <summary>The validated terms shared by a quote and a checkout.</summary>
/// <param name="BuyerType">Consumer or business.</param>
/// <param name="Delivery">Delivery postal code.</param>
/// <param name="PaymentMethod">card (the configured gateway: sandbox or Viva) or cod.</param>
/// <param name="PickupProducers">Producers collected in person.</param>
public sealed record CheckoutTerms(BuyerType BuyerType, PostalCode Delivery, string PaymentMethod, IReadOnlySet<Guid> PickupProducers);

/// <summary>Validation of the buyer, address and payment fields.</summary>
public static class CheckoutInput
{
    /// <summary>Payment methods a buyer may choose.</summary>
    public static readonly IReadOnlyList<string> PaymentMethods = ["card", "cod"];

    /// <summary>Checks the fields common to quotes and checkouts; null when <paramref name="errors"/> got entries.</summary>
    public static CheckoutTerms? Terms(FieldErrors errors, string? buyerType, string? postalCode, string? paymentMethod, IReadOnlyList<Guid>? pickup, string defaultPayment)
    {
        var buyer = string.IsNullOrWhiteSpace(buyerType) ? BuyerType.Consumer : errors.Enum<BuyerType>("buyerType", buyerType, "buyer-type");
        var postal = errors.PostalCode("postalCode", postalCode);
        var payment = string.IsNullOrWhiteSpace(paymentMethod) ? defaultPayment : paymentMethod.Trim().ToLowerInvariant();
        errors.When(!PaymentMethods.Contains(payment), "paymentMethod", "payment-method");
        errors.When(pickup is { Count: > 50 }, "pickupProducerIds", "too-long");
        return errors.Any || postal is null ? null : new CheckoutTerms(buyer, postal.PostalCode, payment, (pickup ?? []).ToHashSet());
    }
}
