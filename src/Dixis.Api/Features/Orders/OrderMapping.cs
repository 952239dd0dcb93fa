using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Orders;

namespace Dixis.Api.Features.Orders;

/// <summary>Turns planned and stored orders into their API shapes.</summary>
public static class OrderMapping
{
    /// <summary>A planned (not yet placed) order as a quote.</summary>
    public static OrderQuote ToQuote(PlannedOrder o)
    {
        var cod = o.Priced.Charges.Where(c => c.Kind == ChargeKind.CashOnDeliveryFee).Sum(c => c.Gross.Amount);
        return new OrderQuote(
            o.Producer.Id,
            o.Producer.BusinessName,
            o.Shipping.Method.ToString(),
            o.Shipping.Zone?.ToString(),
            o.Shipping.WeightGrams,
            o.Shipping.ListPrice.Amount,
            o.Shipping.Price.Amount,
            o.Shipping.FreeShippingApplied,
            o.Shipping.AmountToFreeShipping?.Amount,
            cod,
            o.Priced.GoodsGross.Amount,
            o.Priced.Net.Amount,
            o.Priced.Vat.Amount,
            o.Priced.Total.Amount,
            o.Items.Zip(o.Priced.Lines, (i, l) => new OrderLineResponse(
                i.Product.Id, i.Product.Name, l.Quantity, l.UnitGross.Amount, l.Net.Amount, l.Vat.RatePercent, l.Vat.MyDataVatCategory, l.VatAmount.Amount, l.Gross.Amount, l.Vat.Rule)).ToList(),
            o.Priced.VatBreakdown.Select(v => new VatLineResponse(v.RatePercent, v.MyDataVatCategory, v.Net.Amount, v.Vat.Amount, v.Gross.Amount)).ToList());
    }

    /// <summary>A stored order (lines, charge parts and history loaded).</summary>
    public static OrderResponse ToResponse(Order o, string producerName) => new(
        o.Id,
        o.Number,
        o.CheckoutGroupId,
        o.ProducerId,
        producerName,
        o.Status.ToString(),
        o.BuyerType.ToString(),
        o.PaymentMethod,
        o.ShippingMethod.ToString(),
        o.ShippingZone?.ToString(),
        o.GoodsGross,
        o.ShippingGross,
        o.CashOnDeliveryFee,
        o.Net,
        o.Vat,
        o.Total,
        o.Lines.OrderBy(l => l.ProductName, StringComparer.Ordinal).Select(l => new OrderLineResponse(
            l.ProductId, l.ProductName, l.Quantity, l.UnitGross, l.Net, l.VatPercent, l.VatCategory, l.Vat, l.Gross, l.VatRule)).ToList(),
        VatBreakdown(o),
        o.Carrier,
        o.TrackingCode,
        TrackingPath(o),
        o.InvoiceId,
        o.CreatedAt,
        o.History.OrderBy(h => h.At).Select(h => new StatusChangeResponse(h.From?.ToString(), h.To.ToString(), h.Actor.ToString(), h.Note, h.At)).ToList());

    /// <summary>The storefront path that shows an order to whoever holds the link.</summary>
    public static string TrackingPath(Order o) => OrderLinks.TrackingPath(o);

    /// <summary>Net, VAT and gross per rate over the lines and the charge parts, highest rate first.</summary>
    public static IReadOnlyList<VatLineResponse> VatBreakdown(Order o) =>
        o.Lines.Select(l => (l.VatPercent, l.VatCategory, l.Net, l.Vat, l.Gross))
            .Concat(o.ChargeParts.Select(p => (p.VatPercent, p.VatCategory, p.Net, p.Vat, p.Gross)))
            .GroupBy(x => (x.VatPercent, x.VatCategory))
            .OrderByDescending(g => g.Key.VatPercent)
            .Select(g => new VatLineResponse(g.Key.VatPercent, g.Key.VatCategory, g.Sum(x => x.Net), g.Sum(x => x.Vat), g.Sum(x => x.Gross)))
            .ToList();
}
