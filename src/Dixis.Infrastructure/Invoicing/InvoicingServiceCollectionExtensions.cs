using Dixis.Infrastructure.Invoicing.MyData;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Infrastructure.Invoicing;

/// <summary>Registers invoicing: the issuer, PDFs, the myDATA client and the transmission jobs.</summary>
public static class InvoicingServiceCollectionExtensions
{
    public static IServiceCollection AddDixisInvoicing(this IServiceCollection services, IConfiguration configuration)
    {
        var myData = configuration.GetSection(MyDataOptions.Section).Get<MyDataOptions>() ?? new MyDataOptions();
        services.AddSingleton(myData);
        services.AddSingleton(configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions());
        services.AddHttpClient<MyDataClient>(http => http.Timeout = TimeSpan.FromSeconds(Math.Max(1, myData.TimeoutSeconds)));
        services.AddScoped<InvoicePdfs>();
        services.AddScoped<InvoiceIssuer>();
        services.AddScoped<TransmitInvoiceJob>();
        services.AddScoped<TransmitPendingInvoicesJob>();
        return services;
    }
}
