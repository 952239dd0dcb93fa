using Dixis.Domain.Commission;
using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Shipping;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Producers;

namespace Dixis.Api.Features.Orders;

/// <summary>A product and the quantity wanted.</summary>
public sealed record BasketItem(Product Product, int Quantity);

/// <summary>Who buys, where it goes, how it ships and is paid: everything pricing depends on besides the goods.</summary>
/// <param name="BuyerType">Consumer or business.</param>
/// <param name="Delivery">Delivery postal code (for a business, on the island where it is established).</param>
/// <param name="PickupProducers">Producers whose part the buyer collects.</param>
/// <param name="CashOnDeliveryFee">Fee per order for cash on delivery; zero for card payments.</param>
/// <param name="Date">Tax point (Europe/Athens date).</param>
public sealed record BasketTerms(BuyerType BuyerType, PostalCode Delivery, IReadOnlySet<Guid> PickupProducers, Money CashOnDeliveryFee, DateOnly Date);

/// <summary>One producer's order as it will be placed.</summary>
/// <param name="Producer">The seller.</param>
/// <param name="Items">The goods, in product-id order.</param>
/// <param name="Shipping">The shipping quote.</param>
/// <param name="Priced">Lines, charges, VAT breakdown and totals.</param>
/// <param name="LineCommissions">Commission per line, same order as <paramref name="Items"/>.</param>
public sealed record PlannedOrder(Producer Producer, IReadOnlyList<BasketItem> Items, ShippingQuote Shipping, PricedOrder Priced, IReadOnlyList<Money> LineCommissions)
{
    /// <summary>Total commission of the order.</summary>
    public Money Commission => LineCommissions.Aggregate(Money.Zero, (s, c) => s + c);
}

/// <summary>Splits a basket into one priced order per producer: VAT per line from the domain engine, shipping by zone and weight, COD fee, commission.</summary>
public static class CheckoutPlanner
{
    /// <summary>Plans the orders of <paramref name="items"/> under <paramref name="terms"/>.</summary>
    public static IReadOnlyList<PlannedOrder> Plan(IReadOnlyList<BasketItem> items, BasketTerms terms, CommissionPolicy commission)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(commission);
        return items
            .GroupBy(i => i.Product.ProducerId)
            .OrderBy(g => g.First().Product.Producer!.BusinessName, StringComparer.Ordinal)
            .Select(g => PlanOne(g.OrderBy(i => i.Product.Id).ToList(), terms, commission))
            .ToList();
    }

    private static PlannedOrder PlanOne(List<BasketItem> items, BasketTerms terms, CommissionPolicy commission)
    {
        var producer = items[0].Product.Producer!;
        var seller = PostalCode.Parse(producer.PostalCode);
        var stock = producer.StockPostalCode is { } s ? PostalCode.Parse(s) : seller;
        var lines = items.Select(i => new PricingLine(
            i.Product.Id.ToString(),
            new Money(i.Product.Price),
            i.Quantity,
            VatEngine.Determine(new VatQuery(i.Product.VatRateClass, seller, stock, seller, BuyerType.Consumer, terms.Date)),
            VatEngine.Determine(new VatQuery(i.Product.VatRateClass, seller, stock, terms.Delivery, terms.BuyerType, terms.Date))))
            .ToList();

        var goodsGross = lines.Aggregate(Money.Zero, (sum, l) => sum + new Money(l.UnitGross.Amount * l.Quantity).Round());
        var method = terms.PickupProducers.Contains(producer.Id) ? ShippingMethod.Pickup : ShippingMethod.Courier;
        var weight = items.Sum(i => i.Product.WeightGrams * i.Quantity);
        var threshold = producer.FreeShippingThreshold is { } t ? new Money(t) : (Money?)null;
        var shipping = ShippingCalculator.Quote(method, terms.Delivery, weight, goodsGross, threshold);

        var charges = new List<(ChargeKind, Money)>();
        if (shipping.Price > Money.Zero)
        {
            charges.Add((ChargeKind.Shipping, shipping.Price));
        }

        if (terms.CashOnDeliveryFee > Money.Zero)
        {
            charges.Add((ChargeKind.CashOnDeliveryFee, terms.CashOnDeliveryFee));
        }

        var priced = OrderPricing.Price(lines, charges);
        var commissions = items.Zip(priced.Lines, (i, l) => commission.CommissionOn(l.Net, terms.BuyerType, i.Product.Category?.Slug)).ToList();
        return new PlannedOrder(producer, items, shipping, priced, commissions);
    }
}
