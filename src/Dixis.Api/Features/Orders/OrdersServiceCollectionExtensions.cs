using Dixis.Api.Features.Cart;

using Dixis.Infrastructure.Orders;

namespace Dixis.Api.Features.Orders;

/// <summary>Registers the cart, checkout and order services.</summary>
public static class OrdersServiceCollectionExtensions
{
    public static IServiceCollection AddDixisOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckoutOptions>().Bind(configuration.GetSection(CheckoutOptions.Section))
            .Validate(o => o.Commission.Validate().Count == 0, "Checkout commission percents must be between 0 and 100.")
            .Validate(o => o.PaymentWindowMinutes is >= 5 and <= 1440, "Checkout:PaymentWindowMinutes must be between 5 and 1440.")
            .ValidateOnStart();
        services.AddScoped<CartAccess>();
        services.AddScoped<CheckoutHandler>();
        services.AddScoped<OrderLifecycle>();
        services.AddScoped<UnpaidCheckoutExpiry>();
        services.AddScoped<CartCleanupJob>();
        services.AddScoped<OrderInvoicingJob>();
        services.AddScoped<Infrastructure.Payments.IPaymentOutcomeHandler, OrderPaymentOutcomes>();
        services.AddScoped<Infrastructure.Settlements.MonthlySettlements>();
        services.AddScoped<Infrastructure.Settlements.CommissionInvoices>();
        return services;
    }
}
