using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Dixis.Web.Tests;

/// <summary>
/// The storefront in production mode (<c>Api:BaseUrl</c> set) whose HTTP clients reach the embedded fixture's real
/// <c>/api/v1</c> in memory, so the HTTP clients are checked against the backend's real answers.
/// </summary>
public static class ProductionStorefront
{
    public static WebApplicationFactory<Program> Against(StorefrontFixture api, string folderPrefix)
    {
        var folder = Directory.CreateTempSubdirectory(folderPrefix).FullName;
        return new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Api:BaseUrl", "http://api.internal/");
            b.UseSetting("Storefront:PublicUrl", "https://dixis.example");
            b.UseSetting("DataProtection:KeysPath", Path.Combine(folder, "keys"));
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.ConfigureTestServices(s => s.ConfigureAll<HttpClientFactoryOptions>(o =>
                o.HttpMessageHandlerBuilderActions.Add(h => h.PrimaryHandler = api.Server.CreateHandler())));
        });
    }
}
