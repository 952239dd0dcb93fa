using Dixis.Api.Commands;

namespace Dixis.Api;

/// <summary>
/// The backend program. Commands: <c>serve</c> (default), <c>worker --queues ...</c>, <c>scheduler</c>,
/// <c>migrate [--seed]</c>, <c>greek-market-setup</c>, <c>healthcheck [url | --heartbeat file]</c>, <c>reindex</c>.
/// </summary>
public sealed class Program
{
    public static async Task<int> Main(string[] args)
    {
        var (command, rest) = args.Length > 0 && !args[0].StartsWith('-') ? (args[0], args[1..]) : ("serve", args);
        return command switch
        {
            "serve" => await ServeCommand.RunAsync(rest),
            "migrate" => await MigrateCommand.RunAsync(rest),
            "greek-market-setup" => await GreekMarketSetupCommand.RunAsync(rest),
            "healthcheck" => await HealthcheckCommand.RunAsync(rest),
            "worker" => await WorkerCommand.RunAsync(rest),
            "scheduler" => await SchedulerCommand.RunAsync(rest),
            "reindex" => await ReindexCommand.RunAsync(rest),
            _ => Usage(command),
        };
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: serve, worker --queues high|greek|general, scheduler, migrate [--seed], greek-market-setup, healthcheck [url | --heartbeat file], reindex");
        return 2;
    }
}
