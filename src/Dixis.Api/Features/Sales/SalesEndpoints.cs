using System.Security.Claims;
using Dixis.Api.Features.Orders;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dixis.Api.Features.Sales;

/// <summary>Sales overviews: a producer's own by day, and the admin's by day and by region.</summary>
public static class SalesEndpoints
{
    public static RouteGroupBuilder MapSalesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/producer/sales", ProducerSales).RequireAuthorization(AuthorizationPolicies.Producer).WithTags("Producer area")
            .WithName("GetOwnSales").WithSummary("The producer's paid or accepted orders by day; from/to are YYYY-MM-DD (default the last 30 days)");
        api.MapGet("/admin/sales", AdminSales).RequireAuthorization(AuthorizationPolicies.Admin).WithTags("Admin")
            .WithName("GetSales").WithSummary("Paid or accepted orders across producers by day and by delivery region; from/to are YYYY-MM-DD (default the last 30 days)");
        return api;
    }

    public static async Task<Results<Ok<ProducerSalesReport>, ValidationProblem, ProblemHttpResult>> ProducerSales(
        string? from, string? to, ClaimsPrincipal user, DixisDbContext db, SalesQueries sales, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var period = sales.Period(from, to, errors);
        if (period is null)
        {
            return ApiProblems.Validation(errors);
        }

        var producerId = await ProducerOrderEndpoints.OwnProducerId(user, db, ct);
        return producerId is null
            ? ApiProblems.Problem(StatusCodes.Status404NotFound, "not-found", "producer-profile-missing")
            : TypedResults.Ok(await sales.ForProducerAsync(producerId.Value, period, ct));
    }

    public static async Task<Results<Ok<AdminSalesReport>, ValidationProblem>> AdminSales(string? from, string? to, SalesQueries sales, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var period = sales.Period(from, to, errors);
        return period is null ? ApiProblems.Validation(errors) : TypedResults.Ok(await sales.ForAdminAsync(period, ct));
    }
}
