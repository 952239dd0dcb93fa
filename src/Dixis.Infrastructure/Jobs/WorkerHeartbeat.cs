using Microsoft.Extensions.Hosting;

namespace Dixis.Infrastructure.Jobs;

/// <summary>
/// Touches a file every few seconds while the worker runs (getsentry/self-hosted's pattern): the container's
/// HEALTHCHECK is <c>healthcheck --heartbeat FILE</c>, no HTTP server needed.
/// </summary>
public sealed class WorkerHeartbeat(JobsOptions options) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.HeartbeatPath))!);
        using var timer = new PeriodicTimer(Interval);
        do
        {
            await File.WriteAllTextAsync(options.HeartbeatPath, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>True when the heartbeat file was written within <paramref name="maxAge"/>.</summary>
    public static bool IsFresh(string path, TimeSpan maxAge) =>
        File.Exists(path) && DateTime.UtcNow - File.GetLastWriteTimeUtc(path) <= maxAge;
}
