using System.Diagnostics;
using System.Diagnostics.Metrics;
using Dixis.Infrastructure.Observability;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.States;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// Job metrics per queue, named in docs/metrics.md: enqueued, succeeded and failed totals, jobs in progress,
/// duration, queue length and the age of the oldest waiting job.
/// </summary>
public sealed class JobMetrics : JobFilterAttribute, IServerFilter, IElectStateFilter
{
    private readonly Counter<long> _enqueued;
    private readonly Counter<long> _succeeded;
    private readonly Counter<long> _failed;
    private readonly UpDownCounter<long> _processing;
    private readonly Histogram<double> _duration;

    private readonly JobStorage _storage;

    public JobMetrics(IMeterFactory meters, JobStorage storage)
    {
        _storage = storage;
        var meter = meters.Create(DixisMetrics.MeterName);
        _enqueued = meter.CreateCounter<long>("dixis.jobs.enqueued", description: "Jobs put on a queue.");
        _succeeded = meter.CreateCounter<long>("dixis.jobs.succeeded", description: "Jobs that finished.");
        _failed = meter.CreateCounter<long>("dixis.jobs.failed", description: "Job attempts that failed (each retry counts).");
        _processing = meter.CreateUpDownCounter<long>("dixis.jobs.processing", description: "Jobs running now in this process.");
        _duration = meter.CreateHistogram<double>("dixis.jobs.duration", unit: "s", description: "Time a job ran.");
        meter.CreateObservableGauge("dixis.queue.length", ObserveLengths, description: "Jobs waiting per queue.");
        meter.CreateObservableGauge("dixis.queue.oldest_job_age", ObserveOldest, unit: "s", description: "Age of the oldest waiting job per queue.");
    }

    public void OnPerforming(PerformingContext context)
    {
        context.Items["dixis.started"] = Stopwatch.GetTimestamp();
        _processing.Add(1, Tag("queue", QueueOf(context)));
    }

    public void OnPerformed(PerformedContext context)
    {
        var queue = QueueOf(context);
        _processing.Add(-1, Tag("queue", queue));
        if (context.Items.TryGetValue("dixis.started", out var started) && started is long start)
        {
            _duration.Record(Stopwatch.GetElapsedTime(start).TotalSeconds, Tag("queue", queue), Tag("job", JobName(context.BackgroundJob.Job)));
        }
    }

    public void OnStateElection(ElectStateContext context)
    {
        var job = JobName(context.BackgroundJob.Job);
        switch (context.CandidateState)
        {
            case EnqueuedState enqueued:
                _enqueued.Add(1, Tag("queue", enqueued.Queue), Tag("job", job));
                break;
            case SucceededState:
                _succeeded.Add(1, Tag("queue", QueueOf(context.BackgroundJob.Job)), Tag("job", job));
                break;
            case FailedState:
                _failed.Add(1, Tag("queue", QueueOf(context.BackgroundJob.Job)), Tag("job", job));
                break;
        }
    }

    private IEnumerable<Measurement<long>> ObserveLengths()
    {
        var monitoring = _storage.GetMonitoringApi();
        foreach (var queue in JobQueues.All)
        {
            yield return new Measurement<long>(monitoring.EnqueuedCount(queue), Tag("queue", queue));
        }
    }

    private IEnumerable<Measurement<double>> ObserveOldest()
    {
        var monitoring = _storage.GetMonitoringApi();
        foreach (var queue in JobQueues.All)
        {
            // Queues are FIFO: the oldest waiting job is the first of the list.
            var first = monitoring.EnqueuedJobs(queue, 0, 1).FirstOrDefault().Value;
            var age = first?.EnqueuedAt is { } at ? Math.Max(0, (DateTime.UtcNow - at).TotalSeconds) : 0;
            yield return new Measurement<double>(age, Tag("queue", queue));
        }
    }

    private static string QueueOf(PerformContext context) => QueueOf(context.BackgroundJob.Job);

    private static string QueueOf(Job? job) => job?.Queue ?? (job is null ? "unknown" : JobQueues.General);

    private static string JobName(Job? job) => job is null ? "unknown" : $"{job.Type.Name}.{job.Method.Name}";

    private static KeyValuePair<string, object?> Tag(string key, string value) => new(key, value);
}
