using System.Globalization;
using System.Security.Claims;
using CsvHelper;
using Dixis.Api.Features.Orders;
using Dixis.Api.Hosting;
using Dixis.Api.Problems;
using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Settlements;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Settlements;

/// <summary>A producer's monthly statement.</summary>
/// <param name="Id">Statement id.</param>
/// <param name="ProducerId">Producer.</param>
/// <param name="ProducerName">Business name.</param>
/// <param name="ProducerAfm">Producer's AFM.</param>
/// <param name="Month">The month, YYYY-MM.</param>
/// <param name="Orders">Orders settled.</param>
/// <param name="Sales">Gross collected on the producer's behalf.</param>
/// <param name="CommissionNet">Dixis's commission before VAT.</param>
/// <param name="CommissionVat">VAT on the commission (24 %).</param>
/// <param name="Payout">What Dixis transfers to the producer.</param>
/// <param name="CommissionInvoiceId">The commission invoice once issued.</param>
public sealed record SettlementResponse(Guid Id, Guid ProducerId, string ProducerName, string ProducerAfm, string Month, int Orders, decimal Sales, decimal CommissionNet, decimal CommissionVat, decimal Payout, Guid? CommissionInvoiceId);

/// <summary>Monthly settlements: admins run and export them (CSV for the bank and the accountant); producers read their own.</summary>
public static class SettlementEndpoints
{
    public static RouteGroupBuilder MapSettlementEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin/settlements").WithTags("Admin").RequireAuthorization(AuthorizationPolicies.Admin);
        admin.MapGet("/", List).WithName("ListSettlements").WithSummary("Statements of a month (?month=YYYY-MM)");
        admin.MapGet("/export.csv", Csv).WithName("ExportSettlements").WithSummary("Statements of a month as CSV (semicolon-separated, Greek decimals, UTF-8 with BOM)");
        admin.MapPost("/run", Run).WithName("RunSettlements").WithSummary("Settle a month now (the scheduler does it on the 1st for the month before); producers already settled are kept");
        api.MapGet("/producer/settlements", Own).RequireAuthorization(AuthorizationPolicies.Producer).WithTags("Producer area").WithName("ListOwnSettlements")
            .WithSummary("The signed-in producer's statements, newest first");
        return api;
    }

    private static async Task<Results<Ok<List<SettlementResponse>>, ValidationProblem>> List(string? month, DixisDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var first = Month(errors, month);
        return first is null ? ApiProblems.Validation(errors) : TypedResults.Ok(await QueryAsync(db, first.Value, null, ct));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> Csv(string? month, DixisDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var first = Month(errors, month);
        if (first is null)
        {
            return ApiProblems.Validation(errors);
        }

        var rows = await QueryAsync(db, first.Value, null, ct);
        var greek = CultureInfo.GetCultureInfo("el-GR");
        using var buffer = new MemoryStream();

        // Semicolons and decimal commas are what Greek Excel opens directly; names are producers' own text, so
        // formula injection (=, +, -, @ at the start of a field) is escaped.
        await using (var csv = CsvWriter.Create(buffer, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            await csv.WriteRecordAsync(["Μήνας", "Παραγωγός", "ΑΦΜ", "Παραγγελίες", "Πωλήσεις", "Προμήθεια", "ΦΠΑ προμήθειας", "Πληρωτέο"], ct);
            foreach (var r in rows)
            {
                await csv.WriteRecordAsync(
                    [r.Month, r.ProducerName, r.ProducerAfm, r.Orders.ToString(greek), .. new[] { r.Sales, r.CommissionNet, r.CommissionVat, r.Payout }.Select(a => a.ToString("0.00", greek))],
                    ct);
            }
        }

        var bytes = buffer.ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"dixis-settlements-{first:yyyy-MM}.csv");
    }

    private static async Task<Results<Ok<List<SettlementResponse>>, ValidationProblem>> Run(string? month, DixisDbContext db, MonthlySettlements settlements, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var first = Month(errors, month);
        if (first is null)
        {
            return ApiProblems.Validation(errors);
        }

        await settlements.RunAsync(first.Value, ct);
        return TypedResults.Ok(await QueryAsync(db, first.Value, null, ct));
    }

    private static async Task<Ok<List<SettlementResponse>>> Own(ClaimsPrincipal user, DixisDbContext db, CancellationToken ct)
    {
        var producerId = await ProducerOrderEndpoints.OwnProducerId(user, db, ct);
        return TypedResults.Ok(producerId is null ? [] : await QueryAsync(db, null, producerId, ct));
    }

    private static DateOnly? Month(FieldErrors errors, string? month)
    {
        if (DateOnly.TryParseExact(month?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && first.Year is >= 2020 and <= 2100)
        {
            return first;
        }

        errors.Add("month", "settlement.month");
        return null;
    }

    private static Task<List<SettlementResponse>> QueryAsync(DixisDbContext db, DateOnly? month, Guid? producerId, CancellationToken ct) =>
        db.Settlements.AsNoTracking()
            .Where(s => (month == null || s.Month == month) && (producerId == null || s.ProducerId == producerId))
            .Join(db.Producers, s => s.ProducerId, p => p.Id, (s, p) => new { s, p.BusinessName, p.Afm })
            .OrderByDescending(x => x.s.Month).ThenBy(x => x.BusinessName)
            .Select(x => new SettlementResponse(x.s.Id, x.s.ProducerId, x.BusinessName, x.Afm, x.s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), x.s.Orders, x.s.Sales, x.s.CommissionNet, x.s.CommissionVat, x.s.Payout, x.s.CommissionInvoiceId))
            .ToListAsync(ct);
}
