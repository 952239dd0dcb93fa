using Dixis.Infrastructure.Search;

namespace Dixis.Api.Commands;

/// <summary>
/// <c>reindex</c>: rebuilds the search index from the database with progress, then applies the outbox rows written
/// meanwhile. Elasticsearch: a new index and an alias swap, searches keep answering. Lucene: the index folder is
/// locked by a running server, so stop it first (or let its start-up build a missing index).
/// </summary>
public static class ReindexCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = CommandHost.Build(args);
        var progress = CommandHost.ConsoleProgress("reindex");
        try
        {
            var count = await SearchIndexMaintenance.RebuildAsync(app.Services, progress);
            progress.Report($"done: {count} products");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException or Infrastructure.Search.Elasticsearch.SearchEngineException)
        {
            Console.Error.WriteLine($"reindex failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
