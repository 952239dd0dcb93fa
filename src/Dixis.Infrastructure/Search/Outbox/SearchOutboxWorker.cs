using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Search.Outbox;

/// <summary>
/// Runs <see cref="SearchOutboxProcessor.ProcessPendingAsync"/> every <see cref="SearchOptions.OutboxPollSeconds"/>
/// in-process. Interim: the jobs issue (5) moves this onto the Hangfire <c>general</c> queue as a recurring job.
/// </summary>
public sealed class SearchOutboxWorker(IServiceScopeFactory scopes, SearchOptions options, ILogger<SearchOutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(options.OutboxPollSeconds);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(delay, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SearchOutboxProcessor>().ProcessPendingAsync(stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The rows stay pending and are retried; a database still being migrated fails a few times at start.
                if (++failures > 3)
                {
                    logger.LogWarning(e, "Search outbox processing failed {Failures} times in a row", failures);
                }
            }
        }
    }
}
