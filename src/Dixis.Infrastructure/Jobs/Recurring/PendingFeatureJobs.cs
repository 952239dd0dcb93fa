using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>
/// Recurring jobs whose subject is not built yet. They are scheduled now so the schedule, queues and metrics are
/// real; each says in the log which issue fills it in, and does nothing else.
/// </summary>
public sealed class PendingFeatureJobs(ILogger<PendingFeatureJobs> logger)
{
    public Task AbandonedCartCleanupAsync(CancellationToken ct) => Skip("abandoned-cart cleanup", "carts (issue 4)");

    public Task MonthlySettlementsAsync(CancellationToken ct) => Skip("monthly settlements", "settlements (issue 4)");

    public Task DataRetentionPurgeAsync(CancellationToken ct) => Skip("data-retention purge", "retention (issue 8)");

    private Task Skip(string job, string feature)
    {
        logger.LogInformation("Recurring job {Job} has nothing to do until {Feature} is built", job, feature);
        return Task.CompletedTask;
    }
}
