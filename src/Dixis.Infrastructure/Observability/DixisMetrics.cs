using System.Diagnostics.Metrics;

namespace Dixis.Infrastructure.Observability;

/// <summary>
/// The business meter "Dixis". Every instrument is listed in docs/metrics.md with its Prometheus name
/// (dots become underscores, counters gain _total).
/// </summary>
public sealed class DixisMetrics
{
    public const string MeterName = "Dixis";

    private readonly Counter<long> _cacheRequests;
    private readonly Counter<long> _cacheMisses;
    private readonly Counter<long> _registrations;
    private readonly Counter<long> _loginFailures;
    private readonly Counter<long> _moderation;
    private readonly Counter<long> _productsChanged;
    private readonly Counter<long> _orders;
    private readonly Counter<double> _orderValue;
    private readonly Counter<long> _invoices;
    private readonly Counter<long> _myDataTransmissions;

    public DixisMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _cacheRequests = meter.CreateCounter<long>("dixis.cache.requests", description: "Cache look-ups by cache name.");
        _cacheMisses = meter.CreateCounter<long>("dixis.cache.misses", description: "Cache look-ups that had to load from the source.");
        _registrations = meter.CreateCounter<long>("dixis.accounts.registrations", description: "New accounts by role.");
        _loginFailures = meter.CreateCounter<long>("dixis.accounts.login_failures", description: "Failed logins by reason (password, locked_out).");
        _moderation = meter.CreateCounter<long>("dixis.moderation.decisions", description: "Admin decisions on producers and products.");
        _productsChanged = meter.CreateCounter<long>("dixis.catalog.product_changes", description: "Products created or updated by producers.");
        _orders = meter.CreateCounter<long>("dixis.orders", description: "Orders placed (one per producer of a checkout) by delivery region.");
        _orderValue = meter.CreateCounter<double>("dixis.order_value_euros", description: "Gross value of the orders placed, in euros, by delivery region.");
        _invoices = meter.CreateCounter<long>("dixis.invoices", description: "Receipts, invoices and credit notes issued, by myDATA type.");
        _myDataTransmissions = meter.CreateCounter<long>("dixis.mydata.transmissions", description: "myDATA transmission attempts by outcome (transmitted, rejected, failed, queued).");
    }

    public void CacheRequest(string cache, bool miss)
    {
        var tag = new KeyValuePair<string, object?>("cache", cache);
        _cacheRequests.Add(1, tag);
        if (miss)
        {
            _cacheMisses.Add(1, tag);
        }
    }

    public void Registered(string role) => _registrations.Add(1, new KeyValuePair<string, object?>("role", role));

    public void LoginFailed(string reason) => _loginFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Moderated(string subject, string decision) =>
        _moderation.Add(1, new KeyValuePair<string, object?>("subject", subject), new KeyValuePair<string, object?>("decision", decision));

    public void ProductChanged(string change) => _productsChanged.Add(1, new KeyValuePair<string, object?>("change", change));

    /// <summary>Counts a placed order and its gross value under the delivery address's region.</summary>
    public void OrderPlaced(string region, decimal total)
    {
        var tag = new KeyValuePair<string, object?>("region", region);
        _orders.Add(1, tag);
        _orderValue.Add((double)total, tag);
    }

    /// <summary>A document was numbered and stored; <paramref name="type"/> is its myDATA code (11.1, 1.1, 2.1, 5.1, 11.4).</summary>
    public void InvoiceIssued(string type) => _invoices.Add(1, new KeyValuePair<string, object?>("type", type));

    /// <summary>
    /// One transmission attempt: <c>transmitted</c> (MARK received), <c>rejected</c> (validation error, final),
    /// <c>failed</c> (technical, retried) or <c>queued</c> (AADE not configured: left pending).
    /// </summary>
    public void MyDataTransmission(string outcome) => _myDataTransmissions.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
