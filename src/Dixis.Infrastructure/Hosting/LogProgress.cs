using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Hosting;

/// <summary>Progress of a long job step, written to the log in order.</summary>
public sealed class LogProgress(ILogger logger) : IProgress<string>
{
    public void Report(string value) => logger.LogInformation("{Step}", value);
}
