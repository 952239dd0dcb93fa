using Dixis.Infrastructure.Payments.CashOnDelivery;
using Dixis.Infrastructure.Payments.Sandbox;
using Dixis.Infrastructure.Payments.Viva;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Payments;

/// <summary>Finds the gateway of a provider, and the one that takes card payments.</summary>
public sealed class PaymentGateways(IServiceProvider services, PaymentsOptions options)
{
    /// <summary>The gateway of <paramref name="provider"/>.</summary>
    public IPaymentGateway For(string provider) => provider switch
    {
        PaymentProviders.Sandbox => services.GetRequiredService<SandboxGateway>(),
        PaymentProviders.Viva => services.GetRequiredService<VivaGateway>(),
        PaymentProviders.CashOnDelivery => services.GetRequiredService<CashOnDeliveryGateway>(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown payment provider."),
    };

    /// <summary>The card gateway of <c>Payments:Gateway</c>.</summary>
    public IPaymentGateway Card => For(options.Gateway);

    /// <summary>The providers this process serves: the card gateway, the sandbox when enabled, cash on delivery when enabled.</summary>
    public IReadOnlyList<string> Enabled()
    {
        var enabled = new List<string> { options.Gateway };
        if (options.SandboxEnabled && options.Gateway != PaymentProviders.Sandbox)
        {
            enabled.Add(PaymentProviders.Sandbox);
        }

        if (options.CashOnDeliveryEnabled)
        {
            enabled.Add(PaymentProviders.CashOnDelivery);
        }

        return enabled;
    }
}
