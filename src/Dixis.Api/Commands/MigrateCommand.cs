using Dixis.Api.Hosting;

namespace Dixis.Api.Commands;

/// <summary><c>migrate [--seed]</c>: applies the migrations of the configured provider, optionally seeds the demo catalogue, exits 0.</summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seed = args.Contains("--seed");
        await using var app = CommandHost.Build(args.Where(a => a != "--seed").ToArray());
        var progress = CommandHost.ConsoleProgress("migrate");
        try
        {
            await EmbeddedStartup.MigrateAsync(app.Services, seed, progress);
            progress.Report("done");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"migrate failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
