using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Jobs.Recurring;

namespace Dixis.Api.Tests.Jobs;

/// <summary>Two real scheduler processes on one queue Redis fire each occurrence of a recurring job once.</summary>
[Collection(JobProcessesGroup.Name)]
public sealed class SchedulerTests
{
    [SkippableFact]
    public async Task Two_schedulers_enqueue_each_occurrence_once()
    {
        TestServers.Require(TestServers.Redis, "Redis");
        await using var run = new ProbeRun();
        // Every 2 seconds instead of daily, so the test sees several occurrences.
        var settings = new Dictionary<string, string> { ["Jobs__Cron__" + RecurringJobsRegistry.TlsCertificateExpiry] = "*/2 * * * * *" };
        await using var a = JobProcess.Start(run.Folder, run.Prefix, "scheduler", settings);
        await using var b = JobProcess.Start(run.Folder, run.Prefix, "scheduler", settings);
        await a.WaitReadyAsync(TimeSpan.FromSeconds(30));
        await b.WaitReadyAsync(TimeSpan.FromSeconds(30));

        var monitoring = run.Storage.GetMonitoringApi();
        Assert.True(await run.WaitAsync(() => Task.FromResult(monitoring.EnqueuedCount(JobQueues.General) >= 4), TimeSpan.FromSeconds(40)), a.Output + b.Output);

        using var connection = run.Storage.GetConnection();
        var jobs = monitoring.EnqueuedJobs(JobQueues.General, 0, 1000)
            .Where(j => j.Value.Job?.Type == typeof(TlsCertificateExpiryJob))
            .Select(j => connection.GetJobParameter(j.Key, "Time"))
            .ToList();
        Assert.True(jobs.Count >= 4);
        Assert.All(jobs, time => Assert.False(string.IsNullOrEmpty(time)));
        Assert.Equal(jobs.Count, jobs.Distinct().Count());

        // Every other recurring job is registered with its Athens-time schedule.
        using var recurring = run.Storage.GetConnection();
        var ids = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(recurring).Select(r => r.Id).ToList();
        Assert.Equal(RecurringJobsRegistry.DefaultCron.Keys.Order(), ids.Order());
        var lowStock = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(recurring).Single(r => r.Id == RecurringJobsRegistry.LowStockNotices);
        Assert.Equal("0 8 * * *", lowStock.Cron);
        Assert.Equal("Europe/Athens", lowStock.TimeZoneId);
        Assert.Equal(JobQueues.General, lowStock.Job.Queue);

        var metrics = await a.ScrapeAsync() + await b.ScrapeAsync();
        Assert.Contains("dixis_jobs_enqueued_total{", metrics);
    }
}
