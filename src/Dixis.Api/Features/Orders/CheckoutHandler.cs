using System.Security.Cryptography;
using Dixis.Api.Features.Cart;
using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Domain.Pricing;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Cart;
using Dixis.Infrastructure.Data.Catalog;
using Dixis.Infrastructure.Data.Orders;
using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Search.Outbox;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dixis.Api.Features.Orders;

/// <summary>The buyer's details a checkout stores on each order.</summary>
/// <param name="Email">Mail address for the order mails.</param>
/// <param name="Name">Recipient or business name.</param>
/// <param name="Phone">Phone in E.164, optional.</param>
/// <param name="Afm">Business buyer's AFM.</param>
/// <param name="Street">Street and number.</param>
/// <param name="City">City.</param>
public sealed record BuyerDetails(string Email, string Name, string? Phone, string? Afm, string Street, string City);

/// <summary>What a checkout attempt came to.</summary>
public abstract record CheckoutOutcome
{
    /// <summary>Orders placed.</summary>
    public sealed record Placed(CheckoutGroup Group, IReadOnlyList<Order> Orders) : CheckoutOutcome;

    /// <summary>The cart is empty.</summary>
    public sealed record EmptyCart : CheckoutOutcome;

    /// <summary>Products no longer on sale, out of stock, or repriced (<paramref name="Reason"/> is the message code).</summary>
    public sealed record Refused(string Reason, IReadOnlyList<ConflictingProduct> Products) : CheckoutOutcome;

    /// <summary>The total differs from the one the buyer confirmed.</summary>
    public sealed record TotalChanged(decimal Expected, decimal Actual) : CheckoutOutcome;
}

/// <summary>
/// Places a cart as one order per producer. Stock is taken with one conditional UPDATE per product inside the
/// transaction that writes the orders, in product-id order so concurrent checkouts lock rows in the same order;
/// a shortfall rolls everything back and names the products. A price that changed since the buyer added the item
/// refuses the checkout (and the cart then shows the new price) rather than charging silently.
/// </summary>
public sealed class CheckoutHandler(DixisDbContext db, TimeProvider clock, IOptions<CheckoutOptions> options, PaymentService payments, PaymentsOptions paymentOptions, DixisMetrics metrics, ILogger<CheckoutHandler> logger)
{
    /// <summary>Places <paramref name="cart"/>.</summary>
    public async Task<CheckoutOutcome> PlaceAsync(ShoppingCart cart, Guid? buyerUserId, CheckoutTerms terms, BuyerDetails buyer, decimal? expectedTotal, CancellationToken ct)
    {
        if (cart.Items.Count == 0)
        {
            return new CheckoutOutcome.EmptyCart();
        }

        var products = await CartView.ProductsAsync(db, cart, ct);
        var unavailable = cart.Items.Where(i => !CartView.OnSale(products.GetValueOrDefault(i.ProductId)))
            .Select(i => new ConflictingProduct(i.ProductId, products.GetValueOrDefault(i.ProductId)?.Name ?? "", i.Quantity, 0, null, null)).ToList();
        if (unavailable.Count > 0)
        {
            return new CheckoutOutcome.Refused("checkout.unavailable", unavailable);
        }

        var repriced = cart.Items.Where(i => products[i.ProductId].Price != i.PriceSeen).ToList();
        if (repriced.Count > 0)
        {
            var conflicts = repriced.Select(i => new ConflictingProduct(i.ProductId, products[i.ProductId].Name, i.Quantity, null, i.PriceSeen, products[i.ProductId].Price)).ToList();

            // The buyer has now been told: the cart shows the new price and the next checkout can go through.
            foreach (var item in repriced)
            {
                item.PriceSeen = products[item.ProductId].Price;
            }

            await db.SaveChangesAsync(ct);
            return new CheckoutOutcome.Refused("checkout.price-changed", conflicts);
        }

        var now = clock.GetUtcNow();
        var settings = options.Value;
        var codFee = terms.PaymentMethod == "cod" ? Money.FromCents(payments.CashOnDeliveryFeeCents) : Money.Zero;
        var basketTerms = new BasketTerms(terms.BuyerType, terms.Delivery, terms.PickupProducers, codFee, AthensTime.DateOf(now));
        var plan = CheckoutPlanner.Plan(cart.Items.Select(i => new BasketItem(products[i.ProductId], i.Quantity)).ToList(), basketTerms, settings.Commission);
        var total = plan.Sum(o => o.Priced.Total.Amount);
        if (expectedTotal is { } expected && expected != total)
        {
            return new CheckoutOutcome.TotalChanged(expected, total);
        }

        var outcome = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => WriteAsync(cart.Id, plan, terms, buyer, buyerUserId, now, ct));
        if (outcome is CheckoutOutcome.Placed placed)
        {
            var region = PostalCodeDirectory.Lookup(terms.Delivery)?.Region ?? "";
            foreach (var order in placed.Orders)
            {
                metrics.OrderPlaced(region, order.Total);
                logger.LogInformation("Order {OrderNumber} placed: {Lines} lines, total {Total}, payment {PaymentMethod}", order.Number, order.Lines.Count, order.Total, order.PaymentMethod);
            }
        }

