using System.Linq.Expressions;
using Hangfire;

namespace Dixis.Infrastructure.Jobs;

/// <summary>Puts jobs on a named queue. The queue is stored with the job, so metrics and retries keep it.</summary>
public sealed class JobEnqueuer(IBackgroundJobClient client)
{
    public string Enqueue<T>(string queue, Expression<Func<T, Task>> job) => client.Enqueue(queue, job);
}
