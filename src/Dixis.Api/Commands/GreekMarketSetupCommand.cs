using Dixis.Infrastructure.Data;
using Dixis.Infrastructure.Seeding;

namespace Dixis.Api.Commands;

/// <summary><c>greek-market-setup</c>: writes categories and the island table, checks the VAT table. Idempotent.</summary>
public static class GreekMarketSetupCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        await using var app = CommandHost.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var progress = CommandHost.ConsoleProgress("greek-market-setup");
        try
        {
            await GreekMarketSetup.RunAsync(scope.ServiceProvider.GetRequiredService<DixisDbContext>(), progress);
            progress.Report("done");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException)
        {
            Console.Error.WriteLine($"greek-market-setup failed: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}
