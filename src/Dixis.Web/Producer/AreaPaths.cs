namespace Dixis.Web.Producer;

/// <summary>Paths of the producer and admin areas. They sit beside the public <c>/producer/{slug}</c> pages: these literal segments win.</summary>
public static class AreaPaths
{
    public const string ProducerHome = "/producer";
    public const string Onboarding = "/producer/onboarding";
    public const string OnboardingDocuments = "/producer/onboarding/documents";
    public const string OnboardingProduct = "/producer/onboarding/product";
    public const string OnboardingDone = "/producer/onboarding/done";
    public const string Products = "/producer/products";
    public const string NewProduct = "/producer/products/new";
    public const string Orders = "/producer/orders";
    public const string AdminHome = "/admin";
    public const string AdminOrders = "/admin/orders";

    /// <summary>The Hangfire dashboard, served by the backend (admins only).</summary>
    public const string JobsDashboard = Dixis.Api.Features.Admin.JobsDashboard.Path;

    public static string Product(Guid id) => $"/producer/products/{id}";
}
