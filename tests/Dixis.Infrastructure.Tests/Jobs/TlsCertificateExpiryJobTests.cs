using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dixis.Infrastructure.Jobs;
using Dixis.Infrastructure.Jobs.Recurring;

namespace Dixis.Infrastructure.Tests.Jobs;

/// <summary>The TLS expiry check reads the certificate a real TLS server presents, even a self-signed one.</summary>
public sealed class TlsCertificateExpiryJobTests
{
    [Fact]
    public async Task Reads_the_expiry_of_the_certificate_a_server_presents()
    {
        var notAfter = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(5).AddHours(12), TimeSpan.Zero);
        using var certificate = SelfSigned(notAfter);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            await using var tls = new SslStream(client.GetStream());
            await tls.AuthenticateAsServerAsync(certificate);
        });

        var expiry = await TlsCertificateExpiryJob.ReadExpiryAsync($"127.0.0.1:{port}", CancellationToken.None);
        await server;
        Assert.Equal(notAfter.ToUnixTimeSeconds(), expiry.ToUnixTimeSeconds());
    }

    [Theory]
    [InlineData("no-port")]
    [InlineData("host:notaport")]
    public async Task A_malformed_endpoint_is_refused(string endpoint) =>
        await Assert.ThrowsAsync<FormatException>(() => TlsCertificateExpiryJob.ReadExpiryAsync(endpoint, CancellationToken.None));

    [Fact]
    public void Queues_parse_in_priority_order_and_refuse_unknown_names()
    {
        Assert.Equal(["high", "general"], JobQueues.Parse("general, HIGH"));
        Assert.Throws<ArgumentException>(() => JobQueues.Parse("urgent"));
        Assert.Throws<ArgumentException>(() => JobQueues.Parse(" , "));
    }

    private static X509Certificate2 SelfSigned(DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), notAfter);
        return X509CertificateLoader.LoadPkcs12(cert.Export(X509ContentType.Pfx), null);
    }
}
