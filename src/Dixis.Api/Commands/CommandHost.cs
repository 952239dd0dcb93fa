using Dixis.Api.Hosting;
using Dixis.ServiceDefaults;

namespace Dixis.Api.Commands;

/// <summary>Builds the backend's services without starting a server, for one-shot commands.</summary>
internal static class CommandHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddDixisBackend();
        return builder.Build();
    }

    public static SyncProgress ConsoleProgress(string command) =>
        new(step => Console.WriteLine($"[{DateTime.UtcNow:HH:mm:ss}] {command}: {step}"));
}
