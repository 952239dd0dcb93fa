using Hangfire;

namespace Dixis.Infrastructure.Jobs;

/// <summary>Retries with backoff; a job that keeps failing stays in the Failed list (visible in /admin/jobs), never deleted.</summary>
public static class JobRetryPolicy
{
    /// <summary>10 s, 1 min, 5 min, 30 min, 2 h: long enough for a provider's outage to pass.</summary>
    public static readonly int[] DelaysInSeconds = [10, 60, 300, 1800, 7200];

    public static AutomaticRetryAttribute Create(int attempts) => new()
    {
        Attempts = attempts,
        DelaysInSeconds = DelaysInSeconds.Take(Math.Max(1, attempts)).ToArray(),
        OnAttemptsExceeded = AttemptsExceededAction.Fail,
        LogEvents = true,
    };
}
