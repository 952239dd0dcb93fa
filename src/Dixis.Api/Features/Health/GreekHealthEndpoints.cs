using System.Globalization;
using Dixis.Domain.Greek;
using Dixis.Domain.Vat;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Data.Invoicing;
using Dixis.Infrastructure.Invoicing.MyData;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Health;

/// <summary><c>/api/v1/greek/health</c> (payments report their own health: <c>Features/Payments/PaymentHealthEndpoints</c>).</summary>
public static class GreekHealthEndpoints
{
    /// <summary>One Greek-market check.</summary>
    public sealed record Check(string Name, bool Ok, string Detail);

    /// <summary>Whether the Greek market rules can work on this process, and the documents waiting for myDATA.</summary>
    public sealed record GreekHealth(string Status, IReadOnlyList<Check> Checks, MyDataHealth MyData);

    /// <summary>
    /// AADE myDATA: whether credentials are configured and how many documents wait (Pending: not yet sent, or no
    /// credentials), failed their last attempt (retrying), or were rejected (need an accountant). Informational: it
    /// does not change the status, which is about this process being able to apply the Greek rules.
    /// </summary>
    public sealed record MyDataHealth(bool Configured, int Pending, int Failed, int Rejected, int Transmitted, string Detail);

    private const string GreekProbe = "Ελληνικά: ΆΈΉΊΌΎΏ άέήίόύώ ϊϋΐΰ ς €";

    public static RouteGroupBuilder MapGreekHealthEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/greek/health", GreekHealthAsync).WithTags("Health").WithName("GreekHealth")
            .WithSummary("Europe/Athens zone, el-GR culture, Greek text round trip through the database, VAT and island tables");
        return api;
    }

    private static async Task<Results<Ok<GreekHealth>, JsonHttpResult<GreekHealth>>> GreekHealthAsync(DixisDbContext db, TimeProvider clock, MyDataOptions myData, CancellationToken ct)
    {
        var checks = new List<Check>();
        try
        {
            var now = AthensTime.At(clock.GetUtcNow());
            checks.Add(new Check("timezone", true, $"Europe/Athens {now:yyyy-MM-dd HH:mm zzz}"));
        }
        catch (TimeZoneNotFoundException)
        {
            checks.Add(new Check("timezone", false, "Europe/Athens is not available (tzdata missing)"));
        }

        var formatted = 12.5m.ToString("C", CultureInfo.GetCultureInfo("el-GR"));
        checks.Add(new Check("culture", formatted.Contains("12,50", StringComparison.Ordinal), $"el-GR formats 12.5 as {formatted}"));

        // The database must return Greek text byte for byte: a wrong charset shows up here first.
        var echoed = await db.Database.SqlQuery<string>($"SELECT {GreekProbe} AS Value").SingleAsync(ct);
        checks.Add(new Check("database-greek-text", echoed == GreekProbe, echoed == GreekProbe ? "round trip unchanged" : "Greek text changed in the database"));

        var today = AthensTime.Today(clock);
        var vat = VatEngine.Determine(new VatQuery(VatRateClass.Reduced, PostalCode.Parse("81100"), PostalCode.Parse("81100"), PostalCode.Parse("10557"), BuyerType.Consumer, today));
        checks.Add(new Check("vat-table", vat.RatePercent == 9, $"Lesvos reduced rate today: {vat.RatePercent} % ({vat.Rule})"));
        var islands = PostalCodeDirectory.Islands.Count;
        checks.Add(new Check("island-table", islands >= 30 && IslandReducedRateTable.Entries.Count > 0, $"{islands} islands, {IslandReducedRateTable.Entries.Count} qualifying entries"));

        var healthy = checks.TrueForAll(c => c.Ok);
        var body = new GreekHealth(healthy ? "Healthy" : "Unhealthy", checks, await MyDataAsync(db, myData, ct));
        return healthy ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<MyDataHealth> MyDataAsync(DixisDbContext db, MyDataOptions options, CancellationToken ct)
    {
        var counts = await db.Invoices.AsNoTracking().GroupBy(i => i.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(InvoiceStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        var pending = Count(InvoiceStatus.Pending);
        var detail = options.IsConfigured
            ? $"sending to {options.BaseUrl}"
            : $"AADE credentials not configured (MyData:UserId, MyData:SubscriptionKey): {pending} document(s) wait as pending";
        return new MyDataHealth(options.IsConfigured, pending, Count(InvoiceStatus.Failed), Count(InvoiceStatus.Rejected), Count(InvoiceStatus.Transmitted), detail);
    }
}
