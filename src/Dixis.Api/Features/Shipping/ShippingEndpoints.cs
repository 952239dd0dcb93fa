using Dixis.Api.Features.Cart;
using Dixis.Api.Features.Orders;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Pricing;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Payments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dixis.Api.Features.Shipping;

/// <summary>Shipping and price quotes: zone from the postal code, weight tiers, each producer's free-shipping threshold, pickup.</summary>
public static class ShippingEndpoints
{
    public static RouteGroupBuilder MapShippingEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/shipping/quote", Quote).WithTags("Shipping").WithName("QuoteShipping")
            .WithSummary("Shipping, VAT and totals per producer for the given products (or the cart) and postal code");
        return api;
    }

    /// <summary>Public because the embedded storefront calls it in-process.</summary>
    public static async Task<Results<Ok<QuoteResponse>, ValidationProblem, ProblemHttpResult>> Quote(
        ShippingQuoteRequest request, HttpContext http, CartAccess carts, DixisDbContext db, TimeProvider clock, IOptions<CheckoutOptions> options, PaymentService payments, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var terms = CheckoutInput.Terms(errors, request.BuyerType, request.PostalCode, request.PaymentMethod, request.PickupProducerIds, "card");
        var wanted = request.Items?.ToList();
        errors.When(wanted is { Count: > 200 }, "items", "too-long");
        errors.When(wanted?.Any(i => i.Quantity is < 1 or > 999) == true, "items", "cart.quantity");
        if (errors.Any || terms is null)
        {
            return ApiProblems.Validation(errors);
        }

        if (wanted is null || wanted.Count == 0)
        {
            var cart = await carts.FindAsync(http, ct);
            wanted = cart?.Items.Select(i => new QuoteItem(i.ProductId, i.Quantity)).ToList() ?? [];
        }

        var quantities = wanted.GroupBy(i => i.ProductId).ToDictionary(g => g.Key, g => Math.Min(g.Sum(i => i.Quantity), 999));
        var ids = quantities.Keys.ToList();
        var products = await db.Products.AsNoTracking().Include(p => p.Producer).Include(p => p.Category).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (quantities.Count == 0)
        {
            return ApiProblems.Conflict("checkout.cart-empty");
        }

        var missing = ids.Where(id => !CartView.OnSale(products.FirstOrDefault(p => p.Id == id))).ToList();
        if (missing.Count > 0)
        {
            return ApiProblems.Conflict("checkout.unavailable", "products", missing.Select(id => new ConflictingProduct(id, products.FirstOrDefault(p => p.Id == id)?.Name ?? "", quantities[id], 0, null, null)).ToList());
        }

        var settings = options.Value;
        var basket = products.Select(p => new BasketItem(p, quantities[p.Id])).ToList();
        var codFee = terms.PaymentMethod == "cod" ? Money.FromCents(payments.CashOnDeliveryFeeCents) : Money.Zero;
        var plan = CheckoutPlanner.Plan(basket, new BasketTerms(terms.BuyerType, terms.Delivery, terms.PickupProducers, codFee, AthensTime.Today(clock)), settings.Commission);
        var quotes = plan.Select(OrderMapping.ToQuote).ToList();
        return TypedResults.Ok(new QuoteResponse(quotes, quotes.Sum(q => q.Total)));
    }
}
