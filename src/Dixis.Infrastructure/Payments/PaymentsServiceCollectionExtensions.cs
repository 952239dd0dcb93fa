using Dixis.Infrastructure.Observability;
using Dixis.Infrastructure.Payments.CashOnDelivery;
using Dixis.Infrastructure.Payments.Sandbox;
using Dixis.Infrastructure.Payments.Viva;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Dixis.Infrastructure.Payments;

/// <summary>Registers payments: options, gateways, the event processor, the service checkout calls, health and the reconciliation job.</summary>
public static class PaymentsServiceCollectionExtensions
{
    public static IServiceCollection AddDixisPayments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        options.Gateway = options.Gateway.Trim().ToLowerInvariant();
        if (!PaymentProviders.CardGateways.Contains(options.Gateway))
        {
            throw new InvalidOperationException($"Payments:Gateway is '{options.Gateway}'; it must be one of {string.Join(", ", PaymentProviders.CardGateways)}.");
        }

        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SecurityEvents>();
        services.TryAddSingleton<PaymentMetrics>();
        // Orders register their own handler (a later registration wins); until then nothing else needs to know.
        services.TryAddScoped<IPaymentOutcomeHandler, NoPaymentOutcomeHandler>();

        services.AddScoped<PaymentGateways>();
        services.AddScoped<PaymentEventProcessor>();
        services.AddScoped<PaymentService>();
        services.AddScoped<PaymentHealthReport>();
        services.AddScoped<PaymentReconciliationJob>();

        services.AddSingleton<SandboxSecret>();
        services.AddScoped<SandboxGateway>();
        services.AddScoped<SandboxBank>();
        services.AddScoped<SandboxWebhookReceiver>();
        if (string.IsNullOrWhiteSpace(options.Sandbox.WebhookUrl))
        {
            services.AddSingleton<ISandboxWebhookSender, InProcessSandboxWebhookSender>();
        }
        else
        {
            services.AddHttpClient(HttpSandboxWebhookSender.ClientName);
            services.AddSingleton<ISandboxWebhookSender, HttpSandboxWebhookSender>();
        }

        // No automatic retries: a repeated POST could open a second order, a repeated DELETE refund twice. Redelivery
        // of webhooks and the reconciliation job are the retries.
        services.AddHttpClient(VivaClient.ClientName);
        services.AddSingleton<VivaTokenCache>();
        services.AddScoped<VivaClient>();
        services.AddScoped<VivaGateway>();
        services.AddScoped<VivaWebhookReceiver>();

        services.AddSingleton<CashOnDeliveryGateway>();
        return services;
    }
}
