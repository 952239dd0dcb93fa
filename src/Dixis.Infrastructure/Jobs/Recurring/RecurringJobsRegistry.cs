using Dixis.Domain.Greek;
using Dixis.Infrastructure.Invoicing;
using Dixis.Infrastructure.Orders;
using Dixis.Infrastructure.Payments;
using Dixis.Infrastructure.Settlements;
using Hangfire;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>The scheduler's recurring jobs, with their default schedules in Europe/Athens time.</summary>
public static class RecurringJobsRegistry
{
    public const string PaymentReconciliation = "payment-reconciliation";
    public const string AbandonedCartCleanup = "abandoned-cart-cleanup";
    public const string LowStockNotices = "low-stock-notices";
    public const string ProducersWeeklyDigest = "producers-weekly-digest";
    public const string MonthlySettlements = "monthly-settlements";
    public const string TlsCertificateExpiry = "tls-certificate-expiry-check";
    public const string SearchIndexConsistency = "search-index-consistency";
    public const string DataRetentionPurge = "data-retention-purge";
    public const string MyDataPendingTransmissions = "mydata-pending-transmissions";

    /// <summary>Default cron of each job (minute hour day month weekday).</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultCron = new Dictionary<string, string>
    {
        [PaymentReconciliation] = "*/5 * * * *",
        [AbandonedCartCleanup] = "15 3 * * *",
        [LowStockNotices] = "0 8 * * *",
        [ProducersWeeklyDigest] = "0 9 * * 1",
        [MonthlySettlements] = "0 6 1 * *",
        [TlsCertificateExpiry] = "0 4 * * *",
        [SearchIndexConsistency] = "30 2 * * *",
        [DataRetentionPurge] = "45 3 * * *",
        [MyDataPendingTransmissions] = "*/30 * * * *",
    };

    /// <summary>Adds or updates every recurring job (idempotent: every scheduler replica calls it at start).</summary>
    public static void Register(IRecurringJobManager manager, JobsOptions options)
    {
        var athens = new RecurringJobOptions { TimeZone = AthensTime.Zone };
        string Cron(string id) => options.Cron.TryGetValue(id, out var cron) ? cron : DefaultCron[id];

        manager.AddOrUpdate<PaymentReconciliationJob>(PaymentReconciliation, JobQueues.High, j => j.RunAsync(CancellationToken.None), Cron(PaymentReconciliation), athens);
        manager.AddOrUpdate<CartCleanupJob>(AbandonedCartCleanup, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(AbandonedCartCleanup), athens);
        manager.AddOrUpdate<LowStockNoticesJob>(LowStockNotices, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(LowStockNotices), athens);
        manager.AddOrUpdate<ProducerWeeklyDigestJob>(ProducersWeeklyDigest, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(ProducersWeeklyDigest), athens);
        manager.AddOrUpdate<Settlements.MonthlySettlements>(MonthlySettlements, JobQueues.Greek, j => j.RunPreviousMonthAsync(CancellationToken.None), Cron(MonthlySettlements), athens);
        manager.AddOrUpdate<TlsCertificateExpiryJob>(TlsCertificateExpiry, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(TlsCertificateExpiry), athens);
        manager.AddOrUpdate<SearchIndexConsistencyJob>(SearchIndexConsistency, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(SearchIndexConsistency), athens);
        manager.AddOrUpdate<Gdpr.DataRetentionJob>(DataRetentionPurge, JobQueues.General, j => j.RunAsync(CancellationToken.None), Cron(DataRetentionPurge), athens);
        manager.AddOrUpdate<TransmitPendingInvoicesJob>(MyDataPendingTransmissions, JobQueues.Greek, j => j.RunAsync(CancellationToken.None), Cron(MyDataPendingTransmissions), athens);
    }
}
