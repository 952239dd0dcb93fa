using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Dixis.Infrastructure.Observability;
using Microsoft.Extensions.Logging;

namespace Dixis.Infrastructure.Jobs.Recurring;

/// <summary>
/// Daily: reads the certificate each configured TLS endpoint presents and exports its expiry time as
/// <c>dixis_tls_certificate_expiry_timestamp_seconds{domain,endpoint}</c>; the alert fires when it is within 7 days.
/// The certificate is read, not trusted: an expired or self-signed one must still be measured.
/// </summary>
public sealed class TlsCertificateExpiryJob
{
    private static readonly ConcurrentDictionary<string, double> Expiry = new(StringComparer.Ordinal);
    private readonly JobsOptions _options;
    private readonly ILogger<TlsCertificateExpiryJob> _logger;

    public TlsCertificateExpiryJob(JobsOptions options, ILogger<TlsCertificateExpiryJob> logger, IMeterFactory meters)
    {
        _options = options;
        _logger = logger;
        EnsureGauge(meters);
    }

    /// <summary>Last expiry seen per endpoint, as Unix seconds.</summary>
    public static IReadOnlyDictionary<string, double> Latest => Expiry;

    public async Task RunAsync(CancellationToken ct)
    {
        foreach (var endpoint in _options.TlsEndpoints)
        {
            try
            {
                var notAfter = await ReadExpiryAsync(endpoint, ct);
                Expiry[endpoint] = notAfter.ToUnixTimeSeconds();
                _logger.LogInformation("TLS certificate of {Endpoint} expires {NotAfter:O}", endpoint, notAfter);
            }
            catch (Exception e) when (e is SocketException or IOException or AuthenticationException or FormatException or TimeoutException)
            {
                _logger.LogWarning("TLS certificate of {Endpoint} could not be read: {Error}", endpoint, e.GetType().Name);
            }
        }
    }

    public static async Task<DateTimeOffset> ReadExpiryAsync(string endpoint, CancellationToken ct)
    {
        var separator = endpoint.LastIndexOf(':');
        if (separator <= 0 || !int.TryParse(endpoint[(separator + 1)..], out var port))
        {
            throw new FormatException($"'{endpoint}' is not host:port");
        }

        var host = endpoint[..separator];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host, port, timeout.Token);
#pragma warning disable CA5359 // We measure the certificate, we do not trust it or send anything over the connection.
        await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false, (_, _, _, _) => true);
#pragma warning restore CA5359
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = host }, timeout.Token);
        using var certificate = new X509Certificate2(tls.RemoteCertificate ?? throw new AuthenticationException("no certificate"));
        return new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
    }

    private static int _gaugeCreated;

    private static void EnsureGauge(IMeterFactory meters)
    {
        if (Interlocked.Exchange(ref _gaugeCreated, 1) == 0)
        {
            meters.Create(DixisMetrics.MeterName).CreateObservableGauge(
                "dixis.tls.certificate_expiry_timestamp",
                () => Expiry.Select(e => new Measurement<double>(
                    e.Value,
                    new KeyValuePair<string, object?>("domain", e.Key[..e.Key.LastIndexOf(':')]),
                    new KeyValuePair<string, object?>("endpoint", e.Key))),
                unit: "s",
                description: "Expiry of the TLS certificate each endpoint presents, Unix time.");
        }
    }
}