        return outcome;
    }

    private async Task<CheckoutOutcome> WriteAsync(Guid cartId, IReadOnlyList<PlannedOrder> plan, CheckoutTerms terms, BuyerDetails buyer, Guid? buyerUserId, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var shortages = new List<ConflictingProduct>();
        foreach (var item in plan.SelectMany(o => o.Items).OrderBy(i => i.Product.Id))
        {
            if (!await StockReservations.TryReserveAsync(db, item.Product.Id, item.Quantity, ct))
            {
                var left = await db.Products.Where(p => p.Id == item.Product.Id).Select(p => p.Stock).FirstOrDefaultAsync(ct);
                shortages.Add(new ConflictingProduct(item.Product.Id, item.Product.Name, item.Quantity, left ?? 0, null, null));
            }
        }

        if (shortages.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return new CheckoutOutcome.Refused("checkout.out-of-stock", shortages);
        }

        var group = new CheckoutGroup
        {
            BuyerUserId = buyerUserId,
            BuyerEmail = buyer.Email,
            PaymentMethod = Provider(terms),
            Total = plan.Sum(o => o.Priced.Total.Amount),
            Status = CheckoutStatus.AwaitingPayment,
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(options.Value.PaymentWindowMinutes),
        };
        db.CheckoutGroups.Add(group);
        var orders = plan.Select(p => NewOrder(p, group, terms, buyer, buyerUserId, now)).ToList();
        db.Orders.AddRange(orders);
        foreach (var productId in plan.SelectMany(o => o.Items).Where(i => i.Product.Stock is not null).Select(i => i.Product.Id).Distinct())
        {
            // Stock changed by a bulk UPDATE: tell the search index (the outbox interceptor does not see it).
            db.SearchOutbox.Add(new SearchOutboxEntry { ProductId = productId, Operation = SearchOutboxOperation.Upsert, CreatedAt = now });
        }

        await db.CartItems.Where(i => i.CartId == cartId).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CheckoutOutcome.Placed(group, orders);
    }

    /// <summary>The provider that takes the money: cash on delivery, or the configured card gateway.</summary>
    private string Provider(CheckoutTerms terms) => terms.PaymentMethod == "cod" ? PaymentProviders.CashOnDelivery : paymentOptions.Gateway;

    private Order NewOrder(PlannedOrder p, CheckoutGroup group, CheckoutTerms terms, BuyerDetails buyer, Guid? buyerUserId, DateTimeOffset now)
    {
        var order = new Order
        {
            Number = NewNumber(now),
            CheckoutGroupId = group.Id,
            ProducerId = p.Producer.Id,
            BuyerUserId = buyerUserId,
            BuyerEmail = buyer.Email,
            BuyerType = terms.BuyerType,
            BuyerAfm = terms.BuyerType == BuyerType.Business ? buyer.Afm : null,
            BuyerName = buyer.Name,
            BuyerPhone = buyer.Phone,
            DeliveryStreet = buyer.Street,
            DeliveryCity = buyer.City,
            DeliveryPostalCode = terms.Delivery.Value,
            ShippingMethod = p.Shipping.Method,
            ShippingZone = p.Shipping.Zone,
            WeightGrams = p.Shipping.WeightGrams,
            GoodsGross = p.Priced.GoodsGross.Amount,
            ShippingGross = p.Shipping.Price.Amount,
            CashOnDeliveryFee = p.Priced.Charges.Where(c => c.Kind == ChargeKind.CashOnDeliveryFee).Sum(c => c.Gross.Amount),
            Net = p.Priced.Net.Amount,
            Vat = p.Priced.Vat.Amount,
            Total = p.Priced.Total.Amount,
            CommissionNet = p.Commission.Amount,
            PaymentMethod = Provider(terms),
            Status = OrderStatus.Pending,
            TrackingToken = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
            TaxDate = AthensTime.DateOf(now),
            CreatedAt = now,
            UpdatedAt = now,
        };
        for (var i = 0; i < p.Items.Count; i++)
        {
            var item = p.Items[i];
            var line = p.Priced.Lines[i];
            order.Lines.Add(new OrderLine
            {
                OrderId = order.Id,
                ProductId = item.Product.Id,
                ProductName = item.Product.Name,
                CategorySlug = item.Product.Category?.Slug ?? "",
                Quantity = item.Quantity,
                UnitGross = item.Product.Price,
                Net = line.Net.Amount,
                Vat = line.VatAmount.Amount,
                Gross = line.Gross.Amount,
                VatPercent = line.Vat.RatePercent,
                VatCategory = line.Vat.MyDataVatCategory,
                VatRule = line.Vat.Rule,
                CommissionNet = p.LineCommissions[i].Amount,
            });
        }

        foreach (var charge in p.Priced.Charges)
        {
            order.ChargeParts.AddRange(charge.Parts.Where(part => part.Gross != Money.Zero).Select(part => new OrderChargePart
            {
                OrderId = order.Id,
                Kind = charge.Kind,
                VatPercent = part.RatePercent,
                VatCategory = part.MyDataVatCategory,
                Net = part.Net.Amount,
                Vat = part.Vat.Amount,
                Gross = part.Gross.Amount,
            }));
        }

        order.History.Add(new OrderStatusChange { OrderId = order.Id, To = OrderStatus.Pending, Actor = OrderActor.System, At = now, Note = "placed" });
        return order;
    }

    private static string NewNumber(DateTimeOffset now)
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud on the phone
        var suffix = string.Create(6, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
        return $"DX-{AthensTime.DateOf(now):yyyyMMdd}-{suffix}";
    }
}
