using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Dixis.Api.Tests.Infrastructure;
using Dixis.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace Dixis.Api.Tests.Payments;

/// <summary>
/// Listens to the <c>Dixis</c> meter of one fixture's host only (its <see cref="IMeterFactory"/> is the meters'
/// scope), so counts are exact even while other test hosts in this process record the same instruments. The
/// exported names themselves are checked by scraping in ExportedMetricNamesTests.
/// </summary>
public sealed class MetricCapture : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, KeyValuePair<string, object?>[] Tags)> _measurements = new();

    public MetricCapture(ApiFixture fixture)
    {
        var factory = fixture.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == DixisMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _measurements.Enqueue((instrument.Name, value, tags.ToArray())));
        _listener.Start();
    }

    /// <summary>The sum recorded by <paramref name="instrument"/> with all of <paramref name="tags"/> since the capture began.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measurements.Where(m => m.Instrument == instrument && tags.All(t => m.Tags.Any(x => x.Key == t.Key && Equals(x.Value, t.Value)))).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
