namespace Dixis.Api.Hosting;

/// <summary>Reports progress on the calling thread, in order (unlike <see cref="Progress{T}"/>).</summary>
public sealed class SyncProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
