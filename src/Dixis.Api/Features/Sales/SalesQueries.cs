using System.Globalization;
using Dixis.Api.Problems;
using Dixis.Domain.Greek;
using Dixis.Domain.Orders;
using Dixis.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dixis.Api.Features.Sales;

/// <summary>
/// Sales figures for the producer and admin areas. An order counts once it is paid or accepted (Confirmed or later,
/// never Pending or Cancelled), on its tax date. Shared by the API endpoints and the storefront's in-process clients.
/// </summary>
public sealed class SalesQueries(DixisDbContext db, TimeProvider clock)
{
    /// <summary>Longest period a report covers.</summary>
    public const int MaxDays = 366;

    /// <summary>Default period: the last 30 days, today included (Athens).</summary>
    public const int DefaultDays = 30;

    private static readonly OrderStatus[] Counted = [OrderStatus.Confirmed, OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Delivered];

    /// <summary>Parses <c>from</c>/<c>to</c> (YYYY-MM-DD, both optional); null with field errors when they are not a period.</summary>
    public SalesPeriod? Period(string? from, string? to, FieldErrors errors)
    {
        var today = AthensTime.Today(clock);
        var end = ParseDate("to", to, today, errors);
        var start = ParseDate("from", from, end.AddDays(-(DefaultDays - 1)), errors);
        if (errors.Any)
        {
            return null;
        }

        var days = end.DayNumber - start.DayNumber + 1;
        return errors.When(days is < 1 or > MaxDays, "from", "sales.range") ? null : new SalesPeriod(start, end);
    }

    /// <summary>One producer's sales by day.</summary>
    public async Task<ProducerSalesReport> ForProducerAsync(Guid producerId, SalesPeriod period, CancellationToken ct)
    {
        var rows = await Rows(period).Where(o => o.ProducerId == producerId)
            .Select(o => new Row(o.TaxDate, o.GoodsGross, o.Total, o.DeliveryPostalCode)).ToListAsync(ct);
        return new ProducerSalesReport(period.From, period.To, rows.Count, rows.Sum(r => r.Goods), rows.Sum(r => r.Total), ByDay(rows, period));
    }

    /// <summary>Every producer's sales by day and by the region the orders were delivered to.</summary>
    public async Task<AdminSalesReport> ForAdminAsync(SalesPeriod period, CancellationToken ct)
    {
        var rows = await Rows(period).Select(o => new Row(o.TaxDate, o.GoodsGross, o.Total, o.DeliveryPostalCode)).ToListAsync(ct);
        var regions = rows.GroupBy(r => RegionOf(r.PostalCode))
            .Select(g => new SalesRegion(g.Key, g.Count(), g.Sum(r => r.Goods), g.Sum(r => r.Total)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Region, StringComparer.Ordinal).ToList();
        return new AdminSalesReport(period.From, period.To, rows.Count, rows.Sum(r => r.Goods), rows.Sum(r => r.Total), ByDay(rows, period), regions);
    }

    // Amounts are summed here, not in SQL: SQLite cannot sum decimals exactly, and a period has at most a year of rows.
    private IQueryable<Dixis.Infrastructure.Data.Orders.Order> Rows(SalesPeriod period) =>
        db.Orders.AsNoTracking().Where(o => Counted.Contains(o.Status) && o.TaxDate >= period.From && o.TaxDate <= period.To);

    private static List<SalesDay> ByDay(List<Row> rows, SalesPeriod period)
    {
        var byDate = rows.GroupBy(r => r.Date).ToDictionary(g => g.Key, g => g.ToList());
        var days = new List<SalesDay>();
        for (var d = period.From; d <= period.To; d = d.AddDays(1))
        {
            var day = byDate.GetValueOrDefault(d) ?? [];
            days.Add(new SalesDay(d, day.Count, day.Sum(r => r.Goods), day.Sum(r => r.Total)));
        }

        return days;
    }

    private static string RegionOf(string postalCode) =>
        PostalCode.TryParse(postalCode, out var code) && PostalCodeDirectory.Lookup(code) is { } info ? info.Region : "—";

    private static DateOnly ParseDate(string field, string? value, DateOnly fallback, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "date");
        return fallback;
    }

    private sealed record Row(DateOnly Date, decimal Goods, decimal Total, string PostalCode);
}
